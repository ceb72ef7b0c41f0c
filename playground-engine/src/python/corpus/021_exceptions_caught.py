def safe(f, *args):
    try:
        return f(*args)
    except (ZeroDivisionError, ValueError) as e:
        return f"{type(e).__name__}: {e}"
    except Exception as e:
        return f"other {type(e).__name__}: {e}"
print(safe(lambda: 1 / 0))
print(safe(int, "abc"))
print(safe(lambda: [][1]))
print(safe(lambda: {}["k"]))
print(safe(lambda: undefined_name))
print(safe(lambda: "a" + 1))
print(safe(lambda: None.attr))
