# Keyword-only and positional-only parameters, * and ** everywhere, walrus, global/nonlocal.
def link(artifact, target, /, *, aliases=None, dry_run=False):
    return f"{artifact} -> {target} aliases={aliases or []} dry_run={dry_run}"


print(link("clf:v0", "model/c", aliases=["best"]))
try:
    link("clf:v0", target="model/c")
except TypeError as e:
    print("TypeError:", e)
try:
    link("clf:v0", "model/c", ["best"])
except TypeError as e:
    print("TypeError:", e)


def merge(*dicts, **overrides):
    out = {}
    for d in dicts:
        out.update(d)
    return {**out, **overrides}


base = {"lr": 0.1, "epochs": 3}
print(merge(base, {"epochs": 5}, seed=1))
args = ["a", "b"]
extra = {"sep": "|", "end": "!\n"}
print(*args, *"cd", **extra)
first, *middle, last = [1, 2, 3, 4, 5]
print(first, middle, last, [*middle, *range(2)], (*args,), {*args, "c"} == {"a", "b", "c"})
head, *_ = "xyz"
print(head, _)

data = [3, 8, 1, 9]
if (n := len(data)) > 3:
    print(f"{n} items")
print([y for x in data if (y := x * 2) > 5], y)
while (chunk := data[:2]):
    print(chunk)
    data = data[2:]

counter = 0


def bump():
    global counter
    counter += 1
    return counter


def make_acc():
    total = 0

    def add(x):
        nonlocal total
        total += x
        return total

    return add


bump()
bump()
acc = make_acc()
acc(5)
print(counter, acc(10))


def describe(name, *tags, sep=", ", **meta):
    return f"{name}: {sep.join(tags)} {sorted(meta.items())}"


print(describe("clf", "best", "prod", owner="ml", stage=2))
print(describe(*["ds", "raw"], **{"sep": "+", "rows": 10}))
kw = {"aliases": ["x"]}
print(link(*("a", "b"), **kw))
