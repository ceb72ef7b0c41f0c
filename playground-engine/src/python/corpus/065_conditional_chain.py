def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    return "large"
print([classify(n) for n in (-5, 0, 3, 42)])
grade = lambda s: "A" if s >= 90 else "B" if s >= 80 else "C"
print(grade(95), grade(85), grade(10))
