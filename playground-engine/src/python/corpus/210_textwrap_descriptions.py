import textwrap
t = "The quick brown fox jumps over the lazy dog. A well-known sentence-ending test, with hyphenated-words and a verylongwordthatshouldbebrokenacrosslines for sure."
for w in [10, 20, 33, 70]:
    print(textwrap.wrap(t, w))
print(textwrap.fill(t, 25, initial_indent="* ", subsequent_indent="  "))
print(textwrap.shorten(t, 40), textwrap.shorten("Hello  world!", width=12), textwrap.shorten("Hello world", 11))
print(repr(textwrap.dedent("""
    def f():
        return 1
    """)), textwrap.indent("a\n\nb\n", "> "), textwrap.wrap("a--b c -- d", 3), textwrap.wrap("", 5), textwrap.wrap("x\ty", 5))
print(textwrap.wrap(t, 15, break_long_words=False), textwrap.wrap(t, 15, break_on_hyphens=False), textwrap.wrap(t, 30, max_lines=2))
