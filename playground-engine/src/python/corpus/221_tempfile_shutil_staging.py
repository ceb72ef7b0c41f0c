# Stage a model directory in a temp dir, copy what should be logged, glob the result.
import glob
import os
import shutil
import tempfile
from pathlib import Path


def stage_checkpoint(root: Path) -> Path:
    ckpt = root / "checkpoints"
    ckpt.mkdir(parents=True)
    for step in (100, 200, 300):
        (ckpt / f"model-{step}.txt").write_text(f"weights at {step}")
    (ckpt / "optimizer.state").write_text("adam")
    (root / "config.json").write_text('{"lr": 0.001}')
    (root / ".cache").mkdir()
    (root / ".cache" / "tmp.bin").write_text("junk")
    return ckpt


with tempfile.TemporaryDirectory(prefix="stage-") as tmp:
    root = Path(tmp)
    ckpt = stage_checkpoint(root)
    print(os.path.basename(tmp).startswith("stage-"), tmp.startswith(tempfile.gettempdir()))
    rel = lambda paths: sorted(p[len(tmp) + 1:] for p in paths)
    print(rel(glob.glob(os.path.join(tmp, "*"))))
    print(rel(glob.glob(os.path.join(tmp, "**", "*.txt"), recursive=True)))
    print(sorted(glob.glob("*.txt", root_dir=ckpt)), sorted(p.name for p in ckpt.glob("model-*")))

    os.makedirs("export/latest", exist_ok=True)
    newest = max(glob.glob(str(ckpt / "model-*.txt")))
    print(shutil.copy(newest, "export/latest"), shutil.copyfile(root / "config.json", "export/config.json"))
    shutil.copytree(root, "export/full", ignore=shutil.ignore_patterns(".*", "*.state"))
    print(sorted(glob.glob("export/**", recursive=True)))
    print(open("export/latest/model-300.txt").read(), Path("export/full/checkpoints/model-100.txt").read_text())

print("temp dir removed:", not os.path.exists(tmp))
print(shutil.move("export/latest", "export/v3"), sorted(os.listdir("export")))
shutil.rmtree("export/full")
print(sorted(os.listdir("export")), os.path.isdir("export/v3"))

fd, path = tempfile.mkstemp(suffix=".json", prefix="meta-")
print(type(fd).__name__, os.path.basename(path).startswith("meta-"), path.endswith(".json"), os.path.exists(path))
with tempfile.NamedTemporaryFile("w", suffix=".md", delete=False) as f:
    f.write("# notes\n")
    notes = f.name
print(open(notes).read().strip(), os.path.exists(notes))
with tempfile.NamedTemporaryFile("w") as f:
    f.write("scratch")
    scratch = f.name
print("scratch removed:", not os.path.exists(scratch))

for action in [
    lambda: shutil.copyfile("export/missing.txt", "x.txt"),
    lambda: shutil.copytree("export", "export"),
    lambda: shutil.copyfile("export/config.json", "export/config.json"),
    lambda: shutil.rmtree("nowhere"),
]:
    try:
        action()
    except OSError as e:
        print(type(e).__name__, e)

shutil.copy("model.txt", "export/")
