# A plugin registry built with __init_subclass__, as exporters in CI scripts do.
class Exporter:
    registry = {}

    def __init_subclass__(cls, kind=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.kind = kind or cls.__name__.lower()
        Exporter.registry[cls.kind] = cls

    def export(self, name):
        return f"{self.kind}:{name}"


class ModelExporter(Exporter, kind="model"):
    pass


class DatasetExporter(Exporter):
    def export(self, name):
        return super().export(name).upper()


class OnnxExporter(ModelExporter, kind="onnx"):
    pass


print(sorted(Exporter.registry))
for kind, cls in sorted(Exporter.registry.items()):
    print(kind, cls.__name__, cls().export("resnet"))
print(OnnxExporter.kind, ModelExporter.kind, issubclass(OnnxExporter, Exporter))


class Strict:
    def __init_subclass__(cls):
        if not hasattr(cls, "run"):
            raise TypeError(f"{cls.__name__} must define run()")


class Good(Strict):
    def run(self):
        return "ok"


print(Good().run())


class Bad(Strict):
    pass
