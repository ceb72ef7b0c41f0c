# Mistakes with random's arguments, caught the way a CLI helper would report them.
import random

random.seed(1)
checks = [
    lambda: random.choice([]),
    lambda: random.randrange(5, 5),
    lambda: random.randrange(0),
    lambda: random.randrange(1, 10, 0),
    lambda: random.randrange(10, 1, 2),
    lambda: random.randrange(1.5),
    lambda: random.sample([1, 2], 3),
    lambda: random.sample({1, 2}, 1),
    lambda: random.choices([1, 2], weights=[1]),
    lambda: random.choices([1, 2], [1, 1], cum_weights=[1, 2]),
    lambda: random.choices([1, 2], weights=[0, 0]),
    lambda: random.getrandbits(-1),
    lambda: random.seed([1, 2]),
    lambda: random.randint(1),
    lambda: random.shuffle((1, 2, 3)),
]
for check in checks:
    try:
        print("ok", check())
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(random.randrange(3.0), random.randint(True, 3))
def pick_split(names, k):
    return random.sample(names, k)
print(pick_split(["train", "val", "test"], 2))
pick_split(["train", "val", "test"], 4)
