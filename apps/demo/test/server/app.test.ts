// startDemoServer in mock mode, as `pnpm demo` runs it with no configuration: the app's own routes, and
// the API path browser → proxy (adds the mock token) → embedded mock.
import type { MockUser } from "../../shared/mock-facts.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DemoServer } from "../../server/app.js";
import { startDemoServer } from "../../server/app.js";
import { DEFAULT_MOCK_TOKEN, loadConfig } from "../../server/config.js";
import { GROUPS, seedUsers } from "../../server/mock/seed.js";
import { headerText, send } from "./helpers.js";

const users = seedUsers(5000);
const logs: string[] = [];
let demo: DemoServer;

beforeAll(async () => {
  demo = await startDemoServer(loadConfig({ PORT: "0" }), { log: (line) => logs.push(line) });
});

afterAll(async () => {
  await demo.close();
});

describe("the app's routes in mock mode", () => {
  it("listens on loopback, with the mock on its own loopback port", () => {
    expect(demo.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(demo.mockUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(demo.mockUrl).not.toBe(demo.url);
  });

  it("/demo/backend says mock with 5000 users", async () => {
    const reply = await send(demo.url, "/demo/backend");
    expect(reply.status).toBe(200);
    expect(reply.json()).toEqual({ kind: "mock", users: 5000, host: null });
  });

  it("/demo/lookup returns group and space names", async () => {
    const all = await send(demo.url, "/demo/lookup?field=groups&query=");
    expect(all.json()).toEqual(GROUPS.map((group) => ({ value: group.id, label: group.name })));
    expect((await send(demo.url, "/demo/lookup?field=groups&query=SALES")).json()).toEqual([{ value: "604fab5e830203614e6fa5a1", label: "Sales" }]);
    expect((await send(demo.url, "/demo/lookup?field=groups&query=604fab5e830203614e6fa59d")).json()).toEqual([{ value: "604fab5e830203614e6fa59d", label: "All Employees" }]);
    expect((await send(demo.url, "/demo/lookup?field=staffbase.space&query=germ")).json()).toEqual([{ value: "5fc7743d3dd910548d350a2b", label: "Germany" }]);
    expect((await send(demo.url, "/demo/lookup?field=staffbase.role&query=")).json()).toEqual([]);
    expect((await send(demo.url, "/demo/lookup")).json()).toEqual([]);
  });

  it("other paths are 404 without an app, and the app's when there is one", async () => {
    expect((await send(demo.url, "/index.html")).status).toBe(404);
    const withApp = await startDemoServer(loadConfig({ PORT: "0", MOCK_USERS: "10" }), {
      log: () => undefined,
      app: (request, response) => {
        if (request.url === "/boom") throw new Error("app failure");
        if (request.url === "/async-boom") return Promise.reject(new Error("async app failure"));
        response.writeHead(200, { "content-type": "text/plain" });
        response.end(`app: ${request.url ?? ""}`);
      },
    });
    try {
      expect((await send(withApp.url, "/some/page")).text).toBe("app: /some/page");
      expect((await send(withApp.url, "/boom")).status).toBe(500);
      expect((await send(withApp.url, "/async-boom")).status).toBe(500);
      expect((await send(withApp.url, "/still/serving")).text).toBe("app: /still/serving");
      expect((await send(withApp.url, "/demo/backend")).json()).toEqual({ kind: "mock", users: 10, host: null });
    } finally {
      await withApp.close();
    }
  });
});

describe("/api through the proxy to the embedded mock", () => {
  it("works without the browser sending a token, and ignores one it sends", async () => {
    const activated = users.filter((user) => user.status === "activated").length;
    for (const headers of [{}, { authorization: "Basic d3Jvbmc6d3Jvbmc=" }]) {
      const reply = await send(demo.url, "/api/users?limit=3", { headers });
      expect(reply.status).toBe(200);
      const body = reply.json<{ total: number; data: MockUser[] }>();
      expect(body.total).toBe(activated);
      expect(body.data).toHaveLength(3);
    }
  });

  it("the mock itself still wants the token", async () => {
    const reply = await send(demo.mockUrl ?? "", "/api/users");
    expect(reply.status).toBe(401);
    expect((await send(demo.mockUrl ?? "", "/api/users?limit=1", { headers: { authorization: `Basic ${DEFAULT_MOCK_TOKEN}` } })).status).toBe(200);
  });

  it("a bad filter comes back as 400 with the mock's message and position", async () => {
    const reply = await send(demo.url, `/api/users?filter=${encodeURIComponent('staffbase.role eq "admin" and')}`);
    expect(reply.status).toBe(400);
    const body = reply.json<{ statusCode: number; message: string; source: string; details: Record<string, unknown> }>();
    expect(body).toMatchObject({ statusCode: 400, source: "upstream", details: { position: 29, line: 1, column: 30 } });
    expect(body.message).toMatch(/^Invalid filter: /);
    // The proxy's own envelope: the upstream's body itself is never passed on.
    expect(Object.keys(body).sort()).toEqual(["details", "message", "source", "statusCode"]);
  });

  it("search and single users pass through", async () => {
    const search = await send(demo.url, "/api/users/search?limit=2", { headers: { accept: "application/vnd.staffbase.accessors.users-search.v1+json" } });
    expect(search.status).toBe(200);
    expect(search.json<{ entries: unknown[] }>().entries).toHaveLength(2);
    const user = users[42] as MockUser;
    const single = await send(demo.url, `/api/users/${user.id}`);
    expect(single.json<MockUser>().id).toBe(user.id);
    const missing = await send(demo.url, "/api/users/000000000000000000000000");
    expect(missing.status).toBe(404);
  });

  it("the mock's rate limit reaches the app as 429 with retryAfterSeconds", async () => {
    const limited = await startDemoServer(loadConfig({ PORT: "0", MOCK_USERS: "10", MOCK_RATE_LIMIT_PER_MINUTE: "1" }), { log: () => undefined });
    try {
      expect((await send(limited.url, "/api/users")).status).toBe(200);
      const reply = await send(limited.url, "/api/users");
      expect(reply.status).toBe(429);
      const seconds = Number(reply.headers["retry-after"]);
      expect(seconds).toBeGreaterThanOrEqual(1);
      expect(reply.json()).toMatchObject({ statusCode: 429, retryAfterSeconds: seconds });
    } finally {
      await limited.close();
    }
  });

  it("the mock token appears in no response and no log line", async () => {
    for (const path of ["/api/users?limit=1", "/api/users?filter=x", "/api/users/search?limit=0", "/demo/backend", "/api/users/nope", "/api/users?evil=1"]) {
      const reply = await send(demo.url, path);
      expect(reply.text).not.toContain(DEFAULT_MOCK_TOKEN);
      expect(headerText(reply.headers)).not.toContain(DEFAULT_MOCK_TOKEN);
    }
    expect(logs.length).toBeGreaterThan(0);
    for (const line of logs) expect(line).not.toContain(DEFAULT_MOCK_TOKEN);
  });
});
