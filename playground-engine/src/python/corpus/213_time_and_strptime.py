# Timestamps in a CI log: parsing, struct_time fields, formatting a fixed moment.
import time
from datetime import datetime

t0 = time.perf_counter()
st = time.gmtime(0)
print(st.tm_year, st.tm_mon, st.tm_mday, st.tm_hour, st.tm_wday, st.tm_yday, st.tm_isdst)
print(st)
print(time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(1700000000)))
print(time.strftime("%d %b %Y, %A", time.gmtime(86400 * 365)))
parsed = time.strptime("2024-07-04 18:30:05", "%Y-%m-%d %H:%M:%S")
print(parsed.tm_year, parsed.tm_mon, parsed.tm_mday, parsed.tm_hour, parsed.tm_min, parsed.tm_sec, parsed.tm_wday, parsed.tm_yday)
print(tuple(parsed)[:6], parsed[0], len(parsed))
print(time.asctime(time.gmtime(1234567890)))
print(isinstance(time.time(), float), isinstance(time.time_ns(), int), time.perf_counter() - t0 >= 0)

lines = [
    "[2024-03-01 12:00:01] start training",
    "[2024-03-01 12:04:31] epoch 1 done",
    "[2024-03-01 12:09:02] epoch 2 done",
    "[2024-03-01 12:13:45] upload model",
]
stamps = [datetime.strptime(line[1:20], "%Y-%m-%d %H:%M:%S") for line in lines]
for prev, cur, line in zip(stamps, stamps[1:], lines[1:]):
    print(f"{(cur - prev).total_seconds():7.1f}s  {line[22:]}")
print("wall", stamps[-1] - stamps[0])

for text, fmt in [
    ("Mar 5 2024 9:07AM", "%b %d %Y %I:%M%p"),
    ("Tuesday, 05 March 2024", "%A, %d %B %Y"),
    ("24-070", "%y-%j"),
    ("2024-03-05 10:00:00 +0200", "%Y-%m-%d %H:%M:%S %z"),
    ("20240305", "%Y%m%d"),
    ("5/3/99 23:59", "%d/%m/%y %H:%M"),
]:
    print(repr(datetime.strptime(text, fmt)))

for text, fmt in [
    ("2024-02-30", "%Y-%m-%d"),
    ("2024-03-05 10:00", "%Y-%m-%d"),
    ("yesterday", "%Y-%m-%d"),
    ("2024/03/05", "%Y/%m/%q"),
]:
    try:
        datetime.strptime(text, fmt)
    except ValueError as e:
        print("ValueError:", e)
