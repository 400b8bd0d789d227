// Shared by the server tests: loopback listening, plain HTTP requests with full control over method,
// headers and body (fetch would add or forbid some), and raw request lines.
import type { IncomingHttpHeaders, Server } from "node:http";
import { request as httpRequest } from "node:http";
import type { AddressInfo } from "node:net";
import { connect } from "node:net";

export function listen(server: Server): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`));
  });
}

export function close(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });
}

export interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
  /** The body parsed as JSON (throws when it is not JSON). */
  json: <T = Record<string, unknown>>() => T;
}

export interface RequestOptions {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  /** Send the body chunked (no Content-Length). */
  chunked?: boolean;
}

/** One HTTP request on a fresh connection (no keep-alive), `path` sent exactly as given. */
export function send(base: string, path: string, options: RequestOptions = {}): Promise<Reply> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { connection: "close", ...options.headers };
    if (options.body !== undefined) {
      if (options.chunked === true) headers["transfer-encoding"] = "chunked";
      else headers["content-length"] = String(Buffer.byteLength(options.body));
    }
    const req = httpRequest({ host: url.hostname, port: url.port, path, method: options.method ?? "GET", headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => {
        const text = Buffer.concat(chunks).toString("utf8");
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json: <T>() => JSON.parse(text) as T });
      });
      res.on("error", reject);
    });
    req.on("error", reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

/** Sends a raw request line (e.g. a request target no URL parser accepts) and returns the status line. */
export function sendRaw(base: string, requestLine: string): Promise<string> {
  const url = new URL(base);
  return new Promise((resolve) => {
    const socket = connect(Number(url.port), url.hostname, () => socket.write(`${requestLine}\r\nHost: ${url.host}\r\nConnection: close\r\n\r\n`));
    let received = "";
    socket.setTimeout(5000, () => socket.destroy());
    socket.on("data", (chunk: Buffer) => (received += chunk.toString("latin1")));
    socket.on("close", () => resolve(received.split("\r\n")[0] ?? ""));
    socket.on("error", () => resolve(""));
  });
}

/** All header values of a reply as one string, for "does not contain" checks. */
export function headerText(headers: IncomingHttpHeaders): string {
  return Object.entries(headers)
    .map(([name, value]) => `${name}: ${Array.isArray(value) ? value.join(", ") : (value ?? "")}`)
    .join("\n");
}

/** The Staffbase error envelope (../../server/mock/errors.ts). */
export interface Envelope {
  traceId: string;
  type: string;
  ref: string;
  statusCode: number;
  message: string;
  identifier: number;
  details?: Record<string, unknown>;
}
