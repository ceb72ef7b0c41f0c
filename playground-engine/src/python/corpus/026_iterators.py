it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "done"))
e = enumerate(["a", "b"])
for i, v in e:
    print(i, v)
pairs = list(zip("abc", range(3)))
print(pairs, dict(pairs))
keys, vals = zip(*pairs)
print(keys, vals)
