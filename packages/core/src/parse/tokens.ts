// Finds the tokens around an error position so messages can say what came before and what was found.

const MAX_TOKEN_LENGTH = 40;
const WORD_CHAR = /[A-Za-z0-9_\-.:$]/;

function shorten(token: string): string {
  return token.length > MAX_TOKEN_LENGTH ? `${token.slice(0, MAX_TOKEN_LENGTH - 1)}…` : token;
}

/** Where the string whose contents start at `offset` ends: its closing quote, or past the text when unterminated. */
export function closingQuote(text: string, offset: number): number {
  let end = offset;
  while (end < text.length && text[end] !== '"') end += text[end] === "\\" ? 2 : 1;
  return end;
}

/** The whole token that starts at `offset`, however long, or null at the end of the text. */
export function wholeTokenAt(text: string, offset: number): string | null {
  if (offset >= text.length) return null;
  const first = text[offset] as string;
  let end = offset + 1;
  if (first === '"') {
    end = Math.min(closingQuote(text, end) + 1, text.length);
  } else if (WORD_CHAR.test(first)) {
    while (end < text.length && WORD_CHAR.test(text[end] as string)) end += 1;
  } else {
    const codePoint = text.codePointAt(offset) as number;
    end = offset + (codePoint > 0xffff ? 2 : 1);
  }
  return text.slice(offset, end);
}

/** The token that starts at `offset`, shortened for messages, or null at the end of the text. */
export function tokenAt(text: string, offset: number): string | null {
  const token = wholeTokenAt(text, offset);
  return token === null ? null : shorten(token);
}

/** The last token that ends before `offset`, whitespace skipped, or null when there is none. */
export function tokenBefore(text: string, offset: number): string | null {
  let end = offset;
  while (end > 0 && /\s/.test(text[end - 1] as string)) end -= 1;
  if (end === 0) return null;
  const last = text[end - 1] as string;
  let start = end - 1;
  if (last === '"') {
    // Walk back to the opening quote, skipping escaped quotes.
    start -= 1;
    while (start > 0 && !(text[start] === '"' && text[start - 1] !== "\\")) start -= 1;
    if (start < 0) start = 0;
  } else if (WORD_CHAR.test(last)) {
    while (start > 0 && WORD_CHAR.test(text[start - 1] as string)) start -= 1;
  }
  const token = text.slice(start, end);
  return token.length > MAX_TOKEN_LENGTH ? `…${token.slice(-(MAX_TOKEN_LENGTH - 1))}` : token;
}
