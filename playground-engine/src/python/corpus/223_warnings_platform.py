# A compatibility shim: deprecation warnings recorded, platform facts, the viewer's name.
import getpass
import platform
import sys
import warnings


def link(artifact, target_path=None, *, target=None):
    if target is not None:
        warnings.warn("'target' is deprecated, use 'target_path'", DeprecationWarning, stacklevel=2)
        target_path = target
    return f"{artifact} -> {target_path}"


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(link("model:v1", target="acme/wandb-registry-model/mnist"))
    print(link("model:v2", "acme/wandb-registry-model/mnist"))
    warnings.warn("plain user warning")
print(len(caught), [w.category.__name__ for w in caught], [str(w.message) for w in caught])

warnings.simplefilter("ignore", DeprecationWarning)
print(link("model:v3", target="x"))
warnings.filterwarnings("error", message="strict")
try:
    warnings.warn("strict mode: refusing to link")
except UserWarning as e:
    print("raised:", e, type(e).__name__, isinstance(e, Warning))
warnings.resetwarnings()

print(platform.python_version() == "%d.%d.%d" % sys.version_info[:3], platform.python_implementation())
print(platform.python_version_tuple()[0], sys.version_info >= (3, 8), isinstance(getpass.getuser(), str))

warnings.simplefilter("error")
link("model:v4", target="acme/wandb-registry-model/mnist")
