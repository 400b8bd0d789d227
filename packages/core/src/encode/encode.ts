import type { Filter } from "../ast.js";
import { formatFilter } from "../format/format.js";

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * The value for a `filter=` query parameter: every character that is not unreserved in a URL is
 * percent-encoded as UTF-8 (space → %20, `"` → %22, `&`, `#`, `+`, `%` …); parentheses stay readable,
 * as in Staffbase's own example. A parsed filter is written in canonical form first.
 */
export function encodeFilter(filter: Filter | string): string {
  const text = typeof filter === "string" ? filter : formatFilter(filter);
  if (LONE_SURROGATE.test(text)) {
    throw new TypeError("The filter text contains an unpaired UTF-16 surrogate, which cannot be URL-encoded; escape it as \\uXXXX inside a string");
  }
  return encodeURIComponent(text);
}

export interface UsersQuery {
  filter?: Filter | string;
  limit?: number;
  offset?: number;
  /** The API's sort: one or two `field_ASC|DESC` pairs, e.g. `created_DESC` or `lastName_ASC_firstName_ASC`. */
  sort?: string;
}

const SORT = /^[A-Za-z][A-Za-z0-9]*_(?:ASC|DESC)(?:_[A-Za-z][A-Za-z0-9]*_(?:ASC|DESC))?$/;

/** A query parameter that must be an integer of at least `min` (a count, an offset, a 1-based index). */
export function checkCount(name: string, value: number | undefined, min = 0): void {
  if (value !== undefined && !(Number.isSafeInteger(value) && value >= min)) {
    throw new RangeError(`${name} must be ${min === 0 ? "a non-negative integer" : `an integer of at least ${min}`}, got ${String(value)}`);
  }
}

/** An API base URL as given: absolute, http(s), without query or fragment; `example` shows one in the error. */
export function baseUrlOf(baseUrl: string | URL, example: string): URL {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new TypeError(`"${String(baseUrl)}" is not an absolute URL; expected something like ${example}`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new TypeError(`The base URL must use http or https, got ${url.protocol}`);
  if (url.search !== "" || url.hash !== "") throw new TypeError("The base URL must not contain a query or a fragment");
  return url;
}

/** `base` + `path` + the query parameters that are set, in order. */
export function urlWith(url: URL, path: string, params: readonly (readonly [string, string | number | undefined])[]): string {
  const query = params.flatMap(([name, value]) => (value === undefined || value === "" ? [] : [`${name}=${value}`])).join("&");
  return `${url.origin}${path}${query === "" ? "" : `?${query}`}`;
}

/**
 * The Staffbase User API's users URL for an API base such as `https://app.staffbase.com/api` (`…/api/users`
 * and a bare origin are accepted too): `…/api/users?filter=…&limit=…&offset=…`. For any other SCIM
 * server use buildScimUrl (`…/Users?filter=…&startIndex=…&count=…`).
 */
export function buildStaffbaseUsersUrl(baseUrl: string | URL, query: UsersQuery = {}): string {
  const url = baseUrlOf(baseUrl, "https://app.staffbase.com/api");
  checkCount("limit", query.limit);
  checkCount("offset", query.offset);
  if (query.sort !== undefined && !SORT.test(query.sort)) throw new RangeError(`sort must be one or two field_ASC or field_DESC pairs (e.g. created_DESC), got "${query.sort}"`);
  const path = url.pathname.replace(/\/+$/, "");
  const usersPath = /\/api\/users$/i.test(path) ? path : /\/api$/i.test(path) ? `${path}/users` : `${path}/api/users`;
  return urlWith(url, usersPath, [
    ["filter", query.filter === undefined ? undefined : encodeFilter(query.filter)],
    ["limit", query.limit],
    ["offset", query.offset],
    ["sort", query.sort],
  ]);
}

/**
 * @deprecated Staffbase-specific (it appends `/api/users` and uses `limit`/`offset`): use
 * buildStaffbaseUsersUrl, or buildScimUrl for a generic SCIM server.
 */
export const buildUsersUrl = buildStaffbaseUsersUrl;
