print(repr("it's"), repr('say "hi"'), repr('both \' and "'), repr("tab\tnew\nline"), repr("back\\slash"))
print(["a", 'b"c', "d'e"], ("x",), {"k": "v"})
print(str(None), str(True), repr(None), [None, True, False])
