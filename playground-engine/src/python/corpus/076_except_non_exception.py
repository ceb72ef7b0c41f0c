try:
    try:
        raise ValueError("v")
    except 5:
        pass
except TypeError as e:
    print("TypeError:", e)
class_like = ValueError
try:
    raise class_like
except class_like as e:
    print("bare class raised:", repr(e))
try:
    raise 42
except TypeError as e:
    print(e)
