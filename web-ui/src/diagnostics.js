// Diagnostics as CPython prints them: the file and line, the offending source line, carets under
// the reported columns, then "Kind: message". The server also sends its own rendering; the page
// builds it from the structured fields so it can mark the caret span up.

/**
 * @param {{kind?: string, message: string, filename?: string, line?: number, column?: number,
 *          endLine?: number, endColumn?: number, sourceLine?: string}} d
 * @returns {{location: string, source: string, caretPad: string, carets: string, summary: string}}
 */
export function layoutDiagnostic(d) {
  const location = d.filename ? `File "${d.filename}", line ${d.line ?? '?'}` : '';
  const raw = d.sourceLine ?? '';
  const indent = raw.length - raw.trimStart().length;
  const source = raw.trim();
  let caretPad = '';
  let carets = '';
  if (source && d.column > 0) {
    // Columns are 1-based and count from the start of the untrimmed line, like CPython's.
    const start = Math.max(0, d.column - 1 - indent);
    const sameLine = !d.endLine || d.endLine === d.line;
    const end = sameLine && d.endColumn > d.column ? d.endColumn - 1 - indent : start + 1;
    caretPad = ' '.repeat(Math.min(start, source.length));
    carets = '^'.repeat(Math.max(1, Math.min(end, source.length + 1) - start));
  }
  // Molt's own compile errors carry their kind in the message already ("unsupported: …").
  const summary = d.kind && !d.message.startsWith(`${d.kind}: `) ? `${d.kind}: ${d.message}` : d.message;
  return { location, source, caretPad, carets, summary };
}
