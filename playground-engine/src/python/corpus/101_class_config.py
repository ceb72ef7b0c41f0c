# A training config as a plain class, with class and instance attributes.
class TrainConfig:
    """Settings for one training run."""
    default_epochs = 10
    registry = "wandb-registry-model"

    def __init__(self, project, lr=0.001, epochs=None, tags=None):
        self.project = project
        self.lr = lr
        self.epochs = epochs if epochs is not None else self.default_epochs
        self.tags = list(tags or [])

    def target_path(self, collection):
        return f"{self.registry}/{collection}"

    def __repr__(self):
        return f"TrainConfig(project={self.project!r}, lr={self.lr}, epochs={self.epochs})"


cfg = TrainConfig("mnist", tags=["baseline"])
print(cfg)
print(cfg.target_path("classifier"))
print(TrainConfig.default_epochs, cfg.epochs, TrainConfig.__doc__)
TrainConfig.default_epochs = 20
print(TrainConfig("x").epochs, cfg.epochs)
cfg.tags.append("v2")
print(cfg.tags, vars(cfg)["lr"], sorted(vars(cfg)))
print(type(cfg).__name__, cfg.__class__.__qualname__, isinstance(cfg, TrainConfig), isinstance(cfg, object))
print(hasattr(cfg, "lr"), getattr(cfg, "missing", "default"))
setattr(cfg, "seed", 42)
print(cfg.seed)
del cfg.seed
print(hasattr(cfg, "seed"))
print(str(cfg) == repr(cfg), f"{cfg}")
