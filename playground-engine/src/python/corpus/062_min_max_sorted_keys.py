words = ["kiwi", "fig", "banana", "apple"]
print(min(words), max(words), min(words, key=len), max(words, key=len), sorted(words, key=lambda w: (len(w), w)))
print(sorted([3, -1, 2], key=abs), sorted([[2, "b"], [1, "a"]]), sorted(words, reverse=True)[:2])
print(max([]) if False else "ok", min([4]), max(1, 2.5), min("b", "a"))
