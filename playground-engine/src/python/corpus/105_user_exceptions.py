# User exceptions with their own __init__ and __str__, raised and caught.
class LinkError(Exception):
    """Base error of the linking helper."""


class TargetNotFound(LinkError):
    def __init__(self, target, suggestions=()):
        super().__init__(target)
        self.target = target
        self.suggestions = list(suggestions)

    def __str__(self):
        hint = f" (did you mean {', '.join(self.suggestions)}?)" if self.suggestions else ""
        return f"target {self.target!r} not found{hint}"


class QuotaError(LinkError):
    def __init__(self, used, limit):
        self.used = used
        self.limit = limit


def link(target):
    if not target.startswith("wandb-registry-"):
        raise TargetNotFound(target, ["wandb-registry-model/" + target])
    if target.endswith("full"):
        raise QuotaError(10, 10)
    return target + ":v0"


for t in ["wandb-registry-model/clf", "clf", "wandb-registry-model/full"]:
    try:
        print("linked", link(t))
    except TargetNotFound as e:
        print("not found:", e, "|", e.args, "|", e.target, repr(e.suggestions))
    except LinkError as e:
        print(type(e).__name__, e.args, str(e) == "", e.used, e.limit, isinstance(e, Exception))

e = LinkError("plain", 2)
print(str(e), repr(e), e.args)
print(repr(TargetNotFound("x")), LinkError.__doc__)
try:
    raise QuotaError(1, 2) from None
except Exception as err:
    print(type(err).__mro__[1].__name__)


class Retry(Exception):
    def __init__(self, attempts):
        super().__init__(f"gave up after {attempts} attempts")
        self.attempts = attempts


try:
    try:
        raise Retry(3)
    except Retry as r:
        print(r, r.attempts)
        raise
except Exception as outer:
    print("outer", outer)
raise TargetNotFound("wandb-registry-modle/clf", ["wandb-registry-model/clf"])
