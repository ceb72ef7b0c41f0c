# The special methods a small value class needs.
class Version:
    def __init__(self, major, minor=0):
        self.major = major
        self.minor = minor

    def __repr__(self):
        return f"Version({self.major}, {self.minor})"

    def __str__(self):
        return f"v{self.major}.{self.minor}"

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return (self.major, self.minor) == (other.major, other.minor)

    def __lt__(self, other):
        return (self.major, self.minor) < (other.major, other.minor)

    def __le__(self, other):
        return self == other or self < other

    def __hash__(self):
        return hash((self.major, self.minor))

    def __bool__(self):
        return self.major > 0 or self.minor > 0

    def __add__(self, n):
        return Version(self.major, self.minor + n)

    def __format__(self, spec):
        return format(str(self), spec)


vs = [Version(1, 2), Version(0, 9), Version(1, 0), Version(1, 2)]
print(vs)
print([str(v) for v in sorted(vs)], max(vs), min(vs))
print(Version(1, 2) == Version(1, 2), Version(1, 2) != Version(1, 3), Version(1) == 1)
print(Version(2) > Version(1, 5), Version(1) >= Version(1), Version(0, 1) <= Version(0, 1))
print(len({v for v in vs}), Version(1, 2) in vs, Version(3) in vs)
print(bool(Version(0)), bool(Version(0, 1)), "yes" if Version(0) else "no")
print(Version(1) + 2, f"[{Version(3, 1):>8}]", "%s and %r" % (Version(2), Version(2)))
counts = {}
for v in vs:
    counts[v] = counts.get(v, 0) + 1
print(counts)


class Registry:
    def __init__(self):
        self._items = {}

    def __len__(self):
        return len(self._items)

    def __getitem__(self, key):
        return self._items[key]

    def __setitem__(self, key, value):
        self._items[key] = value

    def __delitem__(self, key):
        del self._items[key]

    def __contains__(self, key):
        return key in self._items

    def __iter__(self):
        return iter(sorted(self._items))

    def __call__(self, key, default=None):
        return self._items.get(key, default)


r = Registry()
r["model"] = ["clf"]
r["dataset"] = []
print(len(r), "model" in r, "nope" in r, list(r), r["model"], r("nope", "-"))
del r["dataset"]
print(len(r), bool(r), callable(r), callable(Version(1)))
try:
    Version(1) < 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(Version(1) * 2)
except TypeError as e:
    print("TypeError:", e)
print(Version(1) < Version(2) < Version(3))
print(r["missing"])
