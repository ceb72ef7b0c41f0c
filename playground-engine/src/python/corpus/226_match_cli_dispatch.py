# A tiny CLI: split a command line and dispatch it with match.
import shlex

runs = {}


def dispatch(argv):
    match argv:
        case []:
            return "usage: tool <command> [args]"
        case ["help" | "-h" | "--help"]:
            return "commands: init, log, sweep, status"
        case ["init", name]:
            runs[name] = {"steps": 0, "metrics": {}}
            return f"created run {name!r}"
        case ["init", *_]:
            return "init takes exactly one name"
        case ["log", name, *pairs] if name in runs and pairs:
            run = runs[name]
            for pair in pairs:
                key, _, value = pair.partition("=")
                run["metrics"][key] = float(value)
            run["steps"] += 1
            return f"{name}: step {run['steps']} {sorted(run['metrics'])}"
        case ["log", name, *_]:
            return f"unknown run or nothing to log: {name}"
        case ["sweep", ("grid" | "random") as method, count] if count.isdigit():
            return f"sweep with {method} search, {int(count)} trials"
        case ["status"]:
            return ", ".join(f"{n}={r['steps']}" for n, r in runs.items()) or "no runs"
        case [cmd, *rest]:
            return f"unknown command {cmd!r} with {len(rest)} args"


for line in [
    "",
    "--help",
    "init baseline",
    "init a b",
    "log baseline loss=0.5 acc=0.81",
    "log baseline loss=0.4",
    "log missing loss=1",
    "sweep grid 12",
    "sweep bayes 3",
    "status",
    'deploy "model v2" --force',
]:
    print(f"$ tool {line}".rstrip())
    print(dispatch(shlex.split(line)))
