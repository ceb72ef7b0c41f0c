import json
data = {"name": "clf", "version": 3, "ok": True, "score": 0.5, "tags": ["a", "b"], "none": None}
s = json.dumps(data)
print(s)
print(json.dumps(data, indent=2, sort_keys=True))
back = json.loads(s)
print(back == data, back["tags"], type(back["version"]).__name__, type(back["score"]).__name__)
print(json.loads("[1, 2.0, \"x\", null, true]"), json.dumps("é"), json.dumps([1, (2, 3)]), json.dumps({1: 2}))
