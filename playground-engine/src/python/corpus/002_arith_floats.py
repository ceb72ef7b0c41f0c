print(1.0, 0.1 + 0.2, 1e16, 1e-5, 0.0001, 123456789.0, 1.5e300 * 10, -0.0)
print(3.0 * 2, 7.5 // 2, 7.5 % 2, -7.5 % 2, 2 ** 0.5, 10 / 4)
print(float("1.5"), float("  -2 "), float("inf"), float("-inf"), int(3.99), int(-3.99))
print(round(2.5), round(3.5), round(2.675, 2), round(1234.5678, -2), round(7, -1), round(-0.5))
