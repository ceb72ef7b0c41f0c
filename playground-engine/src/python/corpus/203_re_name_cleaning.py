# Cleaning run and artifact names with re, as promotion scripts do.
import re

ARTIFACT_RE = re.compile(r"(?P<entity>[\w-]+)/(?P<project>[\w-]+)/(?P<name>[^:/]+):(?P<alias>[\w.-]+)")

def parse_path(path):
    m = ARTIFACT_RE.fullmatch(path)
    if not m:
        raise ValueError(f"not an artifact path: {path!r}")
    return m.groupdict()

def slug(text):
    text = re.sub(r"[^a-z0-9]+", "-", text.lower())
    return re.sub(r"-{2,}", "-", text).strip("-")

print(parse_path("my-team/mnist/model-v1:latest"))
print(parse_path("org_x/proj/ckpt:v12"))
for raw in ["My Model (v2)!", "ResNet50 -- final", "  spaces   everywhere  ", "ünïcode name"]:
    print(repr(slug(raw)))
m = ARTIFACT_RE.search("log: team/p/n:v3 done")
print(m, m.group("name"), m[2], m.group(1, 4), m.span("alias"), m.start(), m.end(3), m.lastindex, m.lastgroup)
print(m.groups(), m.string, m.re.pattern == ARTIFACT_RE.pattern, m.pos, m.endpos, m.expand(r"\g<entity>@\4"))
print(re.findall(r"\d+", "epoch 12 step 3400 loss 0.25"), re.findall(r"(\w+)=(\d+)", "a=1 b=22 c"), re.findall(r"(a)|b", "ab"))
print([m.group() for m in re.finditer(r"[A-Z][a-z]*", "Hello World Foo")], [m.span() for m in re.finditer(r"o", "foo")])
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "joe@example bob@site"), re.sub(r"(?P<w>\w+)", r"<\g<w>>", "a b"))
print(re.subn(r"o", "0", "foo boo", count=3), re.sub("x*", "-", "abxd"), re.sub("a", lambda m: m.group().upper(), "banana"))
print(re.sub(r"(\d+)", lambda m: str(int(m.group(1)) * 2), "3 apples and 10 pears"), re.sub(r"\s+", " ", "  a   b  ").strip())
print(re.split(r"[,;]\s*", "a, b;c,  d"), re.split(r"(,)", "a,b,c"), re.split(r"\b", "ab cd"), re.split(",", "a,b,c", maxsplit=1))
print(re.split(r"x*", "axbc"), re.findall(r"", "ab"), re.sub(r"", "-", "ab"), re.findall(r"a|", "bab"))
print(re.fullmatch(r"\d{3}", "123"), re.fullmatch(r"\d{3}", "1234"), re.match("b", "ab"), re.search("^b", "a\nb", re.M))
print(re.escape("model.v1+[x] a_b#"), re.compile(r"ab+", re.I), re.compile("x"), re.compile("(a)(b)").groups, re.compile("(?P<x>a)").groupindex)
print(re.compile("a", re.I | re.M | re.S), re.compile("a", re.X).flags, re.compile("(?i)a").flags, re.I, re.M | re.S)
p = re.compile(r"^v(\d+)$", re.MULTILINE)
print(p.findall("v1\nv22\nx3\nv4"), p.search("zz\nv9").group(1), bool(p.match("v1")), p.match("xv1", 1), p.search("v1v2", 2))
print(re.match(r"a.c", "a\nc"), re.match(r"a.c", "a\nc", re.S), re.search(r"end$", "the end\n"), re.search(r"\bcat\b", "concat cat"))
print(re.findall(r"[\w.-]+@[\w.-]+\.\w+", "mail a.b@c.io, x-y@z.org"), re.match(r"(?i)HELLO", "hello world").group())
print(re.findall(r"""(?x) (\d+)  # number
   \s* ([a-z]+) # unit
""", "10 kg 5m"), re.findall(r"[^\W\d]+", "ab1 c_d 9"), re.findall(r"\s+", "a \t b\nc"), re.findall(r"\w+", "héllo wörld 42"))
print(re.match(r"(a)(b)?", "a").groups(), re.match(r"(a)(b)?", "a").groups("-"), re.match(r"(a)(b)?", "a").span(2))
print(re.findall(r"(?<=v)\d+", "v1 v22 x3"), re.findall(r"(?<!v)\b\d+", "v1 22 x3"), re.findall(r"(?i:ab)c", "ABc abC"))
print(re.search(r"(\d+)\.(\d+)", "version 3.11.7").group(0, 1, 2), re.findall(r"[a-c-]+", "a-b x c"), re.findall(r"[]a]+", "]a]b"))
print(re.findall(r"\$\d+\.\d\d", "cost $3.50 or $10.00"), re.findall(r"a{2,3}|b{,2}c|d{2}", "aaaa bbc dd a{2"), re.findall(r"x{2", "x{2"))
print(re.sub(r"(a)(b)?", r"[\2|\1]", "ab a"), re.sub("-", r"\\", "a-b"), re.sub("(x)", r"\1\n", "x"), re.match(r"(\w)\1", "aab"))
