def f():
    try:
        print("try")
        return "from try"
    finally:
        print("finally runs")
print(f())
def g():
    try:
        raise ValueError("boom")
    finally:
        print("cleanup before propagate")
try:
    g()
except ValueError as e:
    print("got", e)
