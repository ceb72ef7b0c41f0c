import math
print(math.pi, math.e, math.tau, math.inf, math.sqrt(2), math.floor(2.7), math.ceil(-2.5), math.trunc(-2.5), math.floor(5))
print(math.log(100, 10), math.log(8, 2), math.log(math.e), math.log2(1024), math.log10(0.001), math.exp(1), math.pow(2, 10))
print(math.isclose(0.1 + 0.2, 0.3), math.isfinite(1e308), math.isinf(math.inf), math.isnan(math.nan), math.fabs(-3))
print(math.factorial(20), math.gcd(12, 18, 24), math.lcm(4, 6), math.comb(10, 3), math.perm(5, 2), math.prod([1, 2, 3, 4]), math.prod([0.5, 4]))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.hypot(3, 4), math.dist((0, 0), (3, 4)), math.degrees(math.pi), math.radians(180))
print(math.isqrt(99), math.copysign(3, -0.0), math.fmod(7, 3), math.modf(3.5), math.frexp(8.0), math.ldexp(0.5, 4), math.atan2(1, 1))
print(math.ceil(1e20), math.log(2**2000), math.sin(0), math.cos(0))
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1), lambda: math.factorial(2.5), lambda: math.sqrt("x"), lambda: math.floor(math.inf), lambda: math.exp(1000)]:
    try:
        bad()
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
def lr_schedule(step, warmup=100, total=1000, base=0.1):
    if step < warmup:
        return base * step / warmup
    progress = (step - warmup) / (total - warmup)
    return base * 0.5 * (1 + math.cos(math.pi * progress))
print([round(lr_schedule(s), 6) for s in (0, 50, 100, 550, 1000)])
math.log(-1)
