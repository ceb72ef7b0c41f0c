def greet(name, greeting="Hello", *args, punct="!", **kw):
    return f"{greeting}, {name}{punct} {args} {kw}"
print(greet("A"))
print(greet("B", "Hi", 1, 2, punct="?", extra=True))
print(greet(greeting="Yo", name="C"))
def add(a, b):
    return a + b
print(add(*[1, 2]), add(**{"a": 3, "b": 4}))
def noret():
    pass
print(noret())
