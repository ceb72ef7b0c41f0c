# property with a setter, staticmethod, classmethod factories.
class Collection:
    _count = 0

    def __init__(self, name, kind="model"):
        self._name = None
        self.name = name
        self.kind = kind
        Collection._count += 1

    @property
    def name(self):
        """The collection name, validated."""
        return self._name

    @name.setter
    def name(self, value):
        if not self.valid(value):
            raise ValueError(f"invalid collection name: {value!r}")
        self._name = value.strip()

    @property
    def path(self):
        return f"wandb-registry-{self.kind}/{self.name}"

    @staticmethod
    def valid(value):
        return isinstance(value, str) and bool(value.strip()) and "/" not in value

    @classmethod
    def from_path(cls, path):
        registry, name = path.split("/")
        return cls(name, registry.replace("wandb-registry-", ""))

    @classmethod
    def created(cls):
        return cls._count


c = Collection(" churn ")
print(c.name, c.path, Collection.valid("a/b"), c.valid("ok"))
d = Collection.from_path("wandb-registry-dataset/reviews")
print(d.path, type(d).__name__, Collection.created(), d.created())
print(Collection.name.__doc__, type(Collection.__dict__["valid"]).__name__)
c.name = "churn-v2"
print(c.path)
try:
    c.path = "x"
except AttributeError as e:
    print("AttributeError:", e)
try:
    c.name = "a/b"
except ValueError as e:
    print("ValueError:", e)


class Sub(Collection):
    @classmethod
    def from_path(cls, path):
        obj = super().from_path(path)
        obj.kind = "sub"
        return obj


s = Sub.from_path("wandb-registry-model/x")
print(type(s).__name__, s.path)
print(Collection.created())
