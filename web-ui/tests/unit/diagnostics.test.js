// Expected layouts are what `python3.12 FILE` prints for the same errors (checked by hand):
//   File "bad.py", line 2 /     x = (1 + /         ^ / SyntaxError: '(' was never closed
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { layoutDiagnostic } from '../../src/diagnostics.js';

test('caret under the column, source line trimmed as CPython does', () => {
  const d = layoutDiagnostic({ kind: 'SyntaxError', message: "'(' was never closed", filename: 'bad.py',
    line: 2, column: 9, sourceLine: '    x = (1 +' });
  assert.equal(d.location, 'File "bad.py", line 2');
  assert.equal(d.source, 'x = (1 +');
  assert.equal(d.caretPad + d.carets, '    ^');
  assert.equal(d.summary, "SyntaxError: '(' was never closed");
});

test('a span on one line gets one caret per column', () => {
  // Columns 7 to 10 (1-based, end exclusive) cover `a b`: six spaces, then three carets.
  const d = layoutDiagnostic({ kind: 'SyntaxError', message: 'invalid syntax', filename: 'a.py',
    line: 1, column: 7, endLine: 1, endColumn: 10, sourceLine: 'print(a b c)' });
  assert.equal(d.caretPad + d.carets, '      ^^^');
});

test('no position: no carets', () => {
  const d = layoutDiagnostic({ kind: 'unsupported', message: 'eval() (dynamic code)' });
  assert.equal(d.location, '');
  assert.equal(d.carets, '');
  assert.equal(d.summary, 'unsupported: eval() (dynamic code)');
});

test('a message that already starts with its kind is not prefixed twice', () => {
  // what the lower stage sends for an import it cannot resolve (seen from the real API)
  const d = layoutDiagnostic({ kind: 'unsupported', message: "unsupported: import of module 'shapes'",
    filename: 'main.py', line: 2, column: 1, endLine: 2, endColumn: 35,
    sourceLine: 'from shapes import Rect, total_area' });
  assert.equal(d.summary, "unsupported: import of module 'shapes'");
  assert.equal(d.caretPad + d.carets, '^'.repeat(34));
});
