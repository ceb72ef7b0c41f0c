for exc in [KeyError("k"), IndexError("i"), ZeroDivisionError("z"), FileNotFoundError("f"), ModuleNotFoundError("m"), NotImplementedError("n")]:
    try:
        raise exc
    except LookupError:
        print("lookup", type(exc).__name__)
    except ArithmeticError:
        print("arith", type(exc).__name__)
    except OSError:
        print("os", type(exc).__name__)
    except ImportError:
        print("import", type(exc).__name__)
    except RuntimeError:
        print("runtime", type(exc).__name__)
print(issubclass(KeyError, LookupError), isinstance(ValueError("x"), Exception))
