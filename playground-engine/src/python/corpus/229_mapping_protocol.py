# dict(x) and d.update(x) read any object with keys() and __getitem__ as a mapping.
class Params:
    def __init__(self):
        self._items = {"lr": 0.1, "epochs": 3, "_hidden": True}

    def keys(self):
        return [k for k in self._items if not k.startswith("_")]

    def __getitem__(self, key):
        return self._items[key]


p = Params()
print(dict(p))
d = {"batch": 8}
d.update(p)
print(d)
print({**p})


class Broken:
    def keys(self):
        return ["a"]

    def __getitem__(self, key):
        raise KeyError(key)


try:
    dict(Broken())
except KeyError as e:
    print("KeyError", e)
