config = {"model": {"layers": [64, 32], "act": "relu"}, "lr": 0.001, "tags": ["a", "b"]}
print(config["model"]["layers"][-1], config["tags"][0], config.get("lr"))
config["model"]["layers"].append(16)
print(config)
matrix = [[i * j for j in range(3)] for i in range(3)]
print(matrix, matrix[2][1])
records = [{"name": "b", "v": 2}, {"name": "a", "v": 1}]
print(sorted(records, key=lambda r: r["name"]), [r["v"] for r in records if r["v"] > 1])
