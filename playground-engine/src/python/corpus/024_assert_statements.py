x = 5
assert x == 5, "x should be 5"
print("passed")
try:
    assert x > 10, f"x too small: {x}"
except AssertionError as e:
    print("assert:", e)
assert x < 0
