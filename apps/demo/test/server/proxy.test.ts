// The API proxy in front of a fake Staffbase: a loopback server started here that records every request
// it receives and answers as each test needs. Nothing leaves the machine.
import { createServer } from "node:http";
import type { IncomingHttpHeaders, IncomingMessage, Server, ServerResponse } from "node:http";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { DemoServer } from "../../server/app.js";
import { startDemoServer } from "../../server/app.js";
import { loadConfig } from "../../server/config.js";
import type { Reply } from "./helpers.js";
import { close, headerText, listen, send, sendRaw } from "./helpers.js";

/** A Studio-style token (already base64) with the characters that need care: `+`, `/`, `=`. */
const TOKEN = "cHJveHktMDpzM2Ny+/9+MA==";
const SEARCH_V1 = "application/vnd.staffbase.accessors.users-search.v1+json";
const TIMEOUT_MS = 300;
const MAX_BYTES = 4096;

interface Recorded {
  method: string;
  /** The request target exactly as received. */
  url: string;
  path: string;
  query: [string, string][];
  headers: IncomingHttpHeaders;
}

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

const okHandler: Handler = (_request, response) => {
  response.writeHead(200, { "content-type": "application/json" });
  response.end(JSON.stringify({ total: 1, limit: 100, offset: 0, data: [{ id: "5791e3ffd4c61f21c3df8b90", firstName: "Ada" }] }));
};

function json(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  response.writeHead(status, { "content-type": "application/json", ...headers });
  response.end(JSON.stringify(body));
}

let upstream: Server;
let upstreamBase: string;
let handler: Handler = okHandler;
const received: Recorded[] = [];
let demo: DemoServer;
const logs: string[] = [];

beforeAll(async () => {
  upstream = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://upstream");
    received.push({ method: request.method ?? "", url: request.url ?? "", path: url.pathname, query: [...url.searchParams], headers: request.headers });
    handler(request, response);
  });
  upstreamBase = await listen(upstream);
  const config = loadConfig({
    STAFFBASE_BASE_URL: `${upstreamBase}/api`,
    STAFFBASE_TOKEN: TOKEN,
    PORT: "0",
    UPSTREAM_TIMEOUT_MS: String(TIMEOUT_MS),
    UPSTREAM_MAX_BYTES: String(MAX_BYTES),
  });
  demo = await startDemoServer(config, { log: (line) => logs.push(line) });
});

afterEach(() => {
  handler = okHandler;
});

afterAll(async () => {
  await demo.close();
  await close(upstream);
});

/** Sends one request to the proxy and returns the reply and what the upstream received meanwhile. */
async function viaProxy(path: string, options: Parameters<typeof send>[2] = {}): Promise<{ reply: Reply; upstreamGot: Recorded[] }> {
  const before = received.length;
  const reply = await send(demo.url, path, options);
  return { reply, upstreamGot: received.slice(before) };
}

function expectNoToken(reply: Reply) {
  expect(reply.text).not.toContain(TOKEN);
  expect(headerText(reply.headers)).not.toContain(TOKEN);
  // Not JSON-escaped either.
  expect(reply.text).not.toContain(TOKEN.replaceAll("/", "\\/"));
}

interface ProxyErrorBody {
  statusCode: number;
  message: string;
  source: "proxy" | "upstream";
  upstream?: unknown;
  details?: unknown;
  retryAfterSeconds?: number;
}

async function expectRefused(path: string, status: number, options: Parameters<typeof send>[2] = {}): Promise<ProxyErrorBody> {
  const { reply, upstreamGot } = await viaProxy(path, options);
  expect(reply.status, `${options.method ?? "GET"} ${path}: ${reply.text}`).toBe(status);
  expect(upstreamGot, "the upstream must not be contacted").toEqual([]);
  const body = reply.json<ProxyErrorBody>();
  expect(body).toMatchObject({ statusCode: status, source: "proxy" });
  expect(body.message.length).toBeGreaterThan(10);
  return body;
}

describe("what reaches the upstream", () => {
  it("adds the token as `Authorization: Basic <token>`, unchanged, on the configured host", async () => {
    const { reply, upstreamGot } = await viaProxy("/api/users?limit=5");
    expect(reply.status).toBe(200);
    expect(reply.json()).toEqual({ total: 1, limit: 100, offset: 0, data: [{ id: "5791e3ffd4c61f21c3df8b90", firstName: "Ada" }] });
    expect(upstreamGot).toHaveLength(1);
    const [got] = upstreamGot as [Recorded];
    expect(got.method).toBe("GET");
    expect(got.path).toBe("/api/users");
    expect(got.headers.authorization).toBe(`Basic ${TOKEN}`);
    expect(got.headers.host).toBe(new URL(upstreamBase).host);
  });

  it("sends none of the browser's headers: its Authorization, cookies, origin, forwarding headers", async () => {
    const browser = {
      authorization: "Basic YnJvd3Nlcjpvd24=",
      cookie: "session=browser-cookie-value",
      origin: demo.url,
      referer: `${demo.url}/page`,
      "x-custom": "custom-header-value",
      "x-forwarded-for": "203.0.113.9",
      "x-forwarded-host": "evil.example",
      forwarded: "for=203.0.113.9",
      "proxy-authorization": "Basic cHJveHk6cHJveHk=",
      "user-agent": "BrowserAgent/1.0",
      accept: "text/html",
    };
    const { reply, upstreamGot } = await viaProxy("/api/users", { headers: browser });
    expect(reply.status).toBe(200);
    const [got] = upstreamGot as [Recorded];
    expect(got.headers.authorization).toBe(`Basic ${TOKEN}`);
    expect(got.headers.host).toBe(new URL(upstreamBase).host);
    expect(got.headers.accept).toBe("application/json");
    expect(got.headers["user-agent"]).toMatch(/^scim-filter-builder-demo\//);
    for (const name of ["cookie", "origin", "referer", "x-custom", "x-forwarded-for", "x-forwarded-host", "forwarded", "proxy-authorization"]) expect(got.headers, name).not.toHaveProperty(name);
    const sent = headerText(got.headers);
    for (const value of Object.values(browser)) expect(sent).not.toContain(value);
  });

  it("forwards the documented media types in Accept", async () => {
    const { upstreamGot } = await viaProxy("/api/users/search?limit=10", { headers: { accept: SEARCH_V1 } });
    expect(upstreamGot[0]?.headers.accept).toBe(SEARCH_V1);
    const v3 = "application/vnd.staffbase.accessors.user.v3+json";
    const single = await viaProxy("/api/users/5791e3ffd4c61f21c3df8b90", { headers: { accept: v3 } });
    expect(single.upstreamGot[0]?.headers.accept).toBe(v3);
    const unknown = await viaProxy("/api/users", { headers: { accept: "application/vnd.staffbase.accessors.user.v9+json" } });
    expect(unknown.upstreamGot[0]?.headers.accept).toBe("application/json");
  });

  it("forwards the allowlisted query parameters, spaces as %20", async () => {
    const { reply, upstreamGot } = await viaProxy("/api/users?filter=staffbase.role+eq+%22admin%22&limit=5&offset=10&sort=created_DESC&query=ann&status=activated,pending");
    expect(reply.status).toBe(200);
    const [got] = upstreamGot as [Recorded];
    expect(got.url).toBe("/api/users?filter=staffbase.role%20eq%20%22admin%22&limit=5&offset=10&sort=created_DESC&query=ann&status=activated%2Cpending");
    const search = await viaProxy("/api/users/search?filter=emails%20pr&cursor=bzox&includeProfile=true&limit=50");
    expect(search.upstreamGot[0]?.path).toBe("/api/users/search");
    expect(search.upstreamGot[0]?.query).toEqual([
      ["filter", "emails pr"],
      ["cursor", "bzox"],
      ["includeProfile", "true"],
      ["limit", "50"],
    ]);
  });

  it("forwards /api/users/{id} with the id encoded", async () => {
    const { upstreamGot } = await viaProxy("/api/users/EMP-100001");
    expect(upstreamGot[0]?.url).toBe("/api/users/EMP-100001");
    const spaced = await viaProxy("/api/users/HR%2042");
    expect(spaced.upstreamGot[0]?.url).toBe("/api/users/HR%2042");
    // Double-encoded dots stay an id: they never become a path segment.
    const dots = await viaProxy("/api/users/%252e%252e");
    expect(dots.upstreamGot[0]?.url).toBe("/api/users/%252e%252e");
  });

  it("sends every request to the configured host, whatever the request target or Host header says", async () => {
    const before = received.length;
    expect(await sendRaw(demo.url, "GET http://evil.example/api/users HTTP/1.1")).toMatch(/^HTTP\/1\.1 200/);
    expect(await sendRaw(demo.url, "GET //evil.example/api/users HTTP/1.1")).toMatch(/^HTTP\/1\.1 200/);
    const got = received.slice(before);
    expect(got).toHaveLength(2);
    for (const request of got) {
      expect(request.path).toBe("/api/users");
      expect(request.headers.host).toBe(new URL(upstreamBase).host);
    }
  });

  it("does not follow an upstream redirect to another host", async () => {
    const canaryHits: string[] = [];
    const canary = createServer((request, response) => {
      canaryHits.push(request.url ?? "");
      okHandler(request, response);
    });
    const canaryBase = await listen(canary);
    try {
      handler = (_request, response) => {
        response.writeHead(302, { location: `${canaryBase}/api/users` });
        response.end();
      };
      const { reply } = await viaProxy("/api/users");
      expect(reply.status).toBe(502);
      expect(canaryHits).toEqual([]);
      expectNoToken(reply);
    } finally {
      await close(canary);
    }
  });
});

describe("what the proxy refuses without contacting the upstream", () => {
  it.each(["/api/users?token=abc", "/api/users?filter=x&apikey=1", "/api/users?FILTER=x", "/api/users/search?callback=x", "/api/users?url=http://evil.example"])("an unknown query parameter: %s → 400", async (path) => {
    const body = await expectRefused(path, 400);
    expect(body.message).toContain("not forwarded");
  });

  it.each(["/api", "/api/", "/api/groups", "/api/spaces/search", "/api/users/a/b", "/api/users/search/x", "/api/users/5791e3ffd4c61f21c3df8b90/recovery", "/api/branch/users", "/api/users/%2e%2e", "/api/users/%2E%2E/groups"])(
    "a path other than /api/users, /search or /{id}: %s → 404",
    async (path) => {
      await expectRefused(path, 404);
    },
  );

  it.each(["/api/users/a%2Fb", "/api/users/..%2Fgroups", "/api/users/..%2F..%2Fadmin", "/api/users/%2F", "/api/users/%E0%A4%A"])("an id with an encoded slash or bad encoding: %s → 400", async (path) => {
    await expectRefused(path, 400);
  });

  it("a raw `..` or backslash path never reaches another upstream path", async () => {
    const before = received.length;
    expect(await sendRaw(demo.url, "GET /api/users/../groups HTTP/1.1")).toMatch(/^HTTP\/1\.1 404/);
    expect(await sendRaw(demo.url, "GET /api/users\\..\\groups HTTP/1.1")).toMatch(/^HTTP\/1\.1 404/);
    expect(await sendRaw(demo.url, "GET //[ HTTP/1.1")).toMatch(/^HTTP\/1\.1 404/);
    expect(received.slice(before)).toEqual([]);
  });

  it.each(["POST", "PUT", "PATCH", "DELETE", "OPTIONS"])("%s → 405 with Allow: GET", async (method) => {
    for (const path of ["/api/users", "/api/users/5791e3ffd4c61f21c3df8b90", "/api/users/search", "/api/users/5791e3ffd4c61f21c3df8b90/recovery"]) {
      const { reply, upstreamGot } = await viaProxy(path, { method, headers: { "content-type": "application/json" }, body: '{"status":"deactivated"}' });
      expect(reply.status).toBe(405);
      expect(reply.headers.allow).toBe("GET");
      expect(upstreamGot).toEqual([]);
    }
  });

  it("HEAD → 405", async () => {
    const { reply, upstreamGot } = await viaProxy("/api/users", { method: "HEAD" });
    expect(reply.status).toBe(405);
    expect(upstreamGot).toEqual([]);
  });

  it("a GET with a body → 413 (Content-Length or chunked)", async () => {
    await expectRefused("/api/users", 413, { body: "x".repeat(100) });
    await expectRefused("/api/users", 413, { body: "x".repeat(100), chunked: true });
  });

  it("a request line over 8 KB → 414", async () => {
    await expectRefused(`/api/users?filter=${"a".repeat(9000)}`, 414);
  });
});

describe("the token never leaks", () => {
  const echoAuthorization: Handler = (request, response) => {
    const echoed = request.headers.authorization ?? "";
    json(response, 200, { total: 0, data: [], echo: echoed, token: echoed.slice("Basic ".length) }, { "x-echo-authorization": echoed, "set-cookie": `token=${echoed.slice(6)}` });
  };

  it("not when the upstream echoes it in a 200 body or headers", async () => {
    handler = echoAuthorization;
    const { reply } = await viaProxy("/api/users");
    expect(reply.status).toBe(200);
    expectNoToken(reply);
    expect(reply.headers).not.toHaveProperty("x-echo-authorization");
    expect(reply.headers).not.toHaveProperty("set-cookie");
  });

  it("not when the upstream echoes it JSON-escaped (`\\/`), as some servers do", async () => {
    handler = (request, response) => {
      response.writeHead(200, { "content-type": "application/json" });
      response.end(JSON.stringify({ total: 0, data: [], echo: request.headers.authorization ?? "" }).replaceAll("/", "\\/"));
    };
    const { reply } = await viaProxy("/api/users");
    expect(reply.status).toBe(200);
    expectNoToken(reply);
    expect(JSON.stringify(reply.json())).not.toContain(TOKEN);
  });

  it.each([400, 401, 403, 404, 429, 500])("not when the upstream echoes it in a %i error (JSON or text)", async (status) => {
    handler = (request, response) => json(response, status, { message: `Bad credentials: ${request.headers.authorization ?? ""}`, details: { token: request.headers.authorization ?? "" } });
    const asJson = await viaProxy("/api/users");
    expectNoToken(asJson.reply);
    expect(JSON.stringify(asJson.reply.json())).not.toContain(TOKEN);
    handler = (request, response) => {
      response.writeHead(status, { "content-type": "text/plain" });
      response.end(`no: ${request.headers.authorization ?? ""}`);
    };
    const asText = await viaProxy("/api/users");
    expectNoToken(asText.reply);
  });

  it("not when the upstream escapes it in an error message", async () => {
    handler = (request, response) => {
      response.writeHead(400, { "content-type": "application/json" });
      response.end(JSON.stringify({ message: `bad token ${request.headers.authorization ?? ""}` }).replaceAll("/", "\\/"));
    };
    const { reply } = await viaProxy("/api/users");
    expect(reply.status).toBe(400);
    expectNoToken(reply);
    expect(JSON.stringify(reply.json())).not.toContain(TOKEN);
  });
});

describe("upstream answers, as messages the app can show", () => {
  it("200 passes the body and the upstream's media type", async () => {
    handler = (_request, response) => json(response, 200, { total: 2, entries: [{ data: { id: "a" } }, { data: { id: "b" } }], cursor: null }, { "content-type": `${SEARCH_V1}; charset=utf-8` });
    const { reply } = await viaProxy("/api/users/search", { headers: { accept: SEARCH_V1 } });
    expect(reply.status).toBe(200);
    expect(reply.headers["content-type"]).toBe(`${SEARCH_V1}; charset=utf-8`);
    expect(reply.json()).toEqual({ total: 2, entries: [{ data: { id: "a" } }, { data: { id: "b" } }], cursor: null });
  });

  it("400 passes the upstream's message and details", async () => {
    const upstreamBody = { type: "BadRequestException", statusCode: 400, message: "Invalid filter: unknown attribute foo", details: { position: 0, line: 1, column: 1 } };
    handler = (_request, response) => json(response, 400, upstreamBody);
    const { reply } = await viaProxy("/api/users?filter=foo%20eq%20%22x%22");
    expect(reply.status).toBe(400);
    expect(reply.json()).toEqual({ statusCode: 400, source: "upstream", message: upstreamBody.message, details: upstreamBody.details });
  });

  it("400 with a text body passes the text", async () => {
    handler = (_request, response) => {
      response.writeHead(400, { "content-type": "text/plain" });
      response.end("filter: unexpected token at 12");
    };
    const { reply } = await viaProxy("/api/users?filter=x");
    expect(reply.json()).toMatchObject({ statusCode: 400, message: "filter: unexpected token at 12" });
  });

  it("401 and 403 say what is wrong with the token", async () => {
    handler = (_request, response) => json(response, 401, { type: "NotLoggedInException", statusCode: 401, message: "This end point requires authentication.", identifier: 40102 });
    const unauthorized = await viaProxy("/api/users");
    expect(unauthorized.reply.status).toBe(401);
    const body401 = unauthorized.reply.json<ProxyErrorBody>();
    expect(body401.message).toContain("STAFFBASE_TOKEN");
    expect(body401.message).toContain("This end point requires authentication.");
    handler = (_request, response) => json(response, 403, { message: "Forbidden" });
    const forbidden = await viaProxy("/api/users");
    expect(forbidden.reply.status).toBe(403);
    expect(forbidden.reply.json<ProxyErrorBody>().message).toMatch(/administrative token/);
  });

  it("429 passes Retry-After and retryAfterSeconds", async () => {
    handler = (_request, response) => json(response, 429, { message: "Too many requests" }, { "retry-after": "17" });
    const { reply } = await viaProxy("/api/users");
    expect(reply.status).toBe(429);
    expect(reply.headers["retry-after"]).toBe("17");
    const body = reply.json<ProxyErrorBody>();
    expect(body).toMatchObject({ statusCode: 429, retryAfterSeconds: 17, source: "upstream" });
    expect(body.message).toContain("17");
  });

  it("429 with Retry-After as an HTTP date passes the seconds until then", async () => {
    const inOneMinute = new Date(Date.now() + 60_000).toUTCString();
    handler = (_request, response) => json(response, 429, {}, { "retry-after": inOneMinute });
    const { reply } = await viaProxy("/api/users");
    const seconds = reply.json<ProxyErrorBody>().retryAfterSeconds ?? -1;
    expect(seconds).toBeGreaterThanOrEqual(55);
    expect(seconds).toBeLessThanOrEqual(60);
    expect(reply.headers["retry-after"]).toBe(String(seconds));
  });

  it("429 without Retry-After has no retryAfterSeconds", async () => {
    handler = (_request, response) => json(response, 429, {});
    const { reply } = await viaProxy("/api/users");
    expect(reply.status).toBe(429);
    expect(reply.headers).not.toHaveProperty("retry-after");
    expect(reply.json()).not.toHaveProperty("retryAfterSeconds");
  });

  it.each([500, 502, 503, 504])("%i → 502 naming the upstream status", async (status) => {
    handler = (_request, response) => json(response, status, { message: "Internal trouble" });
    const { reply } = await viaProxy("/api/users");
    expect(reply.status).toBe(502);
    const body = reply.json<ProxyErrorBody>();
    expect(body.message).toContain(String(status));
    expect(body.message).toContain("Internal trouble");
  });

  it("a hanging upstream → 504 after the configured timeout", async () => {
    handler = () => undefined;
    const { reply, upstreamGot } = await viaProxy("/api/users");
    expect(upstreamGot).toHaveLength(1);
    expect(reply.status).toBe(504);
    expect(reply.json()).toMatchObject({ statusCode: 504, source: "proxy" });
  });

  it("an upstream that sends headers and then hangs → 504 too", async () => {
    handler = (_request, response) => {
      response.writeHead(200, { "content-type": "application/json" });
      response.write('{"total": 1, "data": [');
    };
    const { reply } = await viaProxy("/api/users");
    expect(reply.status).toBe(504);
    expect(reply.json()).toMatchObject({ statusCode: 504, source: "proxy" });
  });

  it("an oversized response → 502 (declared or streamed)", async () => {
    handler = (_request, response) => json(response, 200, { data: "x".repeat(MAX_BYTES * 2) });
    const declared = await viaProxy("/api/users");
    expect(declared.reply.status).toBe(502);
    expect(declared.reply.json<ProxyErrorBody>().message).toContain(String(MAX_BYTES));
    handler = (_request, response) => {
      response.writeHead(200, { "content-type": "application/json" });
      for (let index = 0; index < 10; index++) response.write("x".repeat(1000));
      response.end();
    };
    const streamed = await viaProxy("/api/users");
    expect(streamed.reply.status).toBe(502);
  });

  it("an unreachable upstream → 502", async () => {
    const gone = createServer();
    const goneBase = await listen(gone);
    await close(gone);
    const other = await startDemoServer(loadConfig({ STAFFBASE_BASE_URL: goneBase, STAFFBASE_TOKEN: TOKEN, PORT: "0", UPSTREAM_TIMEOUT_MS: "2000" }), { log: (line) => logs.push(line) });
    try {
      const reply = await send(other.url, "/api/users");
      expect(reply.status).toBe(502);
      expect(reply.json()).toMatchObject({ statusCode: 502, source: "proxy" });
      expectNoToken(reply);
    } finally {
      await other.close();
    }
  });
});

describe("configuration", () => {
  it("a token given as `Basic <token>` is sent once, unchanged", async () => {
    const other = await startDemoServer(loadConfig({ STAFFBASE_BASE_URL: upstreamBase, STAFFBASE_TOKEN: `Basic ${TOKEN}`, PORT: "0" }), { log: (line) => logs.push(line) });
    try {
      const before = received.length;
      expect((await send(other.url, "/api/users")).status).toBe(200);
      expect(received.slice(before).map((request) => [request.url, request.headers.authorization])).toEqual([["/api/users", `Basic ${TOKEN}`]]);
    } finally {
      await other.close();
    }
  });

  it("/demo/backend names the host and no token; /demo/lookup has nothing to look up", async () => {
    const backend = await send(demo.url, "/demo/backend");
    expect(backend.json()).toEqual({ kind: "proxy", users: null, host: new URL(upstreamBase).host });
    expectNoToken(backend);
    expect((await send(demo.url, "/demo/lookup?field=groups&query=")).json()).toEqual([]);
  });
});

describe("after all of this", () => {
  it("the server still serves a good request", async () => {
    const { reply, upstreamGot } = await viaProxy("/api/users?filter=groups%20eq%20%22604fab5e830203614e6fa59d%22");
    expect(reply.status).toBe(200);
    expect(upstreamGot[0]?.query).toEqual([["filter", 'groups eq "604fab5e830203614e6fa59d"']]);
  });

  it("no log line contains the token, and every request was logged without its query", () => {
    expect(logs.length).toBeGreaterThan(50);
    for (const line of logs) {
      expect(line).not.toContain(TOKEN);
      expect(line).not.toContain("?");
      expect(line).toMatch(/^[A-Z]+ \/\S* → \d{3} in \d+ ms$/);
    }
    expect(logs).toContainEqual(expect.stringMatching(/^GET \/api\/users → 504/));
    expect(logs).toContainEqual(expect.stringMatching(/^GET \/api\/users → 429/));
  });
});
