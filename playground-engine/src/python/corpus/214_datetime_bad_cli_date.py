# A promotion script that takes --since as a date and fails on the reader's format.
import argparse
from datetime import date, datetime, timedelta

parser = argparse.ArgumentParser(prog="promote")
parser.add_argument("--since", default="2024-03-01")
parser.add_argument("--days", type=int, default=7)
args = parser.parse_args(["--since", "2024-03-01", "--days", "3"])

since = date.fromisoformat(args.since)
until = since + timedelta(days=args.days)
print(f"window {since} .. {until} ({(until - since).days} days)")
print(repr(since), since.year, since.month, since.day, since.isoweekday(), since.strftime("%B %d"))

def parse_when(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%d %H:%M")

print(parse_when("2024-03-02 07:15"))
print(parse_when("03/02/2024 07:15"))
