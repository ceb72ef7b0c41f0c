# A CLI helper's shape: main() returns a status, the module guard passes it to SystemExit.
import sys


class Promotion:
    def __init__(self, source, target, aliases=()):
        self.source = source
        self.target = target
        self.aliases = tuple(aliases)

    def plan(self):
        return [f"link {self.source} -> {self.target} as {a}" for a in self.aliases or ("latest",)]


def parse(argv):
    opts = {"aliases": []}
    args = iter(argv)
    for a in args:
        if a == "--alias":
            opts["aliases"].append(next(args, "latest"))
        elif "source" not in opts:
            opts["source"] = a
        else:
            opts["target"] = a
    return opts


def main(argv=None):
    opts = parse(argv or ["clf:v3", "wandb-registry-model/clf", "--alias", "prod"])
    if "target" not in opts:
        print("usage: promote SOURCE TARGET", file=sys.stderr)
        return 2
    for step in Promotion(opts["source"], opts["target"], opts["aliases"]).plan():
        print(step)
    return 0


if __name__ == "__main__":
    print("status", main(["a"]))
    raise SystemExit(main())
