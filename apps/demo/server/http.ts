import type { IncomingMessage, ServerResponse } from "node:http";

// The app checks the same limit before it sends a request (shared/limits.ts).
export { MAX_REQUEST_LINE } from "../shared/limits.js";

export function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(text), "cache-control": "no-store", ...headers });
  response.end(text);
}

/**
 * The request's URL, parsed against a dummy origin (only path and query matter). A request target that
 * is no URL (e.g. `//[`, which parses as a protocol-relative URL with a bad host) gets a path no route
 * serves: throwing here would be an uncaught exception in the request listener and end the server.
 */
export function requestUrl(request: IncomingMessage): URL {
  try {
    return new URL(request.url ?? "/", "http://localhost");
  } catch {
    return new URL("http://localhost/.invalid-request-target");
  }
}
