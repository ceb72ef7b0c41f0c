# type() of a class is its metaclass: enum.EnumType (EnumMeta is the same class) for Enum,
# IntEnum, StrEnum and their subclasses; abc.ABCMeta for ABC, its subclasses and
# metaclass=ABCMeta classes; type for the rest. Both metaclasses subclass type.
import enum, abc
from enum import Enum, IntEnum, StrEnum
from abc import ABC, ABCMeta, abstractmethod
class Color(Enum):
    RED = 1
class Num(IntEnum):
    ONE = 1
class S(StrEnum):
    A = "a"
class Base(ABC):
    @abstractmethod
    def f(self): ...
class Base2(metaclass=ABCMeta):
    pass
class Plain: pass
print(type(Color), type(Num), type(S), type(Enum), type(IntEnum))
print(repr(type(Color)), type(Color).__name__, type(Color).__module__, type(Color).__qualname__)
print(type(Color) is enum.EnumMeta, type(Color) is enum.EnumType, enum.EnumType is enum.EnumMeta)
print(isinstance(Color, enum.EnumMeta), isinstance(Color, type), isinstance(Plain, enum.EnumMeta))
print(Color.__class__, Color.RED.__class__, Plain.__class__, type(Plain), type(type(Color)))
print(issubclass(enum.EnumMeta, type), enum.EnumMeta.__mro__, enum.EnumMeta.__bases__)
print(type(Base), type(Base2), type(ABC), Base.__class__, Base2.__class__)
print(isinstance(Base, ABCMeta), isinstance(Base2, ABCMeta), isinstance(Plain, ABCMeta), isinstance(Base, type))
print(type(Base) is abc.ABCMeta, ABCMeta.__mro__, issubclass(ABCMeta, type))
print(type(type), type(int), type(object), type(Color.RED))
print(type(Color) == enum.EnumType, {type(Color): 1})
class Sub(Base): 
    def f(self): return 1
print(type(Sub), type(Color) is type(Num))
