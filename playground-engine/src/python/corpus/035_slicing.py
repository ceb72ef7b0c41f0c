s = list(range(10))
print(s[2:5], s[:3], s[7:], s[-3:], s[::3], s[::-2], s[5:2:-1], s[100:], s[-100:2], s[2:2])
t = "abcdefgh"
print(t[1:-1], t[::-1], t[-3::-2], t[:-10], t[3:1])
s[2:5] = [0]; print(s)
s[::2] = ["x"] * len(s[::2]); print(s)
del s[::3]; print(s)
