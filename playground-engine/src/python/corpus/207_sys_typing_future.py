from __future__ import annotations

import sys
from typing import Any, Callable, Dict, List, Optional, Tuple, Union, cast, TYPE_CHECKING

if TYPE_CHECKING:
    import torch

Metrics = Dict[str, float]

def summarize(metrics: Metrics, keys: Optional[List[str]] = None) -> Tuple[str, ...]:
    chosen = keys or sorted(metrics)
    return tuple(f"{k}={metrics[k]:.2f}" for k in chosen)

def apply(fn: Callable[[int], int], x: Union[int, str]) -> Any:
    return fn(cast(int, x))

print(summarize({"acc": 0.91, "loss": 0.2}), apply(lambda v: v * 2, 21))
print(sys.version_info[:2], sys.version_info.major, sys.version_info >= (3, 8), sys.version_info < (3, 12), tuple(sys.version_info)[:3])
print(sys.platform, type(sys.argv).__name__, sys.maxsize, sys.byteorder, sys.version.split()[0][:2])
print(Optional[int], Dict[str, Any], List[int], Union[int, str], Optional[List[str]], Union[int, None], Union[int])
print(sys.stdout.write("written\n"), sys.stdout.isatty() in (True, False))
sys.stdout.flush()
def main(argv: list[str] | None = None) -> int:
    print("main", argv)
    return 0
print(main(["--x"]))
sys.exit(3)
