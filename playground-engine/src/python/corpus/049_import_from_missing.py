from os import path
print(path.join("a", "b"))
try:
    from json import nothing_here
except ImportError as e:
    print(type(e).__name__, e.args[0][:38])
from os.path import join, exists
print(join("x", "y"), exists("nope"))
import os.path as osp
print(osp.basename("/a/b.txt"))
