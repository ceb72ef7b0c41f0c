word = "registry"
counts = {}
for ch in word:
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print([c.upper() for c in word if c in "aeiou"], "".join(sorted(set(word))))
print(list("ab") + ["c"], "r" * 3, "-" * 10)
