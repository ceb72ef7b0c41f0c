total = 0
count = 0
print("avg:", total / count)
