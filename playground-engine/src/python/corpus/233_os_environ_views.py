# os.environ's keys(), items() and values() are collections.abc's KeysView, ItemsView and
# ValuesView over the mapping (not dict views): their repr shows the mapping, they stay
# live, and KeysView / ItemsView are sets. dict's own views, beside them, are dict_keys & co.
import os

saved = dict(os.environ)
os.environ.clear()
os.environ["A"] = "1"
os.environ["B"] = "2"
keys, items, values = os.environ.keys(), os.environ.items(), os.environ.values()
print(keys)
print(items)
print(values)
print(str(keys), [type(v).__name__ for v in (keys, items, values)], type(keys).__module__)
print(type(keys), type(iter(keys)).__name__, type(iter(values)).__name__)
os.environ["C"] = "3"
del os.environ["A"]
print(keys, len(keys), len(items), len(values))
print(list(keys), list(items), list(values))
print("B" in keys, "A" in keys, ("C", "3") in items, ("C", "4") in items, "2" in values)
print(sorted(keys & {"B", "Z"}), sorted(keys | {"Z"}), sorted(keys - {"B"}), sorted(keys ^ {"B", "Q"}))
print(keys == {"B", "C"}, keys <= {"B", "C", "D"}, keys < {"B"}, items == {("B", "2"), ("C", "3")})
print(values == values, bool(os.environ.keys()), [k for k in keys], dict(items))
for bad in (lambda: hash(keys), lambda: hash(items), lambda: reversed(keys), lambda: reversed(values)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
os.environ.clear()
print(keys, items, values, bool(keys))
os.environ.update(saved)

# dict's views beside them: dict_keys & co., reversible, with their own iterator classes.
d = {"a": 1, "b": 2}
print(d.keys(), d.items(), d.values(), type(d.keys()))
print([type(iter(v)).__name__ for v in (d, d.keys(), d.values(), d.items(), "ab", "é", {1}, [1], (1,))])
print([type(reversed(v)).__name__ for v in (d, d.keys(), d.values(), d.items(), [1], (1,), "ab", range(2))])
print(d.items() == {("a", 1), ("b", 2)}, d.keys() <= {"a", "b", "c"}, d.keys() > {"a"}, d.items() >= {("a", 1)})
print(list(reversed(d.items())), d.keys() == ["a", "b"])
print(d.keys().isdisjoint({"z"}), d.items().isdisjoint([("a", 1)]), os.environ.keys().isdisjoint(["\0"]))
