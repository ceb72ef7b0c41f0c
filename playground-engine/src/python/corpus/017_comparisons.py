print(1 < 2 < 3, 3 > 2 > 2, 1 == 1.0, 1 is not None, "a" < "b", [1, 2] < [1, 2, 0], (1, "a") < (1, "b"))
print(1 < 2 == 2, 5 >= 5 != 4, "abc" == "abc", None == None, None is None, 1 != 2)
x = [1]
y = x
print(x is y, x == [1], x is [1], not x is y)
print(not 1 == 2, not 1 and 0, not 0 or 0, (not 0) and 3)
