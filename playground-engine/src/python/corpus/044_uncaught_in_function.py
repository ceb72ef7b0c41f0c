def inner(x):
    return x["k"]
def outer():
    return inner({})
print("start")
outer()
