# Run and link states as enums, as promotion scripts model them.
from enum import Enum, IntEnum, auto, unique


@unique
class Stage(Enum):
    DEV = "dev"
    STAGING = "staging"
    PRODUCTION = "production"

    @property
    def alias(self):
        return self.value if self is not Stage.DEV else "latest"

    def next(self):
        members = list(Stage)
        i = members.index(self)
        return members[min(i + 1, len(members) - 1)]


class Priority(IntEnum):
    LOW = 1
    NORMAL = 2
    HIGH = 3


class Status(Enum):
    QUEUED = auto()
    RUNNING = auto()
    FINISHED = auto()
    FAILED = auto()
    DONE = 3  # an alias of FINISHED


print(Stage.STAGING, repr(Stage.STAGING), Stage("production"), Stage["DEV"], Stage.DEV.alias)
print([s.name for s in Stage], len(Stage), Stage.DEV.next(), Stage.PRODUCTION.next())
print(Stage.DEV in Stage, isinstance(Stage.DEV, Stage), Stage.DEV == "dev", Stage.DEV.value == "dev")
print({s: s.alias for s in Stage})
print(Status.DONE is Status.FINISHED, list(Status), list(Status.__members__))
print(Status.RUNNING.value, Status(4), f"status={Status.FAILED}", f"{Status.QUEUED.name:>10}|")
print(Priority.HIGH > Priority.LOW, Priority.HIGH == 3, Priority(2), int(Priority.LOW) if False else Priority.LOW + 0)
print(sorted([Priority.HIGH, Priority.LOW, Priority.NORMAL]), max(Priority), f"{Priority.NORMAL}", str(Priority.HIGH))

for text in ["staging", "qa"]:
    try:
        print("parsed", Stage(text))
    except ValueError as e:
        print("ValueError:", e)
try:
    Stage["prod"]
except KeyError as e:
    print("KeyError:", e)
try:
    class Bigger(Stage):
        ARCHIVE = "archive"
except TypeError as e:
    print("TypeError:", e)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)

print(Stage.ARCHIVED)
