import os
with open("my_model.txt", "w") as f:
    n = f.write("simulated model file")
print(n, os.path.exists("my_model.txt"), os.path.exists("./my_model.txt"))
with open("./my_model.txt") as f:
    print(f.read())
with open("log.txt", "a") as f:
    f.write("one\n")
with open("log.txt", "a") as f:
    f.write("two\n")
with open("log.txt") as f:
    for line in f:
        print(line.strip())
with open("log.txt") as f:
    print(f.readlines())
f = open("log.txt")
print(f.readline(), end="")
f.close()
