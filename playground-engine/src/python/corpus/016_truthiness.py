for v in [0, 1, 0.0, "", "a", [], [0], {}, {"k": 0}, None, (), set(), range(0), range(1)]:
    print(repr(v), bool(v), not v)
print(0 or "default", "" or None, 1 and "x", [] and 5, None or 0 or "z")
