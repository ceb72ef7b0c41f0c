# Checksums of files before logging them, read in binary mode as upload helpers do.
import hashlib
from pathlib import Path
Path("model.bin").write_bytes(b"weights\nline2\n")
print(Path("model.bin").read_bytes(), Path("model.bin").read_text())
with open("model.bin", "rb") as f:
    data = f.read()
print(data, hashlib.md5(data).hexdigest(), type(data).__name__)
with open("model.bin", "rb") as f:
    print(f.readline(), list(f), repr(f)[:30])
with open("out.bin", "wb") as f:
    print(f.write(b"abc\xc3\xa9"))
print(open("out.bin").read(), open("out.bin", "rb").read(3))
def file_md5(path, chunk=4):
    h = hashlib.md5()
    with open(path, "rb") as f:
        while True:
            block = f.read(chunk)
            if not block:
                break
            h.update(block)
    return h.hexdigest()
print(file_md5("model.bin") == hashlib.md5(Path("model.bin").read_bytes()).hexdigest())
for bad in [lambda: open("out.bin", "wb").write("text"), lambda: open("t.txt", "w").write(b"x"), lambda: Path("x").write_bytes("s")]:
    try: bad()
    except TypeError as e: print(e)
