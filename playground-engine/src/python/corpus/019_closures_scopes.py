counter = 0
def inc():
    global counter
    counter += 1
    return counter
inc(); inc()
print(counter)
def make_adder(n):
    def add(x):
        return x + n
    return add
add5 = make_adder(5)
print(add5(10), make_adder(1)(1))
def outer():
    total = 0
    def bump():
        nonlocal total
        total += 10
    bump(); bump()
    return total
print(outer())
sq = lambda x, y=2: x ** y
print(sq(3), sq(2, 3), (lambda: "no args")())
print(sorted(["bb", "a", "ccc"], key=lambda s: len(s)), sorted([(1, "b"), (0, "c")], key=lambda p: p[1]))
