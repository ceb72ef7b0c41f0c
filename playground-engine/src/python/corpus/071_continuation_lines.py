total = (1 +
         2 +
         3)
items = [
    "a",
    "b",
]
value = 10 \
    + 5
print(total, items, value)
result = dict(
    one=1,
    two=2,
)
print(result)
