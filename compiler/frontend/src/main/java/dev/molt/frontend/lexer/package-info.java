/**
 * The tokenizer: CPython 3.12's Parser/tokenizer.c behaviour, in Java.
 *
 * <p>{@link dev.molt.frontend.lexer.SourceText} decodes bytes as CPython does when it runs a file
 * (BOM, PEP 263 cookie, universal newlines, the same error messages); {@link
 * dev.molt.frontend.lexer.Lexer} produces tokens on demand with CPython's positions (UTF-8 byte
 * columns) and errors; {@link dev.molt.frontend.lexer.StringLiterals} turns STRING and
 * FSTRING_MIDDLE tokens into values.
 *
 * <p>Deliberate CPython quirks kept, because diagnostics are compared with {@code python3.12 file.py}:
 * errors that CPython's parser raises from the tokenizer's state (indentation, line continuation,
 * unclosed brackets, string decoding) carry UTF-8 byte offsets unless the file declares its
 * encoding ({@link dev.molt.frontend.lexer.SourceText#declaresEncoding()}); "leading zeros" reports
 * byte offsets always; errors raised inside the tokenizer itself count characters.
 *
 * <p>A file that declares UTF-8 (BOM or cookie) but holds undecodable bytes is not rejected up
 * front, as in CPython: the bytes stay in the text as lone surrogates ({@code
 * Utf8Bytes}), count one byte each in columns, and the string literal or
 * name holding them fails with Python's UTF-8 decoder message; in comments they are harmless.
 *
 * <p>Known gaps: a line whose string literal and a later name both hold undecodable bytes makes
 * CPython raise a bare UnicodeDecodeError (its second parser pass reaches the name); Molt reports
 * the literal's SyntaxError. A {@code \N{...}} name is looked up in the JDK's Unicode tables plus the common
 * control-character aliases (CPython knows all formal aliases and Unicode 15 names); two escaped
 * surrogates that form a pair ({@code "\ud83d\ude00"}) become one code point because a Java String
 * cannot tell them apart; NFKC uses the JDK's Unicode version.
 */
package dev.molt.frontend.lexer;
