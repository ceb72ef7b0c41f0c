# Generators: yield, yield from, send, return values, genexps, next() with a default.
def read_batches(rows, size):
    batch = []
    for row in rows:
        batch.append(row)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


rows = [f"row{i}" for i in range(7)]
for b in read_batches(rows, 3):
    print(b)
print(list(read_batches([], 2)), next(read_batches([], 2), "empty"))


def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return "liftoff"


def launch():
    result = yield from countdown(3)
    yield result


print(list(launch()))


def running_mean():
    total = 0.0
    count = 0
    mean = None
    while True:
        value = yield mean
        total += value
        count += 1
        mean = total / count


avg = running_mean()
next(avg)
print([avg.send(x) for x in [10, 20, 60]])

squares = (x * x for x in range(5))
print(type(squares).__name__, next(squares), next(squares), list(squares), list(squares))
print(sum(x for x in range(10) if x % 2), max((len(r), r) for r in rows), any(r.endswith("6") for r in rows))
print(sorted((r for r in rows), reverse=True)[:2], "-".join(str(i) for i in countdown(4)))

it = countdown(2)
print(next(it), next(it), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)


def gen_with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")


g = gen_with_finally()
print(next(g))
g.close()
print(list(g))


def endless():
    i = 0
    while True:
        yield i
        i += 1


for i in endless():
    if i > 3:
        break
print("stopped at", i)
evens = (n for n in endless() if n % 2 == 0)
print([next(evens) for _ in range(4)])
pairs = dict((k, v) for k, v in zip("abc", countdown(3)))
print(pairs, list(zip(countdown(3), "xy")))
print(list(enumerate(countdown(2), start=1)))
