// DNS rebinding and cross-site requests: the demo answers only requests addressed to it by a loopback name
// or the address it is bound to, from its own page — on every route, the app's included.
import { createServer } from "node:http";
import type { Server } from "node:http";
import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DemoServer } from "../../server/app.js";
import { startDemoServer } from "../../server/app.js";
import { ALLOW_NETWORK_ENV, ConfigError, loadConfig } from "../../server/config.js";
import { close, listen, send } from "./helpers.js";

const TOKEN = Buffer.from("guard-client:guard-secret-value").toString("base64");

let upstream: Server;
let upstreamHits = 0;
let demo: DemoServer;
let port: string;

beforeAll(async () => {
  upstream = createServer((_request, response) => {
    upstreamHits++;
    response.writeHead(200, { "content-type": "application/json" });
    response.end(JSON.stringify({ total: 1, limit: 100, offset: 0, data: [{ id: "u1" }] }));
  });
  const upstreamBase = await listen(upstream);
  demo = await startDemoServer(loadConfig({ STAFFBASE_BASE_URL: upstreamBase, STAFFBASE_TOKEN: TOKEN, PORT: "0" }), {
    log: () => undefined,
    app: (_request, response) => {
      response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      response.end("<!doctype html><title>app</title>");
    },
  });
  port = new URL(demo.url).port;
});

afterAll(async () => {
  await demo.close();
  await close(upstream);
});

const ROUTES = ["/api/users?limit=1000", "/api/users/search", "/demo/backend", "/demo/lookup?field=groups&query=", "/demo/schemas/rfc7643.json", "/", "/index.html"];

async function refused(path: string, headers: Record<string, string>, why: RegExp) {
  const before = upstreamHits;
  const reply = await send(demo.url, path, { headers });
  expect(reply.status, `${path} ${JSON.stringify(headers)}`).toBe(403);
  expect(reply.json<{ message: string }>().message).toMatch(why);
  expect(reply.headers["x-content-type-options"]).toBe("nosniff");
  expect(upstreamHits, "the upstream must not be contacted").toBe(before);
}

describe("refused, on every route, before the upstream is contacted", () => {
  it.each(ROUTES)("%s under another Host name (DNS rebinding)", async (path) => {
    for (const host of [`attacker.example:${port}`, "attacker.example", `127.0.0.1.attacker.example:${port}`, `localhost.attacker.example:${port}`, "[::2]:80", "a b", `192.168.1.10:${port}`]) {
      await refused(path, { host }, /Host header names .* not this demo's address/);
    }
  });

  it("an HTTP/1.0 request without Host", async () => {
    const statusLine = await new Promise<string>((resolve) => {
      const socket = connect(Number(port), "127.0.0.1", () => socket.write("GET /api/users HTTP/1.0\r\n\r\n"));
      let received = "";
      socket.on("data", (chunk: Buffer) => (received += chunk.toString("latin1")));
      socket.on("close", () => resolve(received));
    });
    expect(statusLine).toMatch(/^HTTP\/1\.1 403/);
    expect(statusLine).toContain("no Host header");
  });

  it.each(ROUTES)("%s with a foreign Origin, whatever Host says", async (path) => {
    for (const origin of ["https://attacker.example", `http://attacker.example:${port}`, `http://127.0.0.1:${Number(port) + 1}`, "null", `https://127.0.0.1:${port}.attacker.example`, "file://"]) {
      await refused(path, { origin }, /Origin .* is not the demo's own/);
    }
  });

  it.each(ROUTES)("%s with Sec-Fetch-Site cross-site or same-site", async (path) => {
    await refused(path, { "sec-fetch-site": "cross-site" }, /Sec-Fetch-Site is "cross-site"/);
    await refused(path, { "sec-fetch-site": "same-site" }, /Sec-Fetch-Site is "same-site"/);
  });

  it("the attack as reported: Host attacker.example, its Origin and cross-site, for 1,000 users", async () => {
    await refused("/api/users?limit=1000", { host: `attacker.example:${port}`, origin: "https://attacker.example", "sec-fetch-site": "cross-site" }, /Host header/);
  });
});

describe("served", () => {
  it.each(ROUTES)("%s by every loopback name, and from the demo's own page", async (path) => {
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `LOCALHOST:${port}`, `[::1]:${port}`, `app.localhost:${port}`, "127.0.0.1", "localhost."]) {
      const reply = await send(demo.url, path, { headers: { host } });
      expect(reply.status, `${path} Host: ${host}`).toBe(200);
    }
    const sameOrigin = await send(demo.url, path, { headers: { origin: demo.url, "sec-fetch-site": "same-origin", "sec-fetch-mode": "cors" } });
    expect(sameOrigin.status).toBe(200);
    const typed = await send(demo.url, path, { headers: { "sec-fetch-site": "none", "sec-fetch-mode": "navigate" } });
    expect(typed.status).toBe(200);
  });

  it("by the address it is bound to, and by names in ALLOWED_HOSTS", async () => {
    const named = await startDemoServer(loadConfig({ PORT: "0", MOCK_USERS: "5", HOST: "127.0.0.2", ALLOWED_HOSTS: "demo.internal, Other.Example" }), { log: () => undefined });
    try {
      const namedPort = new URL(named.url).port;
      for (const host of [`127.0.0.2:${namedPort}`, `demo.internal:${namedPort}`, `other.example:${namedPort}`, `localhost:${namedPort}`]) {
        expect((await send(named.url, "/api/users?limit=1", { headers: { host } })).status, host).toBe(200);
      }
      expect((await send(named.url, "/api/users?limit=1", { headers: { host: `demo.internal.evil:${namedPort}` } })).status).toBe(403);
    } finally {
      await named.close();
    }
  });
});

describe("security headers on everything", () => {
  it.each(ROUTES)("%s: nosniff and a Content-Security-Policy", async (path) => {
    const reply = await send(demo.url, path);
    expect(reply.headers["x-content-type-options"]).toBe("nosniff");
    const csp = reply.headers["content-security-policy"] ?? "";
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(csp).toMatch(path.startsWith("/api") || path.startsWith("/demo") ? /^default-src 'none'/ : /script-src 'self'/);
  });
});

describe("binding to the network in proxy mode", () => {
  const proxy = { STAFFBASE_BASE_URL: "https://app.staffbase.com/api", STAFFBASE_TOKEN: TOKEN };

  it.each(["0.0.0.0", "::", "192.168.1.10", "demo.example"])("HOST=%s is refused without the opt-in, and says how", (host) => {
    expect(() => loadConfig({ ...proxy, HOST: host })).toThrow(ConfigError);
    expect(() => loadConfig({ ...proxy, HOST: host })).toThrow(new RegExp(`reachable from the network.*${ALLOW_NETWORK_ENV}=1`));
    expect(() => loadConfig({ ...proxy, HOST: host, [ALLOW_NETWORK_ENV]: "yes" })).toThrow(ConfigError);
  });

  it("with the opt-in it starts, with a warning to print", () => {
    const config = loadConfig({ ...proxy, HOST: "0.0.0.0", [ALLOW_NETWORK_ENV]: "1" });
    expect(config.host).toBe("0.0.0.0");
    expect(config.warnings).toEqual([expect.stringMatching(/^Warning: HOST=0\.0\.0\.0 makes the proxy reachable from the network/)]);
  });

  it.each(["127.0.0.1", "localhost", "::1", "127.1.2.3"])("HOST=%s is loopback: no opt-in, no warning", (host) => {
    expect(loadConfig({ ...proxy, HOST: host }).warnings).toEqual([]);
  });

  it("the embedded mock holds no real token: any HOST is allowed", () => {
    expect(loadConfig({ HOST: "0.0.0.0" }).warnings).toEqual([]);
  });
});
