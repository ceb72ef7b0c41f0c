import os
import os.path
from os.path import join as pjoin
print(os.path.join("a", "b", "c.txt"), os.path.join("/abs", "x"), os.path.join("a/", "b"), pjoin("x", "y"))
print(os.path.basename("dir/file.txt"), os.path.dirname("dir/sub/file.txt"), os.path.splitext("model.tar.gz"))
print(os.environ.get("CORPUS_VAR"), os.environ.get("NOT_SET_VAR", "fallback"), os.getenv("NOT_SET_VAR"))
print(os.path.exists("no_such_file.txt"), "CORPUS_VAR" in os.environ)
