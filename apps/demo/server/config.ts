import { readDotenv } from "./dotenv.js";
import { DEFAULT_MAX_IN_FLIGHT } from "./proxy/proxy.js";
import { isLoopbackHost } from "./security/request-guard.js";

/** The embedded mock's token: base64 of `mock-client:mock-secret`, shaped like a Studio API token. */
export const DEFAULT_MOCK_TOKEN = Buffer.from("mock-client:mock-secret").toString("base64");

export interface DemoConfig {
  host: string;
  port: number;
  /** `mock`: the embedded mock User API; `proxy`: a real Staffbase instance. */
  backend: { kind: "mock"; token: string; users: number; rateLimitPerMinute: number } | { kind: "proxy"; baseUrl: URL; token: string };
  timeoutMs: number;
  maxResponseBytes: number;
  /** Upstream requests the proxy runs at once; beyond them it answers 429. */
  maxInFlight: number;
  /** Names besides loopback and HOST that the demo answers to (ALLOWED_HOSTS). */
  allowedHosts: string[];
  /** Said when the server starts (e.g. a proxy reachable from the network). */
  warnings: string[];
}

/** The opt-in for a proxy bound to a non-loopback HOST: anyone who reaches it reads users with the token. */
export const ALLOW_NETWORK_ENV = "DEMO_ALLOW_NETWORK";

export class ConfigError extends Error {}

function number(env: Record<string, string | undefined>, name: string, fallback: number, max = Number.MAX_SAFE_INTEGER): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(`${name} must be a non-negative integer, got "${raw}"`);
  if (Number(raw) > max) throw new ConfigError(`${name} must be at most ${max}, got ${raw}`);
  return Number(raw);
}

/** The API base: `https://<app>.staffbase.com/api` (a bare origin gets `/api`). Only https, except for loopback. */
function apiBase(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`STAFFBASE_BASE_URL must be an absolute URL such as https://app.staffbase.com/api, got "${raw}"`);
  }
  const loopback = url.hostname === "127.0.0.1" || url.hostname === "localhost" || url.hostname === "[::1]";
  if (url.protocol !== "https:" && !(loopback && url.protocol === "http:")) throw new ConfigError("STAFFBASE_BASE_URL must use https");
  if (url.username !== "" || url.password !== "" || url.search !== "" || url.hash !== "") throw new ConfigError("STAFFBASE_BASE_URL must not contain credentials, a query or a fragment");
  const path = url.pathname.replace(/\/+$/, "");
  url.pathname = /\/api$/.test(path) ? path : `${path}/api`;
  return url;
}

/** Reads the configuration from the environment, then a git-ignored .env file (the environment wins). */
export function loadConfig(env: Record<string, string | undefined>, dotenvPath?: string): DemoConfig {
  const merged = { ...(dotenvPath === undefined ? {} : readDotenv(dotenvPath)), ...env };
  const baseUrl = merged.STAFFBASE_BASE_URL?.trim() ?? "";
  const token = merged.STAFFBASE_TOKEN?.trim() ?? "";
  if ((baseUrl === "") !== (token === "")) throw new ConfigError("Set both STAFFBASE_BASE_URL and STAFFBASE_TOKEN to use a real instance, or neither for the embedded mock");
  const host = merged.HOST?.trim() || "127.0.0.1";
  const warnings: string[] = [];
  if (baseUrl !== "" && !isLoopbackHost(host)) {
    const risk = `HOST=${host} makes the proxy reachable from the network: anyone who reaches it reads users with STAFFBASE_TOKEN`;
    if (merged[ALLOW_NETWORK_ENV] !== "1") throw new ConfigError(`${risk}. Use HOST=127.0.0.1, or set ${ALLOW_NETWORK_ENV}=1 if that is what you want`);
    warnings.push(`Warning: ${risk} (${ALLOW_NETWORK_ENV}=1).`);
  }
  return {
    host,
    port: number(merged, "PORT", 5175, 65_535),
    backend:
      baseUrl === ""
        ? { kind: "mock", token: merged.MOCK_TOKEN ?? DEFAULT_MOCK_TOKEN, users: number(merged, "MOCK_USERS", 5000), rateLimitPerMinute: number(merged, "MOCK_RATE_LIMIT_PER_MINUTE", 0) }
        : { kind: "proxy", baseUrl: apiBase(baseUrl), token: token.replace(/^basic\s+/i, "") },
    timeoutMs: number(merged, "UPSTREAM_TIMEOUT_MS", 15_000),
    maxResponseBytes: number(merged, "UPSTREAM_MAX_BYTES", 10 * 1024 * 1024),
    maxInFlight: Math.max(1, number(merged, "PROXY_MAX_IN_FLIGHT", DEFAULT_MAX_IN_FLIGHT, 1000)),
    allowedHosts: (merged.ALLOWED_HOSTS ?? "")
      .split(",")
      .map((name) => name.trim().toLowerCase())
      .filter((name) => name !== ""),
    warnings,
  };
}
