from __future__ import annotations


class Node:
    children: list[Node]

    def __init__(self, name: str, parent: Node | None = None) -> None:
        self.name = name
        self.parent = parent

    def path(self) -> str:
        return self.name if self.parent is None else f"{self.parent.path()}/{self.name}"


def build(names: list[str]) -> Node:
    node: Node | None = None
    for n in names:
        node = Node(n, node)
    return node


print(build(["wandb-registry-model", "churn", "v0"]).path())
print(Node.__annotations__, build.__annotations__)
print(Node.__init__.__annotations__)
x: UndefinedButLazy = 1  # noqa: F821
print(__annotations__, x)
