# Deterministic ids, checksums and URLs for artifacts, as CI helpers build them.
import base64
import hashlib
import shlex
import string
import uuid
from urllib.parse import parse_qs, quote, urlencode, urljoin, urlparse

files = {"model.txt": "weights v3", "config.json": '{"lr": 0.001}'}
manifest = {}
for name, text in sorted(files.items()):
    data = text.encode("utf-8")
    manifest[name] = {
        "md5": hashlib.md5(data).hexdigest(),
        "sha256": hashlib.sha256(data).hexdigest()[:16],
        "b64md5": base64.b64encode(hashlib.md5(data).digest()).decode(),
        "size": len(data),
    }
for name, entry in manifest.items():
    print(name, entry)

digest = hashlib.sha1()
for name in sorted(files):
    digest.update(name.encode())
    digest.update(files[name].encode())
print("collection digest", digest.hexdigest(), digest.name, digest.digest_size)

run_ns = uuid.uuid5(uuid.NAMESPACE_URL, "https://wandb.ai/acme")
run_id = uuid.uuid5(run_ns, "train-2024-03-15")
print(run_ns, run_id, run_id.hex[:8], run_id.version, repr(uuid.UUID(str(run_id))) == repr(run_id))

url = urlparse("https://api.wandb.ai:443/acme/wandb-registry-model/mnist?alias=latest&alias=prod#files")
print(url.scheme, url.hostname, url.port, url.path.split("/")[1:], parse_qs(url.query), url.fragment)
print(urljoin("https://wandb.ai/acme/registry/", "model?tab=versions"), urljoin("https://wandb.ai/a/b", "../c"))
print(urlencode({"project": "my project", "tags": "a&b"}), quote("acme/mnist cnn:v3", safe="/:"))

template = string.Template("wandb-registry-${registry}/${collection}:$alias")
print(template.substitute(registry="model", collection="mnist", alias="latest"))
print(template.safe_substitute(registry="dataset"))
allowed = set(string.ascii_lowercase + string.digits + "-_.")
print("".join(c if c in allowed else "-" for c in "My Model (v2)!".lower()))

cmd = 'python train.py --name "baseline run" --tags cnn,mnist --notes \'it\'"\'"\'s fine\''
args = shlex.split(cmd)
print(args, shlex.join(args[2:4]), shlex.quote("model v2.txt"))

token = base64.urlsafe_b64encode(b"acme:registry-admin").decode()
print(token, base64.urlsafe_b64decode(token), base64.b64decode(base64.b64encode(b"\x00\x01\xff")))

for bad in [
    lambda: hashlib.sha256("not bytes"),
    lambda: template.substitute(registry="model"),
    lambda: uuid.UUID("not-a-uuid"),
    lambda: shlex.split('unterminated "quote'),
    lambda: base64.b64decode("abc"),
    lambda: "café".encode("ascii"),
]:
    try:
        bad()
    except (TypeError, KeyError, ValueError) as e:
        print(type(e).__name__, e)

print(urlparse("https://wandb.ai:port/x").port)
