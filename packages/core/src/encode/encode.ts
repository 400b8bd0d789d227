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

function checkCount(name: string, value: number | undefined): void {
  if (value !== undefined && !(Number.isSafeInteger(value) && value >= 0)) {
    throw new RangeError(`${name} must be a non-negative integer, got ${String(value)}`);
  }
}

/**
 * The full users URL for an API base such as `https://app.staffbase.com/api`
 * (`…/api/users` and a bare origin are accepted too).
 */
export function buildUsersUrl(baseUrl: string | URL, query: UsersQuery = {}): string {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new TypeError(`"${String(baseUrl)}" is not an absolute URL; expected something like https://app.staffbase.com/api`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new TypeError(`The base URL must use http or https, got ${url.protocol}`);
  if (url.search !== "" || url.hash !== "") throw new TypeError("The base URL must not contain a query or a fragment");
  checkCount("limit", query.limit);
  checkCount("offset", query.offset);
  if (query.sort !== undefined && !SORT.test(query.sort)) throw new RangeError(`sort must be one or two field_ASC or field_DESC pairs (e.g. created_DESC), got "${query.sort}"`);

  const path = url.pathname.replace(/\/+$/, "");
  const usersPath = /\/api\/users$/i.test(path) ? path : /\/api$/i.test(path) ? `${path}/users` : `${path}/api/users`;
  const params: string[] = [];
  const filter = query.filter === undefined ? "" : encodeFilter(query.filter);
  if (filter !== "") params.push(`filter=${filter}`);
  if (query.limit !== undefined) params.push(`limit=${query.limit}`);
  if (query.offset !== undefined) params.push(`offset=${query.offset}`);
  if (query.sort !== undefined) params.push(`sort=${query.sort}`);
  return `${url.origin}${usersPath}${params.length === 0 ? "" : `?${params.join("&")}`}`;
}
