for c in [lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: 1.0 / 0, lambda: 5 // 0.0, lambda: 2.0 % 0, lambda: 0 ** -1, lambda: divmod(1, 0)]:
    try:
        c()
    except ZeroDivisionError as e:
        print(e)
