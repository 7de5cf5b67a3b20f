"""Expected tokenizer errors, produced by running CPython 3.12 on each case as a file.

Regenerate with:  python3.12 error_cases.py > errors.expected
Each case is written to a temporary file and run as `python3.12 -S FILE` with a sys.excepthook
(installed through a sitecustomize on PYTHONPATH) that prints the SyntaxError's fields, so the
messages are those of running a file (not of compile() on a string).
Output, one case per line, tab-separated: name, hex(source), exception type, hex(utf-8 msg),
lineno, offset, end_lineno, end_offset, hex(utf-8 text without its line break); "-" for None.
"""
import os
import subprocess
import sys
import tempfile

CASES = [
    ("unterminated_string", b'x = "abc\n'),
    ("unterminated_string_single", b"x = 1\ny = 'abc\n"),
    ("unterminated_string_eof", b'x = "abc'),
    ("unterminated_triple", b'x = """abc\n\n'),
    ("unterminated_triple_later_line", b'a = 1\nx = (1, \'\'\'abc\ndef\n'),
    ("unterminated_fstring", b'x = f"abc\n'),
    ("unterminated_fstring_expr_part", b'x = f"abc{1}def\n'),
    ("unterminated_triple_fstring", b'x = f"""abc\n{1}\n'),
    ("line_continuation", b'x = 1 \\ y\n'),
    ("line_continuation_nonascii", b'x = "\xc3\xa9" \\ y\n'),
    ("line_continuation_nonascii_cookie", b'# coding: utf-8\nx = "\xc3\xa9" \\ y\n'),
    # Not covered: with a BOM CPython reports this error at a column off by the BOM's bytes and puts
    # U+FEFF into the error text (a CPython quirk we do not reproduce).
    ("unexpected_eof_backslash", b'x = 1 +\\'),
    ("unexpected_eof_backslash_newline", b'x = 1 +\\\n'),
    ("invalid_character", b'x = \xe2\x82\xac\n'),
    ("invalid_character_in_name", b'x = a\xe2\x82\xacb\n'),
    ("invalid_character_after_nonascii", b'\xc3\xa9 = \xe2\x82\xac\n'),
    ("invalid_nonprintable_nbsp", b'x = a\xc2\xa0b\n'),
    ("invalid_nonprintable_control", b'x = 1\x01\n'),
    ("invalid_nonprintable_escape_char", b'x = 1 \x1b\n'),
    ("invalid_decimal_trailing_underscore", b'x = 1_\n'),
    ("invalid_decimal_double_underscore", b'x = 1__0\n'),
    ("invalid_decimal_exponent_sign", b'x = 1e+\n'),
    ("invalid_decimal_letter", b'x = 1abc\n'),
    ("invalid_decimal_fraction_letter", b'x = 1.5x\n'),
    ("invalid_decimal_exponent_letter", b'x = 1.5e3q\n'),
    ("invalid_decimal_underscore_letter", b'x = 1_a\n'),
    ("invalid_hex_empty", b'x = 0x\n'),
    ("invalid_hex_digit", b'x = 0xg\n'),
    ("invalid_hex_trailing_underscore", b'x = 0x1_\n'),
    ("invalid_hex_letter_after", b'x = 0x1fz\n'),
    ("invalid_octal_digit", b'x = 0o8\n'),
    ("invalid_octal_digit_later", b'x = 0o17_9\n'),
    ("invalid_octal_empty", b'x = 0o\n'),
    ("invalid_octal_digit_after", b'x = 0o19\n'),
    ("invalid_binary_digit", b'x = 0b2\n'),
    ("invalid_binary_empty", b'x = 0b\n'),
    ("invalid_binary_digit_after", b'x = 0b12\n'),
    ("invalid_imaginary", b'x = 1jx\n'),
    ("leading_zeros", b'x = 0777\n'),
    ("leading_zeros_underscore", b'x = 0_7\n'),
    ("leading_zeros_many", b'x = 00012\n'),
    ("zero_underscore_letter", b'x = 0_a\n'),
    ("unmatched_paren", b')\n'),
    ("unmatched_paren_later", b'x = (1))\n'),
    ("unmatched_bracket", b'x = 1]\n'),
    ("mismatched_same_line", b'(]\n'),
    ("mismatched_other_line", b'(\n]\n'),
    ("mismatched_brace", b'x = {1: (2}\n'),
    ("never_closed", b'x = (1,\n 2\n'),
    ("never_closed_call", b'foo(\n'),
    ("never_closed_inner", b'x = [1, {2,\n'),
    ("never_closed_after_nonascii", b'x = "\xc3\xa9" + (1,\n'),
    ("never_closed_after_nonascii_cookie", b'# coding: latin-1\nx = "\xe9" + (1,\n'),
    ("never_closed_backslash", b'x = (1 +\\\n'),
    ("too_many_nested_parens", b'x = ' + b'(' * 201 + b')' * 201 + b'\n'),
    ("unindent_mismatch", b'if x:\n  y\n z\n'),
    ("unindent_mismatch_deeper", b'if a:\n    if b:\n        c\n      d\n'),
    ("unindent_mismatch_nonascii", b'if x:\n  y\n \xc3\xa9\xc3\xa9 = 1\n'),
    ("unindent_mismatch_nonascii_cookie", b'# coding: utf-8\nif x:\n  y\n \xc3\xa9\xc3\xa9 = 1\n'),
    ("tab_error_dedent", b'if x:\n\ty\n        z\n'),
    ("tab_error_indent", b'if x:\n        y\n\tz\n'),
    ("tab_error_new_indent", b'if x:\n    y\n\tz\n'),
    ("too_deep", b''.join(b' ' * i + b'if x:\n' for i in range(100)) + b' ' * 100 + b'pass\n'),
    ("fstring_single_close_brace", b"x = f'a}b'\n"),
    ("fstring_expecting_close", b"x = f'{a'\n"),
    ("fstring_expecting_close_triple", b"x = f'''{a'''\n"),
    ("fstring_unmatched_paren", b"x = f'{)}'\n"),
    ("fstring_unmatched_bracket_in_expr", b"x = f'{a]}'\n"),
    ("fstring_nested_too_deeply", b"x = f'{a:{b:{c:{d}}}}'\n"),
    ("fstring_expr_never_closed", b'x = f"{x'),
    ("fstring_expr_never_closed_newline", b'x = f"{x\n'),
    ("fstring_triple_expr_never_closed", b'x = f"""{x\n'),
    ("fstring_nested_spec_expecting_close", b'f"{x:{y"'),
    ("fstring_invalid_character", b'f"{\xe2\x82\xac}"\n'),
    ("triple_in_brackets_unterminated", b'x = (\n"""abc\n'),
    ("backslash_then_string_unterminated", b"x = 'a\\\n"),
    ("invalid_character_emoji", b'x = \xf0\x9f\x98\x80\n'),
    ("invalid_character_combining_start", b'x = \xcc\x81a\n'),
    ("invalid_character_degree_at_start", b'\xc2\xb0 = 1\n'),
    ("invalid_nonprintable_zero_width_space", b'x = \xe2\x80\x8b\n'),
    ("invalid_nonprintable_delete", b'x = 1\x7f\n'),
    ("mismatched_other_line_bracket", b'x = [\n  1,\n  2\n)\n'),
    ("tab_error_tab_then_spaces", b'def f():\n\tif x:\n        y\n'),
    ("invalid_decimal_exponent_empty", b'x = 0e\n'),
    ("invalid_decimal_fraction_underscore", b'x = 0.5_1_\n'),
    ("invalid_decimal_exponent_underscore", b'x = 1e1_\n'),
    ("too_many_nested_fstrings", b'x = ' + b'f"{' * 160 + b'1' + b'}"' * 160 + b'\n'),
    ("nul_byte", b'x = 1\ny = 2\x00\n'),
    ("non_utf8_no_cookie", b'x = 1\ny = "\xff"\n'),
    ("unknown_encoding", b'# coding: foo\nx = 1\n'),
    ("bom_with_latin1_cookie", b'\xef\xbb\xbf# coding: latin-1\nx = 1\n'),
    ("undecodable_with_ascii_cookie", b'# coding: ascii\nx = "\xc3\xa9"\n'),
    ("non_utf8_cookie_on_third_line", b'\n\n# coding: latin-1\nx = "\xe9"\n'),
    ("cookie_after_code_ignored", b'x = 1 # coding: latin-1\ny = "\xe9"\n'),
]

HOOK = '''import sys
def _hook(t, e, tb):
    if isinstance(e, SyntaxError):
        print(repr((t.__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, e.text)))
    else:
        print(repr((t.__name__, str(e), None, None, None, None, None)))
sys.excepthook = _hook
'''


def hx(s):
    return "-" if s is None else (s.encode("utf-8", "surrogateescape").hex() or "=")


def main():
    with tempfile.TemporaryDirectory() as d:
        with open(os.path.join(d, "sitecustomize.py"), "w") as f:
            f.write(HOOK)
        for name, src in CASES:
            path = os.path.join(d, "case.py")
            with open(path, "wb") as f:
                f.write(src)
            env = dict(os.environ, PYTHONPATH=d)
            out = subprocess.run([sys.executable, path], capture_output=True, env=env).stdout.decode()
            if not out.startswith("("):
                raise SystemExit(f"{name}: no error from CPython: {out!r}")
            t, msg, line, off, eline, eoff, text = eval(out)
            if t not in ("SyntaxError", "IndentationError", "TabError"):
                raise SystemExit(f"{name}: expected a SyntaxError, got {t}: {msg}")
            msg = msg.replace(path, "FILE")
            if text is not None:
                text = text.rstrip("\n")
            fields = [name, src.hex() or "=", t, hx(msg)] + [
                "-" if v is None else str(v) for v in (line, off, eline, eoff)] + [hx(text)]
            print("\t".join(fields))


if __name__ == "__main__":
    main()
