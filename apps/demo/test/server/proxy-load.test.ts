// A fake upstream on 127.0.0.1 that hangs or floods: a browser that gives up cancels its upstream request,
// the proxy runs a bounded number of upstream requests at once (429 with Retry-After beyond), and memory
// stays flat under 100 concurrent clients fetching large answers.
import { createServer, request as httpRequest } from "node:http";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { DemoServer } from "../../server/app.js";
import { startDemoServer } from "../../server/app.js";
import { loadConfig } from "../../server/config.js";
import { close, listen, send } from "./helpers.js";

const MAX_IN_FLIGHT = 4;
type Handler = (request: IncomingMessage, response: ServerResponse) => void;
let handler: Handler;
let upstream: Server;
let demo: DemoServer;
/** Upstream requests open right now, and the most seen at once. */
let open = 0;
let mostOpen = 0;
const closed: (() => void)[] = [];

beforeAll(async () => {
  upstream = createServer((request, response) => {
    open++;
    mostOpen = Math.max(mostOpen, open);
    response.on("close", () => {
      open--;
      for (const notify of closed.splice(0)) notify();
    });
    handler(request, response);
  });
  const base = await listen(upstream);
  // A long timeout: only the browser's going away can end a hanging request in these tests.
  demo = await startDemoServer(loadConfig({ STAFFBASE_BASE_URL: base, STAFFBASE_TOKEN: "bG9hZDpsb2Fk", PORT: "0", UPSTREAM_TIMEOUT_MS: "600000", PROXY_MAX_IN_FLIGHT: String(MAX_IN_FLIGHT) }), { log: () => undefined });
});

afterEach(() => {
  mostOpen = open;
});

afterAll(async () => {
  await demo.close();
  await close(upstream);
});

/** Resolves once no upstream request is open. */
async function allUpstreamClosed(): Promise<void> {
  while (open > 0) await new Promise<void>((resolve) => closed.push(resolve));
}

/** Starts a request and gives it up once the upstream has it. */
function abandon(path: string, upstreamHasIt: Promise<void>): Promise<void> {
  const port = new URL(demo.url).port;
  return new Promise((resolve) => {
    const request = httpRequest({ host: "127.0.0.1", port, path, agent: false });
    request.on("error", () => resolve());
    request.on("close", () => resolve());
    request.end();
    void upstreamHasIt.then(() => request.destroy());
  });
}

describe("a browser that gives up", () => {
  it("cancels its upstream request, also for many abandoned requests in a row", async () => {
    let arrived: () => void = () => undefined;
    handler = () => arrived(); // hangs: never answers
    for (let round = 0; round < 30; round++) {
      const upstreamHasIt = new Promise<void>((resolve) => (arrived = resolve));
      await abandon("/api/users", upstreamHasIt);
      await allUpstreamClosed();
    }
    expect(open).toBe(0);
    // The proxy's slots were given back: a request now goes through.
    handler = (_request, response) => {
      response.writeHead(200, { "content-type": "application/json" });
      response.end('{"total":0}');
    };
    expect((await send(demo.url, "/api/users")).status).toBe(200);
  });
});

describe("requests in flight", () => {
  it(`at most ${MAX_IN_FLIGHT} at once upstream; the others get 429 with Retry-After`, async () => {
    const waiting: ServerResponse[] = [];
    let arrivedAll: () => void = () => undefined;
    const allArrived = new Promise<void>((resolve) => (arrivedAll = resolve));
    handler = (_request, response) => {
      waiting.push(response);
      if (waiting.length === MAX_IN_FLIGHT) arrivedAll();
    };
    const first = Array.from({ length: MAX_IN_FLIGHT }, () => send(demo.url, "/api/users"));
    await allArrived;
    const refused = await Promise.all(Array.from({ length: 10 }, () => send(demo.url, "/api/users")));
    for (const reply of refused) {
      expect(reply.status).toBe(429);
      expect(reply.headers["retry-after"]).toBe("1");
      expect(reply.json()).toMatchObject({ statusCode: 429, source: "proxy", retryAfterSeconds: 1 });
    }
    expect(mostOpen).toBe(MAX_IN_FLIGHT);
    for (const response of waiting) {
      response.writeHead(200, { "content-type": "application/json" });
      response.end('{"total":0}');
    }
    expect((await Promise.all(first)).map((reply) => reply.status)).toEqual(Array(MAX_IN_FLIGHT).fill(200));
  });

  it("a refused request (bad path, bad parameter) takes no slot", async () => {
    const replies = await Promise.all(Array.from({ length: 20 }, (_, index) => send(demo.url, index % 2 === 0 ? "/api/groups" : "/api/users?evil=1")));
    expect(new Set(replies.map((reply) => reply.status))).toEqual(new Set([400, 404]));
  });
});

describe("memory under 100 concurrent clients of large answers", () => {
  it("stays bounded by the requests in flight, not by the clients", async () => {
    const SIZE = 2 * 1024 * 1024;
    const CLIENTS = 100;
    // One answer of 2 MB, built once: the upstream sends the same bytes every time.
    const answer = Buffer.from(JSON.stringify({ total: 1, data: [{ id: "u1", blob: "x".repeat(SIZE) }] }));
    handler = (_request, response) => {
      response.writeHead(200, { "content-type": "application/json", "content-length": answer.length });
      response.end(answer);
    };
    const port = new URL(demo.url).port;
    /** One client: retries after a 429 (a bounded number of times), counts the bytes it gets and keeps none. */
    const client = async (): Promise<number> => {
      for (let attempt = 0; attempt < 2000; attempt++) {
        const { status, bytes } = await new Promise<{ status: number; bytes: number }>((resolve, reject) => {
          const request = httpRequest({ host: "127.0.0.1", port, path: "/api/users", agent: false }, (response) => {
            let bytes = 0;
            response.on("data", (chunk: Buffer) => (bytes += chunk.length));
            response.on("end", () => resolve({ status: response.statusCode ?? 0, bytes }));
          });
          request.on("error", reject);
          request.end();
        });
        if (status === 200) return bytes;
        expect(status).toBe(429);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      throw new Error("never served");
    };
    const used = () => {
      const memory = process.memoryUsage();
      return memory.heapUsed + memory.arrayBuffers;
    };
    global.gc?.();
    const baseline = used();
    let peak = 0;
    const sampler = setInterval(() => (peak = Math.max(peak, used() - baseline)), 2);
    const received = await Promise.all(Array.from({ length: CLIENTS }, client));
    clearInterval(sampler);
    expect(received).toEqual(Array(CLIENTS).fill(answer.length));
    expect(mostOpen).toBeLessThanOrEqual(MAX_IN_FLIGHT);
    // Buffering every answer (and copying it) would take over 2 × 100 × 2 MB; the proxy holds a few copies per slot.
    // (Here some 70 MB, garbage not yet collected included.)
    expect(peak).toBeLessThan(CLIENTS * SIZE * 0.75);
  });
});
