print("{} and {}".format("a", "b"), "{1} {0}".format("x", "y"), "{name}!".format(name="hi"))
print("{:>6}|{:<6}|{:^6}|".format("r", "l", "c"), "{0:.3f}".format(2 / 3), "{:,}".format(10 ** 7))
print("{0[0]} {0[1]}".format(["p", "q"]), "{d[k]}".format(d={"k": 1}), "{!r}".format("s"))
