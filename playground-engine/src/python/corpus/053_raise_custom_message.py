def check(path):
    if path.count("/") > 2:
        raise ValueError(f"Invalid artifact path: {path!r}")
    return path
print(check("a/b/c"))
check("a/b/c/d")
