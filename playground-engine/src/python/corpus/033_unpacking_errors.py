for src in [[1, 2, 3], [1]]:
    try:
        a, b = src
    except ValueError as e:
        print(e)
try:
    a, b = 1
except TypeError as e:
    print(e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(e)
