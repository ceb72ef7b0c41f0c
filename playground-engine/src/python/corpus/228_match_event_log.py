# Replaying an event log; a class pattern written against a class without __match_args__ ends the run with CPython's TypeError.
class Metric:
    __match_args__ = ("name", "value")

    def __init__(self, name, value, step=None):
        self.name, self.value, self.step = name, value, step


class Heartbeat:
    pass


class Alert:
    def __init__(self, title, level="INFO"):
        self.title, self.level = title, level


totals = {}


def apply(event):
    match event:
        case Metric(name, value, step=None):
            totals[name] = totals.get(name, 0) + value
            print(f"metric {name} += {value}")
        case Metric(name, value, step=int(step)):
            print(f"metric {name}@{step} = {value}")
        case Alert(level="WARN" | "ERROR" as level, title=title):
            print(f"[{level}] {title}")
        case Alert(title=title):
            print(f"info: {title}")
        case ("batch", [*events]):
            print(f"batch of {len(events)}")
            for e in events:
                apply(e)
        case Heartbeat(seconds):
            print(f"heartbeat every {seconds}s")


log = [
    Metric("loss", 0.5),
    Metric("loss", 0.25),
    Metric("acc", 0.9, step=3),
    Alert("disk almost full", level="WARN"),
    Alert("started"),
    ("batch", [Metric("loss", 0.125), Alert("checkpoint saved", "ERROR")]),
    ("batch", []),
    42,
]
for event in log:
    apply(event)
print(totals)
apply(Alert)
apply(("not a batch", 1))
apply(object())
print("unmatched events are ignored")
apply(Heartbeat())
print("not reached")
