import argparse

def build():
    p = argparse.ArgumentParser(prog="promote.py", description="Link the best checkpoint of a run to the model registry, after checking its metrics against a threshold.")
    p.add_argument("run_path", help="entity/project/run_id of the training run")
    p.add_argument("--collection", "-c", default="my-models", help="registry collection to link into (default: %(default)s)")
    p.add_argument("--alias", action="append", help="alias to add; repeatable")
    p.add_argument("--threshold", type=float, default=0.9, help="minimum validation accuracy")
    p.add_argument("--epochs", type=int, default="3")
    p.add_argument("--dry-run", action="store_true", help="print what would be linked")
    p.add_argument("-v", "--verbose", action="count", default=0)
    p.add_argument("--mode", choices=["fast", "full"], default="fast")
    p.add_argument("--tags", nargs="+", metavar="TAG")
    p.add_argument("files", nargs="*")
    g = p.add_argument_group("registry", "Where the model goes.")
    g.add_argument("--org", required=False, help="organization entity name; a very long help text that needs to wrap onto more than one line in the help output")
    return p

p = build()
print(p.format_usage())
print(p.format_help())
args = p.parse_args(["team/proj/abc123", "--alias", "best", "--alias=prod", "--threshold", "0.95", "-vv", "--dry-run", "--tags", "a", "b", "--mode", "full"])
print(args)
print(args.run_path, args.alias, args.threshold, args.verbose, args.dry_run, args.tags, args.mode, args.files, args.epochs, args.collection)
print(p.parse_args(["r", "-cfoo", "--thr", "1"]), p.parse_known_args(["r", "--unknown", "z"]))
print(p.parse_known_args(["r", "x.txt", "--dry-run", "y.txt"]), p.parse_args(["r", "a", "b", "--", "-c"]))
print(p.parse_known_args(["r", "-vvv", "-c", "x", "--alias", "a", "--tags", "t1", "--", "f1", "-x"]))
ns = argparse.Namespace(a=1, b="x")
print(ns, ns.a, "a" in ns, ns == argparse.Namespace(b="x", a=1))
q = argparse.ArgumentParser(prog="t", formatter_class=argparse.ArgumentDefaultsHelpFormatter)
q.add_argument("--lr", type=float, default=0.001, help="learning rate")
q.add_argument("--name", help="run name")
q.add_argument("n", type=int, nargs="?", default=5, help="count")
print(q.format_help())
print(q.parse_args([]), q.parse_args(["7"]))
for bad in [lambda: q.add_argument("--lr"), lambda: q.add_argument("pos", required=True), lambda: q.add_argument("x", action="nope"), lambda: q.add_argument("lr2", "-l")]:
    try:
        bad()
    except (ValueError, TypeError, argparse.ArgumentError) as e:
        print(type(e).__name__, e)
strict = argparse.ArgumentParser(prog="strict", exit_on_error=False)
strict.add_argument("--batch-size", type=int, default=32)
print(strict.parse_args(["--batch-size", "64"]).batch_size)
def positive_int(text):
    value = int(text)
    if value <= 0:
        raise argparse.ArgumentTypeError(f"{value} is not a positive integer")
    return value
strict.add_argument("--workers", type=positive_int, default=1)
print(strict.parse_args(["--workers", "4"]))
strict.parse_args(["--workers", "0"])
