x = 10
x += 5; x -= 3; x *= 2; x //= 5; x **= 2; x %= 7
print(x)
s = "a"; s += "b"; s *= 3; print(s)
l = [1]; l2 = l; l += [2]; l *= 2; print(l, l is l2)
d = {"n": 1}; d["n"] += 10; print(d)
t = (1,); t2 = t; t += (2,); print(t, t2)
f = 1.5; f /= 2; print(f)
b = 6; b &= 3; b |= 8; b ^= 1; b <<= 2; b >>= 1; print(b)
