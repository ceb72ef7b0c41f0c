# Ranking runs: sort keys from operator, thresholds with bisect, a top-k heap.
import bisect, heapq, operator
from operator import itemgetter, attrgetter, methodcaller
runs = [{"name": "b", "loss": 0.3}, {"name": "a", "loss": 0.1}, {"name": "c", "loss": 0.3}]
print(sorted(runs, key=itemgetter("loss")), sorted(runs, key=itemgetter("loss", "name")), itemgetter(1)([5, 6]), itemgetter(0, 2)("xyz"))
class R:
    def __init__(self, n, cfg): self.n, self.cfg = n, cfg
class C:
    def __init__(self, lr): self.lr = lr
rs = [R("x", C(0.1)), R("y", C(0.01))]
print([r.n for r in sorted(rs, key=attrgetter("cfg.lr"))], attrgetter("n", "cfg.lr")(rs[0]), methodcaller("upper")("ab"), methodcaller("split", ",", maxsplit=1)("a,b,c"))
print(repr(itemgetter(1, "a")), repr(attrgetter("a.b")), repr(methodcaller("f", 1, k=2)), operator.add(2, 3), operator.mul("a", 3), operator.truediv(1, 4), operator.neg(5), operator.not_(0), operator.eq(1, 1.0), operator.contains([1], 1), operator.getitem({"k": 1}, "k"))
scores = [10, 20, 30, 40]
print(bisect.bisect_left(scores, 20), bisect.bisect_right(scores, 20), bisect.bisect(scores, 25), bisect.bisect_left(scores, 5, lo=1))
bisect.insort(scores, 25); bisect.insort_left(scores, 20); print(scores)
grades = "FDCBA"
print([grades[bisect.bisect([60, 70, 80, 90], s)] for s in [33, 99, 77, 70, 89, 90, 100]])
print(bisect.bisect_left([{"v": 1}, {"v": 5}], 3, key=itemgetter("v")))
h = []
for x in [5, 1, 8, 3, 9, 2, 7]:
    heapq.heappush(h, x)
print(h, heapq.heappop(h), h, heapq.heappushpop(h, 4), h, heapq.heapreplace(h, 10), h)
data = [9, 4, 7, 1, 8, 2, 2, 6]
heapq.heapify(data); print(data)
print(heapq.nlargest(3, [5, 1, 8, 3, 9]), heapq.nsmallest(2, runs, key=itemgetter("loss")), heapq.nlargest(2, runs, key=lambda r: r["loss"]))
for bad in [lambda: heapq.heappop([]), lambda: itemgetter(), lambda: attrgetter(1), lambda: itemgetter("zz")(runs[0]), lambda: heapq.heappush((), 1)]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
