name = "clf"
v = 3
pi = 3.14159265
print(f"{name}:v{v}", f"{name!r}", f"{pi:.2f}", f"{pi:10.3f}|", f"{v:03d}", f"{v:>5}|{v:<5}|{v:^5}|")
print(f"{1234567:,}", f"{1234567.891:,.2f}", f"{0.25:.1%}", f"{255:x} {255:X} {255:#x} {255:b} {255:o}")
print(f"{name=}", f"{v * 2 = }", f"{'nested'}", f"{{literal}}", f"{pi:e}", f"{pi:g}", f"{1e-7:g}")
w = 8
print(f"{name:>{w}}|", f"{name:*^{w}}|", f"{-5:+d} {5:+d} {5: d}")
