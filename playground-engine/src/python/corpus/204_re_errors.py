# Bad patterns report re.error with CPython's message and position.
import re

for bad in ["(unclosed", "a)", "*a", "a|*", "[z-a]", r"\q", "a{2}{3}", "[abc", r"(?P<1x>a)", r"(?P=nope)", r"\2(a)",
            r"(?<=a+)b", "(?P<n>a)(?P<n>b)", r"[\w-z]", r"\x4", "a(?i)b", "x{3,1}", "a\nb("]:
    try:
        re.compile(bad)
        print("compiled", repr(bad))
    except re.error as e:
        print("re.error:", e)
for call in [lambda: re.match("a", 5), lambda: re.compile(5), lambda: re.sub("a", lambda m: 5, "a"),
             lambda: re.sub("(a)", r"\g<x>", "a"), lambda: re.sub("(a)", r"\g<5>", "a"), lambda: re.sub("(a)", r"\5", "a"),
             lambda: re.sub("(a)", r"\q", "a"), lambda: re.match("(a)", "a").group(3), lambda: re.compile(re.compile("a"), re.I)]:
    try:
        print(call())
    except (TypeError, IndexError, ValueError, re.error) as e:
        print(type(e).__name__, e)
print(issubclass(re.error, Exception), re.error.__name__)
VERSION = re.compile(r"v(\d+")
