# del obj.name calls the class's __delattr__ when it defines one (wandb's SummaryDict does).
class Recorder:
    def __init__(self):
        object.__setattr__(self, "log", [])

    def __delattr__(self, name):
        self.log.append(name)


r = Recorder()
del r.anything
del r.other
print(r.log)


class Plain:
    pass


p = Plain()
p.x = 1
del p.x
print(hasattr(p, "x"))
try:
    del p.y
except AttributeError as e:
    print("AttributeError:", e)
