for c in [lambda: [1, 2][5], lambda: (1,)[3], lambda: "ab"[9], lambda: {"a": 1}["b"], lambda: {}[(1, "x")], lambda: [].pop(), lambda: {1}.remove(2), lambda: [1][1.0], lambda: "s"[None]]:
    try:
        c()
    except (IndexError, KeyError, TypeError) as e:
        print(type(e).__name__, repr(str(e)))
