import os
for c in [lambda: "s".nope, lambda: [].push(1), lambda: None.x, lambda: os.nothing, lambda: (1).real.foo, lambda: {}.has_key("a")]:
    try:
        c()
    except AttributeError as e:
        print(e)
