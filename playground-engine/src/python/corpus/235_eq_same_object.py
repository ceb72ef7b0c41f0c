# `x == x` calls the class's __eq__ (the operator has no identity shortcut); containers,
# `in`, list equality and dict lookups take identity as equality first.
class Never:
    def __eq__(self, other):
        return False

    __hash__ = object.__hash__


class Plain:
    pass


n, p = Never(), Plain()
print(n == n, n != n, n in [n], [n] == [n], {n: 1}[n], n is n)
print(p == p, p != p, p in (p,))
print([x == x for x in (1, "a", None, float("nan"))])
