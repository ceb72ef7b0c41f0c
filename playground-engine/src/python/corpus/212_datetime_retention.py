# Which artifact versions are past the retention window, and what to call today's run.
from datetime import date, datetime, timedelta, timezone

RETENTION = timedelta(days=30)
NOW = datetime(2024, 3, 15, 9, 30, tzinfo=timezone.utc)

versions = [
    ("v0", "2024-01-02T08:00:00+00:00"),
    ("v1", "2024-02-10T17:45:12.500000+00:00"),
    ("v2", "2024-02-14T23:59:59+01:00"),
    ("v3", "2024-03-14T06:00:00Z"),
]

def age(created: datetime) -> timedelta:
    return NOW - created

for name, stamp in versions:
    created = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    a = age(created)
    status = "expired" if a > RETENTION else "kept"
    print(f"{name}: created {created:%Y-%m-%d %H:%M} ({created.tzname()}), age {a.days}d {a.seconds // 3600}h -> {status}")

run_name = f"train-{NOW:%Y%m%d-%H%M%S}"
print(run_name, NOW.isoformat(), NOW.date().isoformat(), NOW.strftime("%a %d %b %Y"))
print(repr(NOW), repr(NOW.date()), str(RETENTION), repr(RETENTION))

# Weekly schedule of evaluation runs, skipping weekends.
day = date(2024, 2, 26)
schedule = []
while len(schedule) < 7:
    if day.weekday() < 5:
        schedule.append(day)
    day += timedelta(days=1)
print([d.strftime("%m/%d %a") for d in schedule])
print("iso weeks:", sorted({d.isocalendar().week for d in schedule}))

# Durations from a log, summed and averaged.
steps = ["00:01:15", "00:02:03.250", "01:00:00", "00:00:59.999999"]
total = timedelta()
for s in steps:
    t = datetime.strptime(s if "." in s else s + ".0", "%H:%M:%S.%f")
    total += timedelta(hours=t.hour, minutes=t.minute, seconds=t.second, microseconds=t.microsecond)
print("total", total, "mean", total / len(steps), "in seconds", total.total_seconds())
print("ratio", round(timedelta(hours=1) / total, 4), total // timedelta(minutes=1), total % timedelta(minutes=1))
print(-RETENTION, abs(-RETENTION), RETENTION * 1.5, RETENTION // 7, bool(timedelta(0)))

local = NOW.astimezone(timezone(timedelta(hours=-5), "EST"))
print(local, local.utcoffset(), local.tzname(), local == NOW, local.strftime("%H:%M %z %Z"))
naive = datetime(2024, 3, 15, 9, 30)
print(naive.replace(tzinfo=timezone.utc) == NOW, naive == NOW, naive.timestamp() if False else "")
print(datetime.fromtimestamp(1710495000, tz=timezone.utc), NOW.timestamp(), datetime(1970, 1, 1, tzinfo=timezone.utc).timestamp())
print(date(2024, 2, 29) + timedelta(days=365), date(2024, 3, 1) - date(2023, 3, 1), date.fromisoformat("2024-03-15") == NOW.date())
