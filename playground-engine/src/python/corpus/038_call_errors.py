def f(a, b, c=3, *, d):
    return a
calls = [lambda: f(), lambda: f(1), lambda: f(1, 2), lambda: f(1, 2, 3, 4, d=1), lambda: f(1, 2, d=1, e=5), lambda: f(1, 2, a=1, d=1)]
for c in calls:
    try:
        c()
    except TypeError as e:
        print(e)
def g(x):
    pass
for c in [lambda: g(), lambda: g(1, 2), lambda: g(y=1)]:
    try:
        c()
    except TypeError as e:
        print(e)
