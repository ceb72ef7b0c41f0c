d = {"a": 1, "b": 2}
print(d.keys(), d.values(), d.items())
ks = d.keys()
d["c"] = 3
print(ks, len(ks), "c" in ks, ("a", 1) in d.items(), 3 in d.values())
