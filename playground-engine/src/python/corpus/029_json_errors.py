import json
for bad in ["{", "[1,]", "{'a': 1}", "", "[1] x", '{"a" 1}']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print("decode error:", e)
try:
    json.dumps({1, 2})
except TypeError as e:
    print(e)
