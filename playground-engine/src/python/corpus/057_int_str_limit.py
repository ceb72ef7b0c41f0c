x = 10 ** 5000
print(x > 0)
try:
    print(str(x))
except ValueError as e:
    print(e)
