// SCIM dateTime values as Staffbase documents them: `2022-05-30`, `2022-05-30T10:00`,
// `2022-05-30T10:00:00.000Z`; seconds without milliseconds and explicit offsets are accepted too.
// A date alone is the start of that day; a date-time without a zone is UTC, never the host's clock.

const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|z|[+-]\d{2}:?\d{2})?)?$/;

export type DatePrecision = "day" | "minute" | "second" | "millisecond";

export type ParsedDate =
  | { ok: true; /** milliseconds since the epoch */ time: number; precision: DatePrecision; hasZone: boolean }
  | { ok: false; message: string };

export const DATE_FORMATS_HINT = 'use 2022-05-30, 2022-05-30T10:00 or 2022-05-30T10:00:00.000Z';

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function parseFilterDate(text: string): ParsedDate {
  const match = DATE_TIME.exec(text);
  if (match === null) return { ok: false, message: `"${text}" is not a date or date-time: ${DATE_FORMATS_HINT}` };
  const [, y, mo, d, h, mi, s, fraction, zone] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12) return { ok: false, message: `"${text}" has no month ${mo}` };
  if (day < 1 || day > daysInMonth(year, month)) return { ok: false, message: `"${text}" has no day ${d} in that month` };
  const hour = Number(h ?? 0);
  const minute = Number(mi ?? 0);
  const second = Number(s ?? 0);
  if (hour > 23 || minute > 59 || second > 59) return { ok: false, message: `"${text}" has an invalid time of day` };
  const millisecond = fraction === undefined ? 0 : Math.floor(Number(`0.${fraction}`) * 1000);

  let offsetMinutes = 0;
  if (zone !== undefined && zone.toUpperCase() !== "Z") {
    const digits = zone.replace(":", "");
    const zoneHours = Number(digits.slice(1, 3));
    const zoneMinutes = Number(digits.slice(3, 5));
    if (zoneHours > 23 || zoneMinutes > 59) return { ok: false, message: `"${text}" has an invalid time-zone offset ${zone}` };
    offsetMinutes = (zoneHours * 60 + zoneMinutes) * (digits.startsWith("-") ? -1 : 1);
  }
  // Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear does not.
  const date = new Date(Date.UTC(2000, month - 1, day, hour, minute, second, millisecond));
  date.setUTCFullYear(year);
  const precision: DatePrecision =
    h === undefined ? "day" : s === undefined ? "minute" : fraction === undefined ? "second" : "millisecond";
  return { ok: true, time: date.getTime() - offsetMinutes * 60_000, precision, hasZone: zone !== undefined };
}
