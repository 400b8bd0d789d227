import type { Filter } from "../ast.js";
import { baseUrlOf, checkCount, encodeFilter, urlWith } from "./encode.js";

/** A list request's query parameters (RFC 7644 §3.4.2: filtering, sorting, paging, attributes). */
export interface ScimListQuery {
  filter?: Filter | string;
  /** 1-based index of the first result (§3.4.2.4). */
  startIndex?: number;
  /** Results per page; 0 asks for the total only. */
  count?: number;
  sortBy?: string;
  sortOrder?: "ascending" | "descending";
  /** Only these attributes in the results (§3.4.2.5). */
  attributes?: readonly string[];
  /** All attributes but these. */
  excludedAttributes?: readonly string[];
  /** The resource endpoint under the base; default `Users`. */
  resource?: string;
}

// An attribute name or path, with an optional schema URN before it (RFC 7644 §3.10).
const ATTRIBUTE = /^(?:urn:[^\s,?#&]+:)?[A-Za-z][\w$-]*(?:\.[A-Za-z][\w$-]*)?$/;

function attributeList(name: string, list: readonly string[] | undefined): string | undefined {
  if (list === undefined) return undefined;
  for (const item of list) if (typeof item !== "string" || !ATTRIBUTE.test(item)) throw new TypeError(`${name} must list attribute names, got ${JSON.stringify(item)}`);
  return list.map(encodeURIComponent).join(",");
}

/**
 * A SCIM list request URL (RFC 7644 §3.4.2) for a service base such as `https://example.com/scim/v2`:
 * `…/Users?filter=…&startIndex=…&count=…&sortBy=…&sortOrder=…&attributes=…&excludedAttributes=…`.
 * A base that already ends with the resource (`…/scim/v2/Users`) is used as it is. For the Staffbase
 * User API (`/api/users`, `limit`/`offset`) use buildStaffbaseUsersUrl.
 */
export function buildScimUrl(baseUrl: string | URL, query: ScimListQuery = {}): string {
  const url = baseUrlOf(baseUrl, "https://example.com/scim/v2");
  const resource = query.resource ?? "Users";
  if (!/^[A-Za-z][\w-]*$/.test(resource)) throw new TypeError(`resource must be an endpoint name such as Users or Groups, got ${JSON.stringify(resource)}`);
  checkCount("startIndex", query.startIndex, 1);
  checkCount("count", query.count);
  if (query.sortOrder !== undefined && query.sortOrder !== "ascending" && query.sortOrder !== "descending") {
    throw new TypeError(`sortOrder must be "ascending" or "descending", got ${JSON.stringify(query.sortOrder)}`);
  }
  const path = url.pathname.replace(/\/+$/, "");
  const endpoint = path.toLowerCase().endsWith(`/${resource.toLowerCase()}`) ? path : `${path}/${resource}`;
  return urlWith(url, endpoint, [
    ["filter", query.filter === undefined ? undefined : encodeFilter(query.filter)],
    ["startIndex", query.startIndex],
    ["count", query.count],
    ["sortBy", attributeList("sortBy", query.sortBy === undefined ? undefined : [query.sortBy])],
    ["sortOrder", query.sortOrder],
    ["attributes", attributeList("attributes", query.attributes)],
    ["excludedAttributes", attributeList("excludedAttributes", query.excludedAttributes)],
  ]);
}
