for i in range(10):
    if i == 2:
        continue
    if i == 6:
        break
    print(i, end=" ")
else:
    print("no break")
print()
n = 0
while n < 3:
    n += 1
else:
    print("while done", n)
for i in []:
    pass
else:
    print("empty for else")
x = 5
if x > 10:
    print("big")
elif x > 3:
    print("medium")
else:
    print("small")
print("yes" if x else "no", "t" if not x else "f")
