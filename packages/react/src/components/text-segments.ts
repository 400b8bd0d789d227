// Splits a text into plain runs and marked runs, for highlighting clauses by their source spans.
import type { Span } from "@scim-filter/core";

/** One run of the text: marked by `mark`, or plain (`mark` null). */
export interface TextSegment<T> {
  /** Offset of the run in the text (unique, so it can serve as a React key). */
  start: number;
  text: string;
  mark: T | null;
}

/**
 * Cuts `text` at the marks' spans; the runs, joined, are the text again. Spans are clamped to the text
 * and empty ones dropped (implicit clauses sit at 0:0). Marks never nest, so every mark stays one run:
 * a span inside an earlier one is dropped and a span overlapping an earlier one keeps only its rest.
 */
export function segmentText<T extends { span: Span }>(text: string, marks: readonly T[]): TextSegment<T>[] {
  const clamp = (offset: number) => Math.min(Math.max(offset, 0), text.length);
  // Outer spans before the spans they contain: by start, then the longer first.
  const sorted = marks
    .map((mark) => ({ mark, start: clamp(mark.span.start), end: clamp(mark.span.end) }))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const segments: TextSegment<T>[] = [];
  let cursor = 0;
  for (const { mark, end, ...rest } of sorted) {
    const start = Math.max(rest.start, cursor);
    if (start >= end) continue;
    if (start > cursor) segments.push({ start: cursor, text: text.slice(cursor, start), mark: null });
    segments.push({ start, text: text.slice(start, end), mark });
    cursor = end;
  }
  if (cursor < text.length) segments.push({ start: cursor, text: text.slice(cursor), mark: null });
  return segments;
}
