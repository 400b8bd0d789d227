import { describe, expect, it } from "vitest";
import { MAX_RETRY_AFTER_SECONDS, retryAfterSeconds } from "../../server/proxy/retry-after.js";

describe("retryAfterSeconds", () => {
  const now = Date.parse("2026-11-25T12:00:00Z");

  it("reads delta-seconds", () => {
    expect(retryAfterSeconds("120", now)).toBe(120);
    expect(retryAfterSeconds(" 0 ", now)).toBe(0);
  });

  it("turns an HTTP date into the seconds from now, never negative", () => {
    expect(retryAfterSeconds("Wed, 25 Nov 2026 12:01:30 GMT", now)).toBe(90);
    expect(retryAfterSeconds("Wed, 25 Nov 2026 11:00:00 GMT", now)).toBe(0);
  });

  it(`caps both at ${MAX_RETRY_AFTER_SECONDS} s, however large`, () => {
    expect(retryAfterSeconds("99999999999999999999999", now)).toBe(MAX_RETRY_AFTER_SECONDS);
    expect(retryAfterSeconds(String(MAX_RETRY_AFTER_SECONDS + 1), now)).toBe(MAX_RETRY_AFTER_SECONDS);
    expect(retryAfterSeconds(String(MAX_RETRY_AFTER_SECONDS), now)).toBe(MAX_RETRY_AFTER_SECONDS);
    expect(retryAfterSeconds(`${"9".repeat(100_000)}`, now)).toBe(MAX_RETRY_AFTER_SECONDS);
    expect(retryAfterSeconds("Fri, 31 Dec 9999 23:59:59 GMT", now)).toBe(MAX_RETRY_AFTER_SECONDS);
  });

  it("ignores what is neither", () => {
    for (const value of [null, "", "soon", "-5", "1.5", "2026-11-25T12:01:30Z", "Wed, 32 Nov 2026 12:01:30 GMT"]) expect(retryAfterSeconds(value, now)).toBeUndefined();
  });
});
