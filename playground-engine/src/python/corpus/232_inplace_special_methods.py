# a op= b calls a.__iop__(b) when the class defines it, else falls back to a op b.
class Bag:
    def __init__(self):
        self.items = []
    def __iadd__(self, other):
        self.items.append(other)
        return self
    def __add__(self, other):
        raise AssertionError("not used")
    def __repr__(self):
        return f"Bag({self.items})"

class Vec:
    def __init__(self, x):
        self.x = x
    def __ior__(self, other):
        return NotImplemented
    def __or__(self, other):
        return Vec(self.x | other)

b = Bag()
alias = b
b += 1
b += "two"
print(b, alias is b)
v = Vec(1)
w = v
v |= 2
print(v.x, w.x, v is w)
try:
    b -= 1
except TypeError as e:
    print(e)
