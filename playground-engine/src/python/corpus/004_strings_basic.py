s = "Hello, World"
print(s.upper(), s.lower(), s.title(), s.swapcase(), s.capitalize())
print(len(s), s[0], s[-1], s[3:8], s[::-1], s[::2], s[-5:], s[:100])
print(s.find("o"), s.rfind("o"), s.find("z"), s.count("l"), s.index("W"))
print(s.startswith("Hell"), s.endswith(("x", "ld")), "World" in s, "world" not in s)
print(s.replace("l", "L"), s.replace("l", "L", 2), s.split(", "), "a b  c ".split())
