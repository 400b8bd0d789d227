/** The longest wait passed on: an upstream asking for more (or for 10^23 s) is told to the browser as this. */
export const MAX_RETRY_AFTER_SECONDS = 3600;

/**
 * Seconds to wait from a Retry-After header (RFC 9110 §10.2.3): delta-seconds or an HTTP date, which
 * becomes the seconds from `now` (at least 0), capped at MAX_RETRY_AFTER_SECONDS. Anything else is undefined.
 */
export function retryAfterSeconds(value: string | null, now = Date.now()): number | undefined {
  if (value === null) return undefined;
  const text = value.trim();
  // Digits only, so a long run is a large number: no need to read it past the cap.
  if (/^\d+$/.test(text)) return text.length > 6 ? MAX_RETRY_AFTER_SECONDS : Math.min(Number(text), MAX_RETRY_AFTER_SECONDS);
  // An HTTP date names its weekday and GMT; Date.parse alone would accept many other shapes.
  if (!/^[A-Za-z]{3}, \d{2} [A-Za-z]{3} \d{4} \d{2}:\d{2}:\d{2} GMT$/.test(text)) return undefined;
  const time = Date.parse(text);
  return Number.isNaN(time) ? undefined : Math.min(MAX_RETRY_AFTER_SECONDS, Math.max(0, Math.ceil((time - now) / 1000)));
}
