try:
    try:
        raise ValueError("inner")
    except ValueError as e:
        print("caught", e, e.args)
        raise
except ValueError as e2:
    print("outer caught", repr(e2))
try:
    raise KeyError("missing")
except LookupError as e:
    print(type(e).__name__, e, str(e), e.args)
try:
    raise RuntimeError
except RuntimeError as e:
    print("bare class", repr(e), str(e) == "")
