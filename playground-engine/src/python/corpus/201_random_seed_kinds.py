# Seeds of every kind CPython accepts, and independent generators.
import random

for seed in [0, 1, -5, 2**100 + 7, "hello", "", "run-name-ü", 3.25, -3.75, 1e300, True]:
    random.seed(seed)
    print(repr(seed)[:20], random.random(), random.randint(0, 10**12))
rng = random.Random(7)
other = random.Random("7")
print(rng.random(), rng.randint(0, 9), other.random())
state = rng.getstate()
first = [rng.random() for _ in range(3)]
rng.setstate(state)
print(first == [rng.random() for _ in range(3)])
random.seed(123)
a = [random.random() for _ in range(3)]
random.seed(123)
print(a == [random.random() for _ in range(3)], isinstance(rng, random.Random))
big = random.Random(99)
print(big.randrange(10**30), big.getrandbits(200), big.randint(-10**20, 10**20))
