// The API proxy: the browser calls /api/users… here, and only here is the token added. It forwards
// exactly the read-only user endpoints, with only the query parameters it knows, to the one configured
// host, and turns upstream failures into messages the app can show.
import type { IncomingMessage, ServerResponse } from "node:http";
import { MAX_REQUEST_LINE, requestUrl, sendJson } from "../http.js";
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
  log?: (line: string) => void;
}

export interface ProxyError {
  statusCode: number;
  message: string;
  source: "proxy" | "upstream";
  /** The upstream's error body (JSON or text), with the token removed. */
  upstream?: unknown;
  details?: unknown;
  retryAfterSeconds?: number;
}

class Refusal extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
    readonly headers: Record<string, string> = {},
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

/** Removes the token from upstream text, also where it is JSON-escaped as `\/` (PHP's default), which JSON.parse would undo. */
function redact(text: string, token: string): string {
  if (token === "") return text;
  return [token, token.replaceAll("/", "\\/")].reduce((redacted, form) => redacted.split(form).join("[redacted]"), text);
}

function isTimeout(error: unknown): boolean {
  return error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError");
}

async function readLimited(response: Response, limit: number): Promise<Buffer> {
  const declared = Number(response.headers.get("content-length") ?? "0");
  if (declared > limit) throw new Refusal(502, `The Staffbase API answered with ${declared} bytes, more than the proxy's limit of ${limit}`);
  const chunks: Buffer[] = [];
  let size = 0;
  if (response.body === null) return Buffer.alloc(0);
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength;
    if (size > limit) throw new Refusal(502, `The Staffbase API answered with more than the proxy's limit of ${limit} bytes`);
    chunks.push(Buffer.from(chunk));
  }
  return Buffer.concat(chunks);
}

function parseBody(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text.slice(0, 2000);
  }
}

function upstreamMessage(body: unknown): string | undefined {
  if (typeof body === "object" && body !== null && "message" in body && typeof body.message === "string") return body.message;
  return typeof body === "string" && body.trim() !== "" ? body.trim().slice(0, 300) : undefined;
}

function describeFailure(status: number, body: unknown, retryAfter: string | null): ProxyError {
  const said = upstreamMessage(body);
  const details = typeof body === "object" && body !== null && "details" in body ? body.details : undefined;
  const base = { source: "upstream" as const, upstream: body, ...(details === undefined ? {} : { details }) };
  switch (status) {
    case 400:
      return { ...base, statusCode: 400, message: said ?? "The Staffbase API rejected the request (400)" };
    case 401:
      return { ...base, statusCode: 401, message: `The Staffbase API rejected the token (401): check STAFFBASE_TOKEN${said === undefined ? "" : ` — "${said}"`}` };
    case 403:
      return { ...base, statusCode: 403, message: `The token may not read users (403): the User API needs an administrative token${said === undefined ? "" : ` — "${said}"`}` };
    case 404:
      return { ...base, statusCode: 404, message: said ?? "Not found (404)" };
    case 429: {
      const seconds = retryAfterSeconds(retryAfter);
      return { ...base, statusCode: 429, message: `Rate limit reached (429)${seconds === undefined ? "" : `: retry in ${seconds} s`}`, ...(seconds === undefined ? {} : { retryAfterSeconds: seconds }) };
    }
    default:
      if (status >= 500) return { ...base, statusCode: 502, message: `The Staffbase API failed (${status})${said === undefined ? "" : `: ${said}`}` };
      return { ...base, statusCode: status, message: said ?? `The Staffbase API answered ${status}` };
  }
}

export function createProxy(options: ProxyOptions) {
  const log = options.log ?? (() => undefined);
  const base = options.baseUrl.href.replace(/\/+$/, "");

  const forward = async (request: IncomingMessage, response: ServerResponse): Promise<number> => {
    if ((request.url ?? "").length > MAX_REQUEST_LINE) throw new Refusal(414, "The request line is longer than 8 KB");
    if (request.method !== "GET") throw new Refusal(405, `Only GET is forwarded, not ${request.method ?? "?"}`, { allow: "GET" });
    if (Number(request.headers["content-length"] ?? "0") > 0 || request.headers["transfer-encoding"] !== undefined) throw new Refusal(413, "GET requests to the proxy must not have a body");
    const url = requestUrl(request);
    const target = `${base}${upstreamPath(url.pathname)}${forwardedQuery(url.searchParams)}`;

    let upstream: Response;
    try {
      upstream = await fetch(target, {
        method: "GET",
        headers: { authorization: `Basic ${options.token}`, accept: acceptHeader(request), "user-agent": USER_AGENT },
        redirect: "error",
        signal: AbortSignal.timeout(options.timeoutMs),
      });
    } catch (error) {
      if (isTimeout(error)) throw new Refusal(504, `The Staffbase API did not answer within ${Math.round(options.timeoutMs / 1000)} s`);
      throw new Refusal(502, `Cannot reach ${options.baseUrl.host}`);
    }
    let raw: Buffer;
    try {
      raw = await readLimited(upstream, options.maxResponseBytes);
    } catch (error) {
      // The timeout covers the body too: an upstream that stops half-way is a timeout, not a failure.
      if (isTimeout(error)) throw new Refusal(504, `The Staffbase API did not finish its answer within ${Math.round(options.timeoutMs / 1000)} s`);
      throw error;
    }
    const body = redact(raw.toString("utf8"), options.token);
    if (upstream.ok) {
      response.writeHead(upstream.status, { "content-type": upstream.headers.get("content-type") ?? "application/json", "cache-control": "no-store" });
      response.end(body);
      return upstream.status;
    }
    const failure = describeFailure(upstream.status, parseBody(body), upstream.headers.get("retry-after"));
    sendJson(response, failure.statusCode, failure, failure.retryAfterSeconds === undefined ? {} : { "retry-after": String(failure.retryAfterSeconds) });
    return failure.statusCode;
  };

  /** Handles one browser request to /api/…; never throws. */
  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const started = Date.now();
    let status: number;
    try {
      status = await forward(request, response);
    } catch (error) {
      const refusal = error instanceof Refusal ? error : new Refusal(502, "The proxy could not complete the request");
      const body: ProxyError = { statusCode: refusal.statusCode, message: refusal.message, source: "proxy" };
      if (!response.headersSent) sendJson(response, refusal.statusCode, body, refusal.headers);
      else response.destroy();
      status = refusal.statusCode;
    }
    // The path only: the query may be long, and the token is never part of what is logged.
    log(`${request.method ?? "?"} ${requestUrl(request).pathname} → ${status} in ${Date.now() - started} ms`);
  };
}
