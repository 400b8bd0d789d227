/** 1-based line and column of an offset, counting columns in UTF-16 code units as editors and Peggy do. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * The line of `text` that holds `offset`, with a caret under it, for terminals and logs:
 *
 *     userName foo "x"
 *              ^
 */
export function codeFrame(text: string, offset: number): string {
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  const newline = text.indexOf("\n", offset);
  const lineText = text.slice(lineStart, newline === -1 ? text.length : newline);
  // Keep the caret aligned under tabs.
  const pad = lineText.slice(0, offset - lineStart).replace(/[^\t]/g, " ");
  return `${lineText}\n${pad}^`;
}
