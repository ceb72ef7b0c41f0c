x = 1
y = [1, 2, 3]
del y[1]
print(y)
del x
try:
    print(x)
except NameError as e:
    print(e)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
