# Storage backends behind an ABC, and context managers for a run's lifetime.
from abc import ABC, abstractmethod
from contextlib import contextmanager, nullcontext, suppress


class Store(ABC):
    @abstractmethod
    def put(self, key: str, data: str) -> None: ...

    @abstractmethod
    def get(self, key: str) -> str: ...

    def describe(self):
        return f"{type(self).__name__} with {len(self.keys())} keys"

    def keys(self):
        return []


class MemoryStore(Store):
    def __init__(self):
        self.data = {}

    def put(self, key, data):
        self.data[key] = data

    def get(self, key):
        return self.data[key]

    def keys(self):
        return sorted(self.data)


class HalfStore(Store):
    def put(self, key, data):
        pass


store = MemoryStore()
store.put("model.txt", "weights")
print(store.get("model.txt"), store.describe(), isinstance(store, Store))
for cls in (Store, HalfStore):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)

log = []


@contextmanager
def run_scope(name):
    log.append(f"start {name}")
    try:
        yield {"name": name, "step": 0}
    except KeyError as e:
        log.append(f"handled {e}")
    finally:
        log.append(f"finish {name}")


with run_scope("train") as run:
    run["step"] += 1
    log.append(f"step {run['step']}")
with run_scope("eval"):
    {}["missing"]
try:
    with run_scope("broken"):
        raise ValueError("bad data")
except ValueError as e:
    log.append(f"outer caught {e}")
print("\n".join(log))

with suppress(FileNotFoundError):
    open("no-such-file.txt")
    print("not reached")
with nullcontext("dry-run") as mode:
    print("mode:", mode)


@contextmanager
def timer(label):
    yield
    print(f"{label} done")


with timer("upload"), run_scope("nested") as r:
    print("inside", r["name"])
print(log[-2:])
with run_scope("last"):
    raise RuntimeError("upload failed")
