t = (1, 2, 3)
print(t, t[1:], t + (4,), t * 2, len(t), t.index(2), t.count(1), (1,), ())
x, y, z = t
print(x, y, z)
first, *rest = [1, 2, 3, 4]
*init, last = "abc"
print(first, rest, init, last)
s = {1, 2, 3}
s.add(4); s.discard(10); s.remove(1)
print(sorted(s), len(s), 2 in s, sorted(s | {9}), sorted(s & {2, 3}), sorted(s - {2}), sorted(s ^ {3, 7}))
print(set(), {1, 2} <= {1, 2, 3}, {1, 2}.issubset([1, 2]), sorted(set("hello")))
