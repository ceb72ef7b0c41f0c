items = {"a": 1}
print(f"{items['a']}", f'{items["a"]}', f"{'x' + 'y'}", f"{len(items)} item{'s' if len(items) != 1 else ''}")
print(f"{3.0}", f"{1/3}", f"{[1, 'a']}", f"{None}", f"{True:>6}", f"{'tab':>6}")
