samples = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "new\nline", "back\\slash", "\x00\x7f", "é", "\u200b", "😀"]
for s in samples:
    print(repr(s), ascii(s), len(s))
