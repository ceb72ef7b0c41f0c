values = ["1", "2", "three"]
print(sum(int(v) for v in values[:2]))
print([int(v) for v in values])
