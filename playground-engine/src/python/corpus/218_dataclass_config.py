# A training config as dataclasses: defaults, factories, frozen targets, serialisation.
import copy
import json
from dataclasses import asdict, astuple, dataclass, field, fields, replace
from typing import List, Optional


@dataclass
class Optimizer:
    name: str = "adam"
    lr: float = 3e-4
    betas: tuple = (0.9, 0.999)


@dataclass
class TrainConfig:
    project: str
    epochs: int = 10
    tags: List[str] = field(default_factory=list)
    optimizer: Optimizer = field(default_factory=Optimizer)
    notes: Optional[str] = None
    seed: int = field(default=0, repr=False)

    def __post_init__(self):
        if self.epochs <= 0:
            raise ValueError(f"epochs must be positive, got {self.epochs}")
        self.tags = [t.strip().lower() for t in self.tags]


@dataclass(frozen=True, order=True)
class Target:
    org: str
    registry: str
    collection: str

    @property
    def path(self) -> str:
        return f"{self.org}/wandb-registry-{self.registry}/{self.collection}"


cfg = TrainConfig("mnist", tags=[" Baseline", "CNN "])
print(cfg)
print(json.dumps(asdict(cfg), sort_keys=True))
print(astuple(cfg.optimizer), [f.name for f in fields(cfg)], fields(Optimizer)[1].default)
fast = replace(cfg, epochs=2, optimizer=replace(cfg.optimizer, lr=1e-3))
print(fast.epochs, fast.optimizer, cfg.optimizer.lr, fast == cfg, cfg == copy.deepcopy(cfg))

a = TrainConfig("a")
b = TrainConfig("b")
a.tags.append("shared?")
print(a.tags, b.tags, a.optimizer is b.optimizer)

t = Target("acme", "model", "mnist-cnn")
print(t, t.path, hash(t) == hash(Target("acme", "model", "mnist-cnn")))
targets = {t: "v3", Target("acme", "dataset", "mnist"): "v1"}
for target in sorted(targets):
    print(target.registry, targets[target])
try:
    t.collection = "other"
except AttributeError as e:
    print(type(e).__name__, e)

clone = copy.copy(cfg)
clone.tags.append("copied")
print(cfg.tags, clone is cfg, copy.deepcopy(t) == t)

for kwargs in [{"project": "p", "epochs": 0}, {"epochs": 3}, {"project": "p", "steps": 5}]:
    try:
        TrainConfig(**kwargs)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

TrainConfig("final", epochs=-1)
