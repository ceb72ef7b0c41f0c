# Class-based context managers and iterators, as helpers use them.
class Timer:
    def __init__(self, label):
        self.label = label
        self.events = []

    def __enter__(self):
        self.events.append("enter")
        return self

    def __exit__(self, exc_type, exc, tb):
        self.events.append(f"exit {exc_type.__name__ if exc_type else None}")
        return exc_type is KeyError


with Timer("load") as t:
    t.events.append("body")
print(t.events)
with Timer("suppressed") as t2:
    {}["missing"]
print(t2.events)
try:
    with Timer("raises") as t3:
        raise ValueError("bad value")
except ValueError as e:
    print("escaped:", e, t3.events)


class Pages:
    def __init__(self, items, per_page):
        self.items = items
        self.per_page = per_page
        self.page = 0

    def __iter__(self):
        return self

    def __next__(self):
        start = self.page * self.per_page
        if start >= len(self.items):
            raise StopIteration
        self.page += 1
        return self.items[start:start + self.per_page]


print(list(Pages(list(range(7)), 3)))
for page in Pages(["a", "b", "c"], 2):
    print("page", page)
p = Pages([1, 2], 1)
print(next(p), next(p), next(p, "done"))
print(sum(len(x) for x in Pages("abcdefg", 2)), "b" in Pages(list("abc"), 1), ["b"] in Pages(list("abc"), 1))


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        n = self.n
        while n:
            yield n
            n -= 1


print(list(Countdown(3)), sorted(Countdown(4)), [x * 2 for x in Countdown(2)])
a, b, c = Countdown(3)
print(a, b, c, max(Countdown(5)), dict(zip("ab", Countdown(2))))
