print([x * x for x in range(6)], [x for x in range(10) if x % 3 == 0])
print([(i, j) for i in range(3) for j in range(i)], {x: x ** 2 for x in range(4)})
print(sorted({c for c in "mississippi"}), list(x + 1 for x in [1, 2]), sum(x for x in range(101)))
m = [[1, 2], [3, 4]]
print([v for row in m for v in row], [[r[i] for r in m] for i in range(2)])
x = "outer"
print([x for x in "ab"], x)
