words = "the quick brown the lazy the end".split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
print(top[:3])
print(max(freq, key=freq.get), len(freq))
