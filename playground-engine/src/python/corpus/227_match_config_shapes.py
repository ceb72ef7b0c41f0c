# Normalising config values of several accepted shapes with structural pattern matching.
from dataclasses import dataclass
from enum import Enum


class Optimizer(Enum):
    ADAM = "adam"
    SGD = "sgd"


@dataclass
class Schedule:
    kind: str
    warmup: int = 0


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


def describe(cfg):
    match cfg:
        case {"optimizer": "adam" | "adamw" as opt, "lr": float(lr), **rest}:
            return f"{opt} lr={lr} extras={sorted(rest)}"
        case {"optimizer": Optimizer.SGD, "lr": int(lr) | float(lr)}:
            return f"sgd lr={lr}"
        case {"schedule": Schedule(kind="cosine", warmup=w)} if w > 0:
            return f"cosine with {w} warmup steps"
        case {"schedule": Schedule(kind=k)}:
            return f"schedule {k} without warmup"
        case {"layers": [int(first), *_, int(last)] as layers}:
            return f"{len(layers)} layers from {first} to {last}"
        case {"layers": [int(only)]}:
            return f"one layer of {only}"
        case {"origin": Point(0, 0)}:
            return "centred"
        case {"origin": Point(x, y)}:
            return f"offset ({x}, {y})"
        case {"seed": None}:
            return "random seed"
        case {"seed": True | False as flag}:
            return f"seed flag {flag}"
        case {"seed": int(seed)}:
            return f"seed {seed}"
        case dict():
            return f"unrecognised keys {sorted(cfg)}"
        case str(path) | bytes(path):
            return f"a path, not a dict: {path!r}"
        case _:
            return f"not a config: {type(cfg).__name__}"


configs = [
    {"optimizer": "adamw", "lr": 3e-4, "beta1": 0.9, "eps": 1e-8},
    {"optimizer": "adam", "lr": 1},
    {"optimizer": Optimizer.SGD, "lr": 1},
    {"schedule": Schedule("cosine", warmup=500)},
    {"schedule": Schedule("linear")},
    {"layers": [512, 256, 128]},
    {"layers": (64,)},
    {"layers": "64,32"},
    {"origin": Point(0, 0.0)},
    {"origin": Point(2, -1)},
    {"seed": None},
    {"seed": True},
    {"seed": 1},
    {"seed": 1.5},
    "config.yaml",
    [("lr", 0.1)],
]
for i, cfg in enumerate(configs):
    print(i, describe(cfg))
