with open("a.txt", "w") as fa, open("b.txt", "w") as fb:
    fa.write("A")
    fb.write("B")
with open("a.txt") as fa, open("b.txt") as fb:
    print(fa.read() + fb.read())
print(fa.closed, fb.closed)
