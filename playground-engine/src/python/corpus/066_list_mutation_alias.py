a = [1, 2]
b = a
b.append(3)
c = a[:]
c.append(4)
print(a, b, c, a is b, a is c)
grid = [[0] * 2 for _ in range(2)]
grid[0][0] = 1
print(grid)
shared = [[0] * 2] * 2
shared[0][0] = 1
print(shared)
