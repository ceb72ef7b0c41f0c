d = {"b": 2, "a": 1}
d["c"] = 3
print(d, len(d), d["a"], d.get("z"), d.get("z", 0), "a" in d, list(d), list(d.keys()))
print(list(d.values()), list(d.items()), d.pop("b"), d, d.setdefault("e", 5), d)
d.update({"a": 10}, f=6); print(d)
d2 = dict(x=1, y=2); d3 = dict([("p", 1), ("q", 2)]); print(d2, d3, {**d2, **d3, "x": 0})
del d["a"]; print(d, d.popitem(), d)
print({1: "int", 1.0: "float", True: "bool"}, {(1, 2): "tuple key"})
print(d2 | d3, dict.fromkeys if False else "skip")
for k in sorted(d3): print(k, d3[k])
