# Decorators with and without arguments, as utility scripts write them.


def log_calls(fn):
    def wrapper(*args, **kwargs):
        print(f"-> {fn.__name__}{args}")
        result = fn(*args, **kwargs)
        print(f"<- {fn.__name__} = {result!r}")
        return result
    return wrapper


def retry(times=3, exceptions=(ValueError,)):
    def decorate(fn):
        def wrapper(*args, **kwargs):
            last = None
            for attempt in range(1, times + 1):
                try:
                    return fn(*args, **kwargs)
                except exceptions as e:
                    last = e
                    print(f"attempt {attempt} failed: {e}")
            raise RuntimeError(f"{fn.__name__} failed {times} times") from last
        wrapper.__name__ = fn.__name__
        wrapper.__doc__ = fn.__doc__
        wrapper.__wrapped__ = fn
        return wrapper
    return decorate


calls = {"n": 0}


@retry(times=3)
def flaky(x):
    """Fails twice, then works."""
    calls["n"] += 1
    if calls["n"] < 3:
        raise ValueError(f"boom {calls['n']}")
    return x * 2


@log_calls
def add(a, b=1):
    return a + b


print(flaky(21), flaky.__name__, flaky.__doc__, flaky.__wrapped__.__name__)
add(2, b=5)
print(add.__name__, add.__qualname__)


def register(registry):
    def deco(cls):
        registry[cls.__name__.lower()] = cls
        return cls
    return deco


HANDLERS = {}


@register(HANDLERS)
class ModelHandler:
    pass


@register(HANDLERS)
class DatasetHandler:
    pass


print(sorted(HANDLERS), HANDLERS["modelhandler"].__name__)


def count_calls(fn):
    def inner(*a):
        inner.calls += 1
        return fn(*a)
    inner.calls = 0
    return inner


@count_calls
@log_calls
def square(x):
    return x * x


square(3)
square(4)
print(square.calls, square.__name__)
print(flaky(1))
