cases = [
    lambda: "%s" % 5, lambda: "%d items" % 3.7, lambda: "%5.2f|" % 3.14159, lambda: "%-5s|" % "ab",
    lambda: "%05d" % -42, lambda: "%x %X %#x %o" % (255, 255, 255, 8), lambda: "%(a)s-%(b)r" % {"a": 1, "b": "x"},
    lambda: "%s %s" % (1,), lambda: "%s" % (1, 2), lambda: "%d" % "a", lambda: "%q" % 1, lambda: "100%" % (),
    lambda: "%%" % (), lambda: "%.3s" % "abcdef", lambda: "%+d % d" % (5, 5), lambda: "%e" % 12345.678,
    lambda: "%g" % 0.00001, lambda: "%c%c" % (65, "b"), lambda: "%*d|" % (5, 42), lambda: "%s" % [1, 2],
    lambda: "%s" % {"k": 1}, lambda: "a b" % (), lambda: "%r" % None, lambda: "%i" % True,
    lambda: "%x" % 1.5, lambda: "%f" % "x", lambda: "%.2f%%" % 99.5, lambda: "%10.4f|%-8.2e|" % (3.14159, 1234.5),
]
for c in cases:
    try:
        print(repr(c()))
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
name = "clf"
print("artifact %s:v%d" % (name, 3))
