# Summarise a sweep's runs: group by tag, count statuses, keep the last N events.
from collections import Counter, OrderedDict, defaultdict, deque, namedtuple

Run = namedtuple("Run", "id status tags loss", defaults=(None,))
runs = [
    Run("a1", "finished", ("baseline",), 0.41),
    Run("b2", "crashed", ("sweep", "lr")),
    Run("c3", "finished", ("sweep", "lr"), 0.37),
    Run("d4", "finished", ("sweep", "bs"), 0.39),
    Run("e5", "running", ("sweep",)),
]

statuses = Counter(r.status for r in runs)
print(statuses)
print(statuses.most_common(1), statuses["killed"], sum(statuses.values()), statuses.total())

by_tag = defaultdict(list)
for r in runs:
    for t in r.tags:
        by_tag[t].append(r.id)
for tag, ids in sorted(by_tag.items()):
    print(f"{tag:>8}: {', '.join(ids)}")
print(by_tag)

best = min((r for r in runs if r.loss is not None), key=lambda r: r.loss)
print(best, best._asdict(), best._replace(status="promoted"))
print(Run._fields, Run._field_defaults, tuple(best)[:2], best.tags[0])

recent = deque(maxlen=3)
for event in ["init", "log", "log", "save", "link", "finish"]:
    recent.append(event)
print(recent, list(recent), recent.maxlen)
recent.appendleft("start")
print(recent, recent.popleft(), recent.pop(), recent)

aliases = OrderedDict()
for alias in ["latest", "staging", "v3", "latest"]:
    aliases[alias] = aliases.get(alias, 0) + 1
aliases.move_to_end("latest")
print(aliases, list(aliases), aliases.popitem(last=False))

words = "link the model to the registry then link the dataset".split()
counts = Counter(words)
counts.update(["registry"])
counts.subtract(["the", "the"])
print(counts.most_common(3), +counts - Counter(link=1), counts & Counter(link=5, model=1), counts | Counter(new=1))

class Tally(Counter):
    def top(self):
        return self.most_common(1)[0][0]

t = Tally("mississippi")
print(t.top(), isinstance(t, Counter), isinstance(t, dict), type(t).__name__, t)

class Checkpoint(namedtuple("Checkpoint", ["step", "path"])):
    @property
    def name(self):
        return self.path.rsplit("/", 1)[-1]

ckpt = Checkpoint(500, "runs/a1/model-500.pt")
print(ckpt, ckpt.name, ckpt.step + 1, sorted([Checkpoint(900, "x"), ckpt])[0].step)
