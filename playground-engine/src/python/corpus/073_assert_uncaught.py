aliases = ["prod", "v1/x"]
for a in aliases:
    assert "/" not in a, f"bad alias {a!r}"
    print("ok", a)
