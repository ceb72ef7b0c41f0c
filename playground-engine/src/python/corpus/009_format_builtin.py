print(format(3.14159, ".3"), format(1234.5, ".2"), format(0.000012345, ".3"), format(1e20, ".3"))
print(format(12, "08.3f"), format(-12, "08d"), format(3, "<04"), format(True, ">5"), format("s", ">3"))
print(format(2.5, ".0f"), format(3.5, ".0f"), format(0.125, ".2f"), format(1.0, "g"), format(100000000.0, "g"))
