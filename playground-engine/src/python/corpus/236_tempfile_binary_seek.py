# NamedTemporaryFile's default mode is binary ('w+b', shown as FileIO's 'rb+'); files flush,
# tell and seek, and a binary file's mode and class are FileIO's / io's.
import tempfile, hashlib
with tempfile.NamedTemporaryFile(suffix=".txt") as f:
    print(f.mode)
    f.write(b"hello")
    f.flush()
    f.seek(0)
    print(f.read())
    print(open(f.name).read(), f.name.endswith(".txt"))
with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as g:
    g.write("{}")
print(open(g.name).read())
with tempfile.NamedTemporaryFile("w+") as h:
    print(h.mode)
for m in ['wb','w+b','rb','r+b','ab','a+b','wb+']:
    f = open('mm', m); print(m, f.mode, type(f).__name__); f.close()
f = open('mm', 'w+'); print(f.mode); print(f.seek(0), f.tell(), f.flush()); f.close()
f = open('mm', 'w+b'); f.write(b'abc'); print(f.tell(), f.seek(1), f.read(), f.seek(0, 2)); f.close()
