// The API proxy: the browser calls /api/users… here, and only here is the token added. It forwards
// exactly the read-only user endpoints, with only the query parameters it knows, to the one configured
// host, and turns upstream failures into messages the app can show. Nothing from the upstream reaches
// the browser unfiltered: a 2xx must be JSON and is passed on with the secret removed from every decoded
// string; an error becomes the proxy's own body with the upstream's message, redacted and cut.
import type { IncomingMessage, ServerResponse } from "node:http";
import { MAX_REQUEST_LINE, requestUrl, sendJson } from "../http.js";
import { BodyTooLarge, readBounded } from "./read-body.js";
import { redactJson, redactString, secretForms } from "./redact.js";
import { retryAfterSeconds } from "./retry-after.js";

export const FORWARDED_PARAMS = new Set(["filter", "limit", "offset", "sort", "query", "status", "cursor", "includeProfile"]);
const ACCEPTED_MEDIA_TYPES = ["application/vnd.staffbase.accessors.users-search.v1+json", "application/vnd.staffbase.accessors.user.v3+json", "application/json"];
const USER_AGENT = "scim-filter-builder-demo/0.1";

export interface ProxyOptions {
  /** The API base, e.g. https://app.staffbase.com/api. */
  baseUrl: URL;
  /** Sent as `Authorization: Basic <token>`; never logged or returned. */
  token: string;
  timeoutMs: number;
  maxResponseBytes: number;
  /** Upstream requests at once; more get a 429 (default 8). */
  maxInFlight?: number;
  log?: (line: string) => void;
}

export interface ProxyError {
  statusCode: number;
  message: string;
  source: "proxy" | "upstream";
  /** The upstream's `details` (e.g. where a filter is wrong), redacted, when small. */
  details?: unknown;
  retryAfterSeconds?: number;
}

/** The upstream's message is cut to this many characters; its details are dropped beyond MAX_DETAILS. */
export const MAX_UPSTREAM_MESSAGE = 300;
const MAX_DETAILS = 2000;
export const DEFAULT_MAX_IN_FLIGHT = 8;
/** A 2xx must carry one of these media types: JSON, or a vendor type that is JSON (`…+json`). */
const JSON_MEDIA_TYPE = /^application\/(?:json|[a-z0-9.!#$&^_-]+\+json)$/;

class Refusal extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
    readonly headers: Record<string, string> = {},
    readonly extra: Partial<ProxyError> = {},
  ) {
    super(message);
  }
}

/** Which upstream path a browser path maps to, or a refusal. */
function upstreamPath(pathname: string): string {
  const path = pathname.replace(/\/+$/, "");
  if (path === "/api/users" || path === "/api/users/search") return path.slice("/api".length);
  const match = /^\/api\/users\/([^/]+)$/.exec(path);
  if (match !== null) {
    let id: string;
    try {
      id = decodeURIComponent(match[1] as string);
    } catch {
      throw new Refusal(400, "The user id is not valid percent-encoding");
    }
    if (id === "." || id === ".." || id.includes("/") || id.length > 200) throw new Refusal(400, "The user id is not valid");
    return `/users/${encodeURIComponent(id)}`;
  }
  throw new Refusal(404, `The proxy forwards only GET /api/users, /api/users/search and /api/users/{id}; ${pathname} is not one of them`);
}

function forwardedQuery(params: URLSearchParams): string {
  const out: string[] = [];
  for (const [name, value] of params) {
    if (!FORWARDED_PARAMS.has(name)) throw new Refusal(400, `The query parameter "${name}" is not forwarded; allowed: ${[...FORWARDED_PARAMS].join(", ")}`);
    // Spaces as %20, as the Staffbase documentation shows.
    out.push(`${name}=${encodeURIComponent(value)}`);
  }
  return out.length === 0 ? "" : `?${out.join("&")}`;
}

function acceptHeader(request: IncomingMessage): string {
  const accept = (request.headers.accept ?? "").toLowerCase();
  return ACCEPTED_MEDIA_TYPES.find((type) => accept.includes(type)) ?? "application/json";
}

function isTimeout(error: unknown): boolean {
  return error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError");
}

function cut(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length)}…`;
}

/** The JSON media type of a Content-Type header (parameters dropped), or null when it is not JSON. */
function jsonMediaType(contentType: string | null): string | null {
  const essence = (contentType ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  return JSON_MEDIA_TYPE.test(essence) ? essence : null;
}

/** The length of a value as JSON; Infinity when it is nested too deeply to write. */
function jsonLength(value: unknown): number {
  try {
    return JSON.stringify(value).length;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

/**
 * What of an error body may be shown: the `message` of a JSON body, or the first line of a text one that
 * is not markup, redacted and cut; the `details` of a JSON body when small. Never the body itself (a
 * stack trace with a database URL has come through that way).
 */
function upstreamSaid(text: string, forms: readonly string[]): { message?: string; details?: unknown } {
  let body: unknown;
  try {
    body = JSON.parse(text) as unknown;
  } catch {
    const line = text.trim().split(/\r?\n/, 1)[0]?.trim() ?? "";
    return line === "" || line.startsWith("<") ? {} : { message: cut(redactString(line, forms), MAX_UPSTREAM_MESSAGE) };
  }
  if (typeof body !== "object" || body === null) return {};
  const record = body as Record<string, unknown>;
  const said: { message?: string; details?: unknown } = {};
  if (typeof record.message === "string" && record.message.trim() !== "") said.message = cut(redactString(record.message.trim(), forms), MAX_UPSTREAM_MESSAGE);
  if (typeof record.details === "object" && record.details !== null) {
    const details = redactJson(record.details, forms);
    if (jsonLength(details) <= MAX_DETAILS) said.details = details;
  }
  return said;
}

function describeFailure(status: number, said: { message?: string; details?: unknown }, retryAfter: string | null): ProxyError {
  const message = said.message;
  const base = { source: "upstream" as const, ...(said.details === undefined ? {} : { details: said.details }) };
  switch (status) {
    case 400:
      return { ...base, statusCode: 400, message: message ?? "The Staffbase API rejected the request (400)" };
    case 401:
      return { ...base, statusCode: 401, message: `The Staffbase API rejected the token (401): check STAFFBASE_TOKEN${message === undefined ? "" : ` — "${message}"`}` };
    case 403:
      return { ...base, statusCode: 403, message: `The token may not read users (403): the User API needs an administrative token${message === undefined ? "" : ` — "${message}"`}` };
    case 404:
      return { ...base, statusCode: 404, message: message ?? "Not found (404)" };
    case 429: {
      const seconds = retryAfterSeconds(retryAfter);
      return { ...base, statusCode: 429, message: `Rate limit reached (429)${seconds === undefined ? "" : `: retry in ${seconds} s`}`, ...(seconds === undefined ? {} : { retryAfterSeconds: seconds }) };
    }
    default:
      if (status >= 500) return { ...base, statusCode: 502, message: `The Staffbase API failed (${status})${message === undefined ? "" : `: ${message}`}` };
      return { ...base, statusCode: status >= 400 ? status : 502, message: message ?? `The Staffbase API answered ${status}` };
  }
}

/** A 2xx answer as the browser gets it: the upstream's JSON with the secret removed, or a 502. */
function cleanJson(raw: Buffer, contentType: string | null, status: number, forms: readonly string[]): { type: string; body: Buffer | string } {
  const type = jsonMediaType(contentType);
  if (type === null) throw new Refusal(502, `The Staffbase API answered ${status} with ${contentType === null ? "no content type" : JSON.stringify(cut(contentType, 100))}, not JSON`);
  const text = raw.toString("utf8");
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch {
    throw new Refusal(502, `The Staffbase API answered ${status} with a body that is not valid JSON`);
  }
  // Nothing to decode and no secret: the bytes as they came (no second copy of a large answer).
  if (!text.includes("\\") && !text.includes("%") && !forms.some((form) => text.includes(form))) return { type, body: raw };
  try {
    return { type, body: JSON.stringify(redactJson(value, forms)) };
  } catch {
    throw new Refusal(502, "The Staffbase API answered with JSON nested too deeply to pass on");
  }
}

export function createProxy(options: ProxyOptions) {
  const log = options.log ?? (() => undefined);
  const base = options.baseUrl.href.replace(/\/+$/, "");
  const forms = secretForms(options.token);
  const maxInFlight = options.maxInFlight ?? DEFAULT_MAX_IN_FLIGHT;
  let inFlight = 0;

  const forward = async (request: IncomingMessage, response: ServerResponse, cancelled: AbortSignal): Promise<number> => {
    if ((request.url ?? "").length > MAX_REQUEST_LINE) throw new Refusal(414, "The request line is longer than 8 KB");
    if (request.method !== "GET") throw new Refusal(405, `Only GET is forwarded, not ${request.method ?? "?"}`, { allow: "GET" });
    if (Number(request.headers["content-length"] ?? "0") > 0 || request.headers["transfer-encoding"] !== undefined) throw new Refusal(413, "GET requests to the proxy must not have a body");
    const url = requestUrl(request);
    const target = `${base}${upstreamPath(url.pathname)}${forwardedQuery(url.searchParams)}`;
    if (inFlight >= maxInFlight) {
      throw new Refusal(429, `The proxy is already running ${maxInFlight} requests to the Staffbase API: retry in 1 s`, { "retry-after": "1" }, { retryAfterSeconds: 1 });
    }

    inFlight++;
    try {
      // The timeout covers the body too; a browser that gives up cancels the upstream request.
      const signal = AbortSignal.any([cancelled, AbortSignal.timeout(options.timeoutMs)]);
      let upstream: Response;
      try {
        upstream = await fetch(target, {
          method: "GET",
          headers: { authorization: `Basic ${options.token}`, accept: acceptHeader(request), "user-agent": USER_AGENT },
          redirect: "error",
          signal,
        });
      } catch (error) {
        if (isTimeout(error)) throw new Refusal(504, `The Staffbase API did not answer within ${Math.round(options.timeoutMs / 1000)} s`);
        throw new Refusal(502, `Cannot reach ${options.baseUrl.host}`);
      }
      let raw: Buffer;
      try {
        // A compressed body's Content-Length is not its decoded size.
        raw = await readBounded(upstream.body, upstream.headers.has("content-encoding") ? null : upstream.headers.get("content-length"), options.maxResponseBytes);
      } catch (error) {
        if (error instanceof BodyTooLarge) throw new Refusal(502, error.message);
        // An upstream that stops half-way is a timeout, not a failure.
        if (isTimeout(error)) throw new Refusal(504, `The Staffbase API did not finish its answer within ${Math.round(options.timeoutMs / 1000)} s`);
        throw new Refusal(502, `The Staffbase API's answer broke off`);
      }
      if (upstream.ok) {
        const { type, body } = cleanJson(raw, upstream.headers.get("content-type"), upstream.status, forms);
        response.writeHead(upstream.status, { "content-type": `${type}; charset=utf-8`, "content-length": Buffer.byteLength(body), "cache-control": "no-store" });
        response.end(body);
        return upstream.status;
      }
      const failure = describeFailure(upstream.status, upstreamSaid(raw.toString("utf8"), forms), upstream.headers.get("retry-after"));
      sendJson(response, failure.statusCode, failure, failure.retryAfterSeconds === undefined ? {} : { "retry-after": String(failure.retryAfterSeconds) });
      return failure.statusCode;
    } finally {
      inFlight--;
    }
  };

  /** Handles one browser request to /api/…; never throws. */
  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const started = Date.now();
    const cancel = new AbortController();
    const onClose = () => {
      if (!response.writableFinished) cancel.abort();
    };
    response.on("close", onClose);
    let status: number;
    try {
      status = await forward(request, response, cancel.signal);
    } catch (error) {
      const refusal = error instanceof Refusal ? error : new Refusal(502, "The proxy could not complete the request");
      const body: ProxyError = { statusCode: refusal.statusCode, message: refusal.message, source: "proxy", ...refusal.extra };
      if (!response.headersSent && !cancel.signal.aborted) sendJson(response, refusal.statusCode, body, refusal.headers);
      else response.destroy();
      status = refusal.statusCode;
    } finally {
      response.off("close", onClose);
    }
    // 499 (nginx's "client closed request"): the browser went away and the upstream request was cancelled.
    if (cancel.signal.aborted) status = 499;
    // The path only: the query may be long, and the token is never part of what is logged.
    log(`${request.method ?? "?"} ${requestUrl(request).pathname} → ${status} in ${Date.now() - started} ms`);
  };
}
