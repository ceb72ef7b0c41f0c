# A small hyper-parameter sweep: grid with itertools, cached lookups, a retry decorator.
import functools
import itertools

grid = {"lr": [0.1, 0.01], "batch": [16, 32], "opt": ["sgd", "adam"]}
keys = list(grid)
configs = [dict(zip(keys, values)) for values in itertools.product(*grid.values())]
print(len(configs), configs[0], configs[-1])

for i, cfg in enumerate(itertools.islice(configs, 1, None, 3)):
    print(i, "-".join(f"{k}={v}" for k, v in cfg.items()))

pairs = list(itertools.combinations(["a1", "b2", "c3"], 2))
print(pairs, list(itertools.permutations("xy")))
print(list(itertools.accumulate([0.5, 0.25, 0.125])), list(itertools.accumulate([3, 1, 4, 1, 5], max)))
print(list(itertools.chain.from_iterable([["x"], ["y", "z"]])), list(itertools.repeat("-", 3)))
print(list(zip(itertools.count(1), "abc")), list(itertools.islice(itertools.cycle([1, 2]), 5)))

events = [("train", 1), ("train", 2), ("eval", 3), ("train", 4), ("train", 5)]
for phase, group in itertools.groupby(events, key=lambda e: e[0]):
    steps = [s for _, s in group]
    print(phase, steps)
print(list(itertools.pairwise([1, 4, 9, 16])), list(itertools.zip_longest("ab", "xyz", fillvalue="?")))
print(list(itertools.takewhile(lambda s: s < 3, [1, 2, 3, 1])), list(itertools.compress("abc", [1, 0, 1])))


@functools.lru_cache(maxsize=None)
def registry_path(org: str, name: str) -> str:
    print(f"  resolving {org}/{name}")
    return f"{org}/wandb-registry-{name}"

for _ in range(2):
    print(registry_path("acme", "model"))
print(registry_path.cache_info())


def retry(times: int):
    def decorator(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            last = None
            for attempt in range(1, times + 1):
                try:
                    return fn(*args, **kwargs)
                except ConnectionError as e:
                    last = e
                    print(f"  attempt {attempt} failed: {e}")
            raise last
        wrapper.attempts = times
        return wrapper
    return decorator

state = {"calls": 0}

@retry(times=3)
def upload(path):
    """Upload one file."""
    state["calls"] += 1
    if state["calls"] < 2:
        raise ConnectionError("timeout")
    return f"uploaded {path}"

print(upload("model.pt"), upload.__name__, upload.__doc__, upload.attempts)
scale = functools.partial(round, ndigits=2)
print(scale(3.14159), functools.reduce(lambda a, b: a * b, [2, 3, 4], 1))


@functools.total_ordering
class Alias:
    def __init__(self, name):
        self.name = name
    def __eq__(self, other):
        return self.name == other.name
    def __lt__(self, other):
        return self.name < other.name
    def __repr__(self):
        return f"Alias({self.name!r})"

print(sorted([Alias("v2"), Alias("latest"), Alias("v10")]), Alias("a") >= Alias("b"))
print(sorted(["v10", "v2", "v1"], key=functools.cmp_to_key(lambda a, b: int(a[1:]) - int(b[1:]))))


class Report:
    def __init__(self, losses):
        self.losses = losses
    @functools.cached_property
    def mean(self):
        print("  computing mean")
        return sum(self.losses) / len(self.losses)

r = Report([0.5, 0.25])
print(r.mean, r.mean)
state["calls"] = -5
upload("again.pt")
