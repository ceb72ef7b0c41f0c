# File mistakes in a checkpoint helper: each reported with CPython's errno text.
from pathlib import Path

Path("ckpt").mkdir()
for action in [
    lambda: Path("ckpt").mkdir(),
    lambda: Path("deep/er/dir").mkdir(),
    lambda: Path("nope.txt").read_text(),
    lambda: Path("nope.txt").unlink(),
    lambda: Path("ckpt").read_text(),
    lambda: Path("ckpt/x.txt").write_text(5),
    lambda: Path(5),
    lambda: Path("a").with_suffix("txt"),
    lambda: Path(".").with_name("x"),
    lambda: Path("a/b").relative_to("c"),
    lambda: Path("x") / 5,
    lambda: Path("a") < "b",
    lambda: Path("missing").iterdir().__next__(),
    lambda: open("missing/dir.txt", "w"),
    lambda: Path("ckpt").touch(exist_ok=False),
]:
    try:
        print("ok", action())
    except (OSError, TypeError, ValueError) as e:
        print(type(e).__name__, e)

def load_checkpoint(run_dir):
    path = Path(run_dir) / "model.txt"
    return path.read_text()

load_checkpoint("ckpt")
