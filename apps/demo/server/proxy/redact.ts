// Keeping the token out of what the browser gets. Redaction runs on decoded text — every string of a
// parsed JSON answer, after JSON.parse has undone \uXXXX and \/ escapes — and looks for every spelling of
// the secret an upstream may echo: the token as sent, without padding or base64url, percent-encoded,
// its decoded `id:secret` and the parts of it, and any of these still escaped inside a string.

export const REDACTED = "[redacted]";

/** Parts shorter than this are not treated as secrets on their own (they would match ordinary text). */
const MIN_PART_LENGTH = 6;

/** The spellings of `token` to remove from decoded text, longest first. */
export function secretForms(token: string): string[] {
  if (token === "") return [];
  const forms = new Set<string>([token, token.replace(/=+$/, ""), token.replace(/=+$/, "").replaceAll("+", "-").replaceAll("/", "_")]);
  const bytes = Buffer.from(token, "base64");
  const decoded = bytes.toString("utf8");
  // A Studio token is base64 of `id:secret`: when it decodes to text, that text and its parts are secrets too.
  if (bytes.length > 0 && Buffer.from(decoded, "utf8").equals(bytes) && !decoded.includes("\uFFFD")) {
    forms.add(decoded);
    for (const part of decoded.split(":")) {
      if (part.length >= MIN_PART_LENGTH) {
        forms.add(part);
        forms.add(Buffer.from(part, "utf8").toString("base64").replace(/=+$/, ""));
      }
    }
  }
  for (const form of [...forms]) forms.add(encodeURIComponent(form));
  return [...forms].filter((form) => form.length > 0).sort((a, b) => b.length - a.length);
}

/** Undoes \uXXXX, \/ and \" escapes left inside a string (JSON text in JSON, or an escaped echo). */
function jsonUnescaped(text: string): string {
  return text.replace(/\\u([0-9a-fA-F]{4})|\\([/"\\])/g, (_match, hex: string | undefined, char: string | undefined) => (hex === undefined ? (char as string) : String.fromCharCode(parseInt(hex, 16))));
}

/** Undoes percent-encoding, leniently (a stray % stays). */
function percentDecoded(text: string): string {
  return text.replace(/(?:%[0-9a-fA-F]{2})+/g, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run.replace(/%([0-9a-fA-F]{2})/g, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    }
  });
}

/** Removes every secret form from one decoded string; a string that hides one in an escape is replaced whole. */
export function redactString(text: string, forms: readonly string[]): string {
  let redacted = text;
  for (const form of forms) if (redacted.includes(form)) redacted = redacted.split(form).join(REDACTED);
  // Cheap test first: escapes need a backslash or a percent sign.
  if (!redacted.includes("\\") && !redacted.includes("%")) return redacted;
  const unescaped = jsonUnescaped(redacted);
  const variants = [unescaped, percentDecoded(redacted), percentDecoded(unescaped), jsonUnescaped(percentDecoded(redacted))];
  return variants.some((variant) => forms.some((form) => variant.includes(form))) ? REDACTED : redacted;
}

/**
 * Every string of a parsed JSON value with the secret removed — object keys too — walked without
 * recursion (an upstream's answer may be nested deeper than the stack). Changes the value in place (it is
 * the proxy's own parse) and returns it.
 */
export function redactJson(value: unknown, forms: readonly string[]): unknown {
  if (forms.length === 0) return value;
  const root: Record<string, unknown> = { value };
  const pending: [Record<string, unknown> | unknown[], string | number][] = [[root, "value"]];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [holder, key] = next;
    const item = (holder as Record<string | number, unknown>)[key];
    if (typeof item === "string") {
      (holder as Record<string | number, unknown>)[key] = redactString(item, forms);
    } else if (Array.isArray(item)) {
      for (let index = 0; index < item.length; index++) pending.push([item, index]);
    } else if (typeof item === "object" && item !== null) {
      const record = item as Record<string, unknown>;
      for (const name of Object.keys(record)) {
        const clean = redactString(name, forms);
        if (clean !== name) {
          record[clean] = record[name];
          delete record[name];
        }
        pending.push([record, clean]);
      }
    }
  }
  return root.value;
}
