try:
    open("missing.txt")
except FileNotFoundError as e:
    print("caught:", e)
except OSError:
    print("wrong")
f = open("missing2.txt", "r")
