cases = [lambda: 1 + "a", lambda: "a" + 1, lambda: [1] + (2,), lambda: len(5), lambda: 5(), lambda: 1 < "a", lambda: {[1]: 2}, lambda: -"a", lambda: None[0], lambda: (1, 2)[0:1][5], lambda: sum(["a"]), lambda: abs("x")]
for c in cases:
    try:
        c()
    except Exception as e:
        print(type(e).__name__, "-", e)
