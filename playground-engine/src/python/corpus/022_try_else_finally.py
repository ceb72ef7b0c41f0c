def f(x):
    try:
        r = 10 / x
    except ZeroDivisionError:
        print("div by zero")
        return "handled"
    else:
        print("no error")
        return r
    finally:
        print("finally", x)
print(f(2))
print(f(0))
for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("cleanup", i)
