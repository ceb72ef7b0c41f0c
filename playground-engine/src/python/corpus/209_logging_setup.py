import logging
import sys

logging.basicConfig(stream=sys.stdout, level=logging.INFO, format="%(levelname)-8s %(name)s: %(message)s")
log = logging.getLogger("promote")
log.info("linking %s to %s", "model:v3", "registry/models")
log.debug("hidden")
log.warning("threshold %.2f not met (got %d%%)", 0.9, 85)
child = logging.getLogger("promote.sub")
child.error("child says %r", {"a": 1})
print(log, child, logging.getLogger(), log.getEffectiveLevel(), child.level, log.isEnabledFor(logging.DEBUG))
log.setLevel("DEBUG")
log.debug("now visible")
child.propagate = False
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("[{levelname}] {name} | {message}", style="{"))
child.addHandler(h)
child.critical("brace style %s", "ok")
print(logging.getLevelName(20), logging.getLevelName("ERROR"), logging.getLevelName(33), logging.INFO, logging.WARN)
try:
    log.setLevel("LOUD")
except ValueError as e:
    print("ValueError", e)
logging.log(logging.ERROR, "root %s", "log")
logging.info("root info")
log.info("extra %s", "x", extra={"run": "abc"})
f = logging.Formatter("$levelname:$message", style="$")
h.setFormatter(f)
child.warning("dollar")
print(len(child.handlers), logging.root.handlers[0].level, h.level)
logging.getLogger("other").info("%d items", 3)
fh = logging.FileHandler("train.log", mode="w")
fh.setFormatter(logging.Formatter("%(name)s|%(levelno)d|%(message)s"))
fh.setLevel(logging.WARNING)
log.addHandler(fh)
log.info("not in file")
log.warning("in file %s", 1)
with open("train.log") as f:
    print(repr(f.read()))
def configure(level_name):
    logging.getLogger("cli").setLevel(level_name.upper())
configure("debug")
configure("verbose")
