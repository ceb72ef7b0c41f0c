# Single and multiple inheritance, C3 MRO and cooperative super().
class Base:
    def __init__(self, name):
        self.name = name
        self.log = ["Base"]

    def describe(self):
        return f"{type(self).__name__}({self.name})"


class Loggable(Base):
    def __init__(self, name):
        super().__init__(name)
        self.log.append("Loggable")

    def describe(self):
        return "log:" + super().describe()


class Versioned(Base):
    def __init__(self, name):
        super().__init__(name)
        self.log.append("Versioned")

    def describe(self):
        return "ver:" + super().describe()


class ModelArtifact(Loggable, Versioned):
    def __init__(self, name, version):
        super().__init__(name)
        self.version = version
        self.log.append("ModelArtifact")


m = ModelArtifact("clf", 3)
print([c.__name__ for c in ModelArtifact.__mro__])
print(m.log)
print(m.describe())
print(issubclass(ModelArtifact, Base), issubclass(Base, ModelArtifact), issubclass(ModelArtifact, (int, Versioned)))
print(isinstance(m, (Loggable, str)), ModelArtifact.__bases__ == (Loggable, Versioned))
print(super(Loggable, m).describe())


class A:
    def who(self):
        return "A"


class B(A):
    pass


class C(A):
    def who(self):
        return "C"


class D(B, C):
    pass


print(D().who(), [k.__name__ for k in D.__mro__])

try:
    class Bad(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)
