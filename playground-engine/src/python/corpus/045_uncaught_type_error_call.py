def link(artifact, target_path, aliases=None):
    return target_path
print(link("a", "b"))
link("a", target="b")
