a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a.union(b)), sorted(a.intersection(b)), sorted(a.difference(b)), sorted(a.symmetric_difference(b)))
print(a.isdisjoint({9}), {1, 2} < a, a >= {1}, len(a | b))
a.update([7, 8]); print(sorted(a))
