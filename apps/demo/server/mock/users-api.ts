// The embedded mock of the Staffbase User API (read-only). It filters with @scim-filter/core — the same
// parser, validation and evaluator as the builder — and follows ../shared/staffbase-api.md: documented
// behaviour where there is some, the "Mock design decisions" elsewhere (numbers below refer to them).
import type { IncomingMessage, ServerResponse } from "node:http";
import type { FilterSchema, UserRecord } from "@scim-filter/core";
import type { MockUser } from "../../shared/mock-facts.js";
import { compileFilter, implicitClausesFor, lineColumn, tryParseFilter, validateFilter } from "@scim-filter/core";
import { MAX_REQUEST_LINE, requestUrl, sendJson } from "../http.js";
import { ApiError, badRequest, invalidFilter, methodNotAllowed, notAcceptable, notFound, notLoggedIn, tooManyRequests, uriTooLong } from "./errors.js";
import { legacySchema, searchSchema } from "./schemas.js";
import { toLegacy, toV3 } from "./shapes.js";
import { SORT_PATTERN, sortedUsers } from "./sort.js";

export const V3_USER = "application/vnd.staffbase.accessors.user.v3+json";
export const SEARCH_V1 = "application/vnd.staffbase.accessors.users-search.v1+json";
/** The search response's next-page field: its real name is not public (decision 3). */
export const CURSOR_FIELD = "cursor";

const DEFAULT_LIMIT = 100;
const MAX_LIMIT = 1000;
const STATUSES = ["activated", "pending", "deactivated", "deleted", "contact"];

export interface MockApiOptions {
  users: readonly MockUser[];
  /** The token the mock accepts as `Authorization: Basic <token>` (already base64, like Studio tokens). */
  token: string;
  /** Simulate the rate limit: requests allowed per minute (0 or absent: off; decision 11). */
  rateLimitPerMinute?: number;
}

function integer(params: URLSearchParams, name: string, fallback: number, min: number): number {
  const raw = params.get(name);
  if (raw === null || raw === "") return fallback;
  if (!/^-?\d+$/.test(raw) || Number(raw) < min) throw badRequest(`${name} must be an integer of at least ${min}, got "${raw}"`);
  return Number(raw);
}

function mediaType(request: IncomingMessage): "legacy" | "v3" | "search" {
  const accept = (request.headers.accept ?? "").toLowerCase();
  if (accept.includes(SEARCH_V1)) return "search";
  if (accept.includes(V3_USER)) return "v3";
  // Decision 15: none, */* or JSON → legacy; another Staffbase media type → 406.
  if (accept.includes("application/vnd.staffbase.")) throw notAcceptable(request.headers.accept ?? "");
  return "legacy";
}

/** Builds the predicate for `filter` (and the legacy `status=` list), or throws a 400 naming the problem. */
function compile(text: string, schema: FilterSchema, statusParam: string | null): (user: UserRecord) => boolean {
  if (text.trim() === "") return statusPredicate(statusParam ?? "activated");
  const parsed = tryParseFilter(text);
  if (!parsed.ok) {
    const { message, offset, line, column, expected, found } = parsed.error;
    throw invalidFilter(`Invalid filter: ${message}`, { position: offset, line, column, expected, found, code: "syntax" });
  }
  const error = validateFilter(text, schema).find((diagnostic) => diagnostic.severity === "error");
  if (error !== undefined) {
    const { line, column } = lineColumn(text, error.span.start);
    throw invalidFilter(`Invalid filter: ${error.message}`, { position: error.span.start, end: error.span.end, line, column, code: error.code, found: text.slice(error.span.start, error.span.end) });
  }
  // The legacy status list replaces the default, and only where the default would apply (decision 5).
  if (statusParam === null || implicitClausesFor(parsed.filter, schema).length === 0) return compileFilter(parsed.filter, schema);
  const withoutDefault = compileFilter(parsed.filter, { ...schema, implicit: [] });
  const byStatus = statusPredicate(statusParam);
  return (user) => withoutDefault(user) && byStatus(user);
}

function statusPredicate(list: string): (user: UserRecord) => boolean {
  const wanted = list.split(",").map((status) => status.trim());
  const unknown = wanted.find((status) => !STATUSES.includes(status));
  if (unknown !== undefined) throw badRequest(`Unknown status "${unknown}"; use ${STATUSES.join(", ")}`);
  return (user) => wanted.includes(String(user.status));
}

function matchesQuery(user: MockUser, query: string): boolean {
  const needle = query.toLowerCase();
  const fields = [user.firstName, user.lastName, typeof user.userName === "string" ? user.userName : user.userName?.value, ...(user.emails ?? []).map((email) => email.value), ...Object.values(user.profile ?? {})];
  return fields.some((field) => typeof field === "string" && field.toLowerCase().includes(needle));
}

export function createMockUsersApi(options: MockApiOptions) {
  const byId = new Map<string, MockUser>();
  for (const user of options.users) {
    byId.set(user.id, user);
    if (typeof user.externalID === "string") byId.set(user.externalID, user);
  }
  const cache = new Map<string, (user: UserRecord) => boolean>();
  const recent: number[] = [];

  const predicate = (text: string, schema: FilterSchema, statusParam: string | null) => {
    const key = `${schema.id}\u0000${statusParam ?? ""}\u0000${text}`;
    let compiled = cache.get(key);
    if (compiled === undefined) {
      compiled = compile(text, schema, statusParam);
      if (cache.size >= 200) cache.delete(cache.keys().next().value as string);
      cache.set(key, compiled);
    }
    return compiled;
  };

  const select = (params: URLSearchParams, schema: FilterSchema, statusParam: string | null): MockUser[] => {
    const sort = params.get("sort") ?? "lastName_ASC_firstName_ASC";
    if (!SORT_PATTERN.test(sort)) throw badRequest(`Unknown sort "${sort}": use e.g. lastName_ASC_firstName_ASC, created_DESC or updated_DESC`);
    const matches = predicate(params.get("filter") ?? "", schema, statusParam);
    const query = params.get("query")?.trim() ?? "";
    return sortedUsers(options.users, sort).filter((user) => matches(user) && (query === "" || matchesQuery(user, query)));
  };

  const handle = (request: IncomingMessage): { status: number; body: unknown; headers?: Record<string, string> } => {
    if ((request.url ?? "").length > MAX_REQUEST_LINE) throw uriTooLong();
    const url = requestUrl(request);
    const path = url.pathname.replace(/\/+$/, "");
    // Credentials first, as a real API does: without them, nothing about the endpoints is revealed.
    const authorization = request.headers.authorization ?? "";
    if (!/^basic /i.test(authorization) || authorization.slice(6).trim() !== options.token) throw notLoggedIn();
    if (!/^\/api\/users(\/[^/]+)?$/.test(path) && path !== "/api/users/search") throw notFound(`No such endpoint: ${url.pathname}`);
    if (request.method !== "GET" && request.method !== "HEAD") throw methodNotAllowed(request.method ?? "?");

    const limitPerMinute = options.rateLimitPerMinute ?? 0;
    if (limitPerMinute > 0) {
      const now = Date.now();
      while (recent.length > 0 && (recent[0] as number) <= now - 60_000) recent.shift();
      if (recent.length >= limitPerMinute) throw tooManyRequests(Math.max(1, Math.ceil(((recent[0] as number) + 60_000 - now) / 1000)));
      recent.push(now);
    }

    const params = url.searchParams;
    const shape = mediaType(request);

    if (path === "/api/users/search") {
      const limit = integer(params, "limit", DEFAULT_LIMIT, 1);
      if (limit > MAX_LIMIT) throw badRequest(`limit must be between 1 and ${MAX_LIMIT}, got ${limit}`);
      const cursor = params.get("cursor");
      const offset = cursor === null || cursor === "" ? 0 : decodeCursor(cursor);
      const selected = select(params, searchSchema, null);
      const page = selected.slice(offset, offset + limit);
      const next = offset + limit < selected.length ? encodeCursor(offset + limit) : null;
      const includeProfile = params.get("includeProfile") === "true";
      return { status: 200, body: { total: selected.length, entries: page.map((user) => ({ data: toV3(user, includeProfile) })), [CURSOR_FIELD]: next }, headers: { "content-type": `${SEARCH_V1}; charset=utf-8` } };
    }

    if (path !== "/api/users") {
      let id: string;
      try {
        id = decodeURIComponent(path.slice("/api/users/".length));
      } catch {
        throw badRequest("The user id is not valid percent-encoding");
      }
      const user = byId.get(id);
      if (user === undefined) throw notFound(`No user with id or external id "${id}"`);
      return shape === "legacy" ? { status: 200, body: toLegacy(user) } : { status: 200, body: toV3(user, params.get("includeProfile") === "true"), headers: { "content-type": `${V3_USER}; charset=utf-8` } };
    }

    // Decision 4: v3 GET /users does not support filter or query; say so rather than ignore them.
    if (shape !== "legacy" && (params.has("filter") || params.has("query"))) throw badRequest("filter and query are not supported by GET /users in v3: use GET /users/search");
    const requested = integer(params, "limit", DEFAULT_LIMIT, 0);
    const limit = Math.min(requested, MAX_LIMIT);
    const offset = integer(params, "offset", 0, 0);
    const selected = select(params, legacySchema, params.get("status"));
    const page = selected.slice(offset, offset + limit);
    return { status: 200, body: { total: selected.length, limit, offset, data: page.map((user) => (shape === "legacy" ? toLegacy(user) : toV3(user, params.get("includeProfile") === "true"))) } };
  };

  /** Answers one request; bad requests get a 4xx in the API's envelope, never a 5xx. */
  return (request: IncomingMessage, response: ServerResponse): void => {
    try {
      const { status, body, headers } = handle(request);
      sendJson(response, status, request.method === "HEAD" ? {} : body, headers);
    } catch (error) {
      // A bug must not stop the server: answer 500 in the API's envelope and keep serving.
      const failure = error instanceof ApiError ? error : new ApiError(500, "InternalServerErrorException", "ERROR_INTERNAL", 50000, "The mock failed to answer this request");
      if (!(error instanceof ApiError)) console.error(error);
      sendJson(response, failure.statusCode, failure.body(), failure.headers);
    }
  };
}

function encodeCursor(offset: number): string {
  return Buffer.from(`o:${offset}`).toString("base64url");
}

function decodeCursor(cursor: string): number {
  const match = /^o:(\d+)$/.exec(Buffer.from(cursor, "base64url").toString());
  if (match === null) throw badRequest(`Invalid cursor "${cursor}": pass the ${CURSOR_FIELD} value of the previous response`);
  return Number(match[1]);
}
