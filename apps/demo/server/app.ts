import type { IncomingMessage, Server, ServerResponse } from "node:http";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { RFC7643_SCHEMAS_PATH } from "../shared/sample-schemas.js";
import type { DemoConfig } from "./config.js";
import { requestUrl, sendJson } from "./http.js";
import { createMockUsersApi } from "./mock/users-api.js";
import { GROUPS, seedUsers, SPACES } from "./mock/seed.js";
import { createProxy } from "./proxy/proxy.js";
import { serveSampleSchemas } from "./sample-schemas.js";
import { API_CSP, APP_CSP, setSecurityHeaders } from "./security/headers.js";
import { createRequestGuard } from "./security/request-guard.js";

export type Middleware = (request: IncomingMessage, response: ServerResponse) => Promise<void> | void;

export interface DemoServer {
  server: Server;
  url: string;
  /** The embedded mock API's own server (mock mode), which the proxy forwards to. */
  mockUrl: string | null;
  close: () => Promise<void>;
}

function listen(server: Server, host: string, port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      const address = server.address() as AddressInfo;
      resolve(`http://${host.includes(":") ? `[${host}]` : host}:${address.port}`);
    });
  });
}

function close(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });
}

/** Names for id values, for the builder's lookups (mock mode only: the real API's groups are not proxied). */
function lookup(field: string | null, query: string) {
  const list = field === "staffbase.space" ? SPACES : field === "groups" ? GROUPS : [];
  const needle = query.toLowerCase();
  return list.filter((item) => item.name.toLowerCase().includes(needle) || item.id.startsWith(needle)).map((item) => ({ value: item.id, label: item.name }));
}

/**
 * Starts the demo: one server on `config.host` for the app (`app` middleware) and the API proxy. With no
 * real instance configured, the embedded mock runs on its own loopback port and the proxy forwards to it
 * with the mock token, so the proxy path is exercised exactly as with a real instance.
 */
export async function startDemoServer(
  config: DemoConfig,
  options: {
    app?: Middleware;
    /** The Content-Security-Policy of the app's responses (APP_CSP for the built app, DEV_APP_CSP under Vite). */
    appCsp?: string;
    log?: (line: string) => void;
    createServer?: typeof createServer;
  } = {},
): Promise<DemoServer> {
  const log = options.log ?? ((line: string) => console.log(line));
  let mockServer: Server | null = null;
  let mockUrl: string | null = null;
  let target: { baseUrl: URL; token: string };
  if (config.backend.kind === "mock") {
    const users = seedUsers(config.backend.users);
    mockServer = createServer(createMockUsersApi({ users, token: config.backend.token, rateLimitPerMinute: config.backend.rateLimitPerMinute }));
    mockUrl = await listen(mockServer, "127.0.0.1", 0);
    target = { baseUrl: new URL(`${mockUrl}/api`), token: config.backend.token };
  } else {
    target = { baseUrl: config.backend.baseUrl, token: config.backend.token };
  }
  const proxy = createProxy({ ...target, timeoutMs: config.timeoutMs, maxResponseBytes: config.maxResponseBytes, maxInFlight: config.maxInFlight, log });
  const refusal = createRequestGuard({ boundHost: config.host, allowedHosts: config.allowedHosts });
  const backend = config.backend.kind === "mock" ? { kind: "mock", users: config.backend.users, host: null } : { kind: "proxy", users: null, host: config.backend.baseUrl.host };

  const server = createServer((request, response) => {
    const { pathname, searchParams } = requestUrl(request);
    const isApp = !(pathname === "/api" || pathname.startsWith("/api/") || pathname.startsWith("/demo/")) && options.app !== undefined;
    setSecurityHeaders(response, isApp ? (options.appCsp ?? APP_CSP) : API_CSP);
    // Before any route: a request under a foreign name or from another site is not served at all.
    const refused = refusal(request);
    if (refused !== null) {
      log(`${request.method ?? "?"} ${pathname} → 403 in 0 ms`);
      sendJson(response, 403, { statusCode: 403, message: refused, source: "proxy" });
      return;
    }
    if (pathname === "/api" || pathname.startsWith("/api/")) {
      void proxy(request, response);
    } else if (pathname === "/demo/backend") {
      sendJson(response, 200, backend);
    } else if (pathname === "/demo/lookup") {
      sendJson(response, 200, config.backend.kind === "mock" ? lookup(searchParams.get("field"), searchParams.get("query") ?? "") : []);
    } else if (pathname === RFC7643_SCHEMAS_PATH) {
      serveSampleSchemas(request, response);
    } else if (options.app !== undefined) {
      const app = options.app;
      // The executor also turns a synchronous throw into a rejection (Promise.resolve(app(…)) would not).
      new Promise<void>((resolve) => resolve(app(request, response))).catch(() => {
        if (!response.headersSent) sendJson(response, 500, { message: "The app could not be served" });
      });
    } else {
      sendJson(response, 404, { message: "Not found" });
    }
  });
  const url = await listen(server, config.host, config.port);
  return {
    server,
    url,
    mockUrl,
    close: async () => {
      await close(server);
      if (mockServer !== null) await close(mockServer);
    },
  };
}
