cases = [lambda: "abc".index("z"), lambda: "a".join([1]), lambda: "x".split(""), lambda: int("12a"), lambda: float("x1"), lambda: "a" * 2.0, lambda: ord("ab"), lambda: chr(-5)]
for c in cases:
    try:
        c()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, "-", e)
