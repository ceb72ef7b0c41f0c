# Writing a run's outputs with pathlib before logging them as an artifact.
import json
import os
from pathlib import Path

root = Path("outputs")
(root / "models" / "v1").mkdir(parents=True, exist_ok=True)
config = root / "config.json"
print(config.write_text(json.dumps({"lr": 0.01, "epochs": 3})))
print(json.loads(config.read_text()), config.exists(), config.is_file(), config.is_dir(), root.is_dir())
print(repr(config), str(config), config.name, config.stem, config.suffix, config.parent, config.parts, os.fspath(config))
model = root / "models" / "v1" / "model.ckpt.txt"
model.write_text("weights")
print(model.suffixes, model.with_suffix(".bin"), model.with_name("other.txt"), model.with_stem("best"), model.relative_to(root))
print(sorted(p.name for p in root.iterdir()), sorted(str(p) for p in root.rglob("*.txt")), sorted(str(p) for p in root.glob("*")))
print(sorted(str(p) for p in root.glob("**/*.txt")), sorted(str(p) for p in root.glob("models/*/*")), sorted(map(str, Path(".").glob("out*"))))
with open(config) as f:
    print(f.read())
with model.open("a") as f:
    f.write("+more")
print(model.read_text(), os.path.exists(model), os.path.join(root, "x"), os.path.isdir(root / "models"))
print(Path("a") / "b" == Path("a/b"), {Path("x"): 1}[Path("x")], sorted([Path("b"), Path("a/c"), Path("a")]), "s" / Path("t"))
print(Path("a//b/./c/"), Path(), Path("a", "b", "c.txt"), Path("/abs") / "p", Path("a") / "/root", Path("x").joinpath("y", "z"))
tmp = Path("tmp.txt")
tmp.touch()
print(tmp.exists())
tmp.unlink()
print(tmp.exists())
tmp.unlink(missing_ok=True)
print(list(Path("a/b/c").parents), Path("x.tar.gz").stem, Path("/abs/p").is_absolute(), Path(".bashrc").suffix, Path("a/b.py").match("*.py"))
renamed = model.rename(root / "final.txt")
print(renamed, renamed.read_text(), model.exists(), isinstance(renamed, Path), type(renamed).__name__)
empty = root / "empty"
empty.mkdir()
empty.rmdir()
print(empty.exists(), Path("a/b").is_relative_to("a"), Path("a/b").as_posix())
