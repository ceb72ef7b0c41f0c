# os.environ is os._Environ, a MutableMapping of str to str (not a dict).
import json
import os

print(type(os.environ).__name__, type(os.environ).__module__, isinstance(os.environ, dict))
print(os.environ["CORPUS_VAR"], os.environ.get("CORPUS_VAR"), "CORPUS_VAR" in os.environ)
os.environ["ENV_T_A"] = "1"
print(os.environ.setdefault("ENV_T_B", "2"), os.environ.setdefault("ENV_T_B", "3"))
print(sorted(k for k in os.environ if k.startswith("ENV_T_")))
print(type(os.environ.copy()).__name__, os.environ.copy()["ENV_T_A"], dict(os.environ)["ENV_T_B"])
merged = os.environ | {"ENV_T_C": 3}
print(type(merged).__name__, merged["ENV_T_C"], "ENV_T_C" in os.environ)
print(({"ENV_T_D": 0} | os.environ)["ENV_T_A"])
env = os.environ
env |= {"ENV_T_C": "c"}
print(env is os.environ, os.environ["ENV_T_C"], os.getenv("ENV_T_C"), os.getenv("ENV_T_NONE", "dflt"))
os.environ.update({"ENV_T_D": "d"}, ENV_T_E="e")
print(os.environ.pop("ENV_T_D"), os.environ.pop("ENV_T_D", None), os.environ == dict(os.environ))
for bad in (lambda: os.environ.__setitem__("ENV_T_X", 1),
            lambda: os.environ.__setitem__(1, "x"),
            lambda: os.environ.__setitem__("ENV_T_X", None),
            lambda: os.environ.get(1),
            lambda: 1 in os.environ,
            lambda: os.environ.setdefault("ENV_T_X"),
            lambda: os.environ | 1,
            lambda: hash(os.environ),
            lambda: json.dumps(os.environ),
            lambda: os.environ.update({"ENV_T_X": 2}),
            lambda: os.getenv(2)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
for key in ("ENV_T_NONE",):
    try:
        os.environ[key]
    except KeyError as e:
        print("KeyError:", e)
    try:
        del os.environ[key]
    except KeyError as e:
        print("KeyError:", e)
    try:
        os.environ.pop(key)
    except KeyError as e:
        print("KeyError:", e)
print("ENV_T_X" in os.environ)
for k in [k for k in os.environ if k.startswith("ENV_T_")]:
    del os.environ[k]
print([k for k in os.environ if k.startswith("ENV_T_")], repr(os.environ).startswith("environ({"))
# os.putenv / os.unsetenv change the C environment only: os.environ is left as it was.
os.putenv("ENV_T_PUT", "x")
os.unsetenv("CORPUS_VAR")
print("ENV_T_PUT" in os.environ, os.environ["CORPUS_VAR"])
for bad in (lambda: os.putenv(1, "x"), lambda: os.putenv("ENV_T_A", None),
            lambda: os.putenv("A=B", "x"), lambda: os.putenv("", "x"),
            lambda: os.putenv("A", "x\0"), lambda: os.unsetenv(""), lambda: os.unsetenv("A=B")):
    try:
        bad()
    except (TypeError, ValueError, OSError) as e:
        print(type(e).__name__ + ":", e)
