# Type annotations on variables, parameters, returns and class bodies (evaluated as 3.11 does).
MAX_RETRIES: int = 3
project: str
names: list = ["a", "b"]
print(__annotations__)


def link(path: str, aliases: list = None, *, retries: int = MAX_RETRIES) -> dict:
    local_note: str = "not evaluated in functions"
    undefined_name_ok: SomethingUndefined = 1  # noqa: F821
    return {"path": path, "retries": retries, "note": local_note, "u": undefined_name_ok}


print(link("model/c"))
print(link.__annotations__)


class RunConfig:
    entity: str
    project: str = "demo"
    epochs: int = 10

    def total(self) -> int:
        return self.epochs * 2


print(RunConfig.__annotations__, RunConfig.project, RunConfig().total())
print(hasattr(RunConfig, "entity"))


def f(x: "Forward") -> "Result":
    return x


print(f.__annotations__, f(1))
try:
    def g(x: UndefinedType):  # noqa: F821
        return x
except NameError as e:
    print("NameError:", e)
try:
    missing: UndefinedAtModule = 5  # noqa: F821
except NameError as e:
    print("NameError:", e)
