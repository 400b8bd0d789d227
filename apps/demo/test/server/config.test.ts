// loadConfig: the embedded mock by default, a real instance with STAFFBASE_BASE_URL and STAFFBASE_TOKEN
// from the environment or a git-ignored .env file (the environment wins).
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import type { DemoConfig } from "../../server/config.js";
import { ConfigError, DEFAULT_MOCK_TOKEN, loadConfig } from "../../server/config.js";

const REPO_ROOT = fileURLToPath(new URL("../../../../", import.meta.url));
const directory = mkdtempSync(join(tmpdir(), "demo-config-"));

afterAll(() => {
  rmSync(directory, { recursive: true, force: true });
});

let files = 0;
function dotenv(text: string): string {
  const path = join(directory, `${files++}.env`);
  writeFileSync(path, text);
  return path;
}

function proxyBackend(config: DemoConfig) {
  if (config.backend.kind !== "proxy") throw new Error(`expected the proxy backend, got ${config.backend.kind}`);
  return config.backend;
}

describe("loadConfig", () => {
  it("defaults to the embedded mock on 127.0.0.1", () => {
    expect(loadConfig({})).toEqual({
      host: "127.0.0.1",
      port: 5175,
      backend: { kind: "mock", token: DEFAULT_MOCK_TOKEN, users: 5000, rateLimitPerMinute: 0 },
      timeoutMs: 15_000,
      maxResponseBytes: 10 * 1024 * 1024,
      maxInFlight: 8,
      allowedHosts: [],
      warnings: [],
    });
    expect(Buffer.from(DEFAULT_MOCK_TOKEN, "base64").toString()).toBe("mock-client:mock-secret");
  });

  it("a missing .env file is no error", () => {
    expect(loadConfig({}, join(directory, "does-not-exist.env")).backend.kind).toBe("mock");
  });

  it("reads the mock's settings", () => {
    const config = loadConfig({ MOCK_USERS: "120", MOCK_TOKEN: "bW9jazp0ZXN0", MOCK_RATE_LIMIT_PER_MINUTE: "30", PORT: "0", UPSTREAM_TIMEOUT_MS: "500", UPSTREAM_MAX_BYTES: "2048" });
    expect(config).toMatchObject({ port: 0, timeoutMs: 500, maxResponseBytes: 2048, backend: { kind: "mock", token: "bW9jazp0ZXN0", users: 120, rateLimitPerMinute: 30 } });
  });

  it("reads a .env file: comments, export, quotes, blank lines", () => {
    const path = dotenv(
      [
        "# The Staffbase instance",
        "",
        "export STAFFBASE_BASE_URL=https://acme.staffbase.com/api",
        'STAFFBASE_TOKEN="dGVzdDEyMzQ2Nzg6dGVzdDEyMzQ2Nzg="',
        "PORT = 6001   # a comment",
        "UPSTREAM_TIMEOUT_MS='2500'",
        "not a line",
      ].join("\n"),
    );
    const config = loadConfig({}, path);
    const backend = proxyBackend(config);
    expect(backend.baseUrl.href).toBe("https://acme.staffbase.com/api");
    expect(backend.token).toBe("dGVzdDEyMzQ2Nzg6dGVzdDEyMzQ2Nzg=");
    expect(config.port).toBe(6001);
    expect(config.timeoutMs).toBe(2500);
  });

  it("reads CRLF line endings", () => {
    const config = loadConfig({}, dotenv("STAFFBASE_BASE_URL=https://acme.staffbase.com\r\nSTAFFBASE_TOKEN=abc\r\n"));
    expect(proxyBackend(config).token).toBe("abc");
  });

  it("the environment wins over .env", () => {
    const path = dotenv("STAFFBASE_BASE_URL=https://from-file.staffbase.com\nSTAFFBASE_TOKEN=file-token\nPORT=6001\n");
    const config = loadConfig({ STAFFBASE_TOKEN: "env-token", PORT: "6002" }, path);
    const backend = proxyBackend(config);
    expect(backend.token).toBe("env-token");
    expect(backend.baseUrl.host).toBe("from-file.staffbase.com");
    expect(config.port).toBe(6002);
  });

  it("only one of STAFFBASE_BASE_URL and STAFFBASE_TOKEN → ConfigError", () => {
    expect(() => loadConfig({ STAFFBASE_BASE_URL: "https://app.staffbase.com/api" })).toThrow(ConfigError);
    expect(() => loadConfig({ STAFFBASE_TOKEN: "abc" })).toThrow(ConfigError);
    expect(() => loadConfig({ STAFFBASE_TOKEN: "abc", STAFFBASE_BASE_URL: "  " })).toThrow(ConfigError);
    // Split between the file and the environment counts as both.
    expect(proxyBackend(loadConfig({ STAFFBASE_TOKEN: "abc" }, dotenv("STAFFBASE_BASE_URL=https://app.staffbase.com\n"))).token).toBe("abc");
    expect(() => loadConfig({}, dotenv("STAFFBASE_TOKEN=abc\n"))).toThrow(ConfigError);
  });

  it("refuses plain http except on loopback", () => {
    expect(() => loadConfig({ STAFFBASE_BASE_URL: "http://app.staffbase.com/api", STAFFBASE_TOKEN: "abc" })).toThrow(/https/);
    expect(() => loadConfig({ STAFFBASE_BASE_URL: "http://192.168.1.10/api", STAFFBASE_TOKEN: "abc" })).toThrow(ConfigError);
    expect(() => loadConfig({ STAFFBASE_BASE_URL: "ftp://app.staffbase.com/api", STAFFBASE_TOKEN: "abc" })).toThrow(ConfigError);
    for (const url of ["http://127.0.0.1:8080/api", "http://localhost:8080/api", "http://[::1]:8080/api"]) {
      expect(proxyBackend(loadConfig({ STAFFBASE_BASE_URL: url, STAFFBASE_TOKEN: "abc" })).baseUrl.href).toBe(url);
    }
  });

  it("refuses what is no URL, and URLs with credentials, a query or a fragment", () => {
    for (const url of ["app.staffbase.com", "not a url", "https://user:pass@app.staffbase.com/api", "https://app.staffbase.com/api?x=1", "https://app.staffbase.com/api#x"]) {
      expect(() => loadConfig({ STAFFBASE_BASE_URL: url, STAFFBASE_TOKEN: "abc" }), url).toThrow(ConfigError);
    }
  });

  it("adds /api to a bare origin and keeps a given /api", () => {
    const href = (url: string) => proxyBackend(loadConfig({ STAFFBASE_BASE_URL: url, STAFFBASE_TOKEN: "abc" })).baseUrl.href;
    expect(href("https://app.staffbase.com")).toBe("https://app.staffbase.com/api");
    expect(href("https://app.staffbase.com/")).toBe("https://app.staffbase.com/api");
    expect(href("https://app.staffbase.com/api")).toBe("https://app.staffbase.com/api");
    expect(href("https://app.staffbase.com/api/")).toBe("https://app.staffbase.com/api");
    expect(href("https://intranet.example.com")).toBe("https://intranet.example.com/api");
  });

  it("strips a `Basic ` prefix from the token and never re-encodes it", () => {
    const token = (value: string) => proxyBackend(loadConfig({ STAFFBASE_BASE_URL: "https://app.staffbase.com", STAFFBASE_TOKEN: value })).token;
    expect(token("Basic dGVzdDEyMzQ2Nzg6dGVzdDEyMzQ2Nzg=")).toBe("dGVzdDEyMzQ2Nzg6dGVzdDEyMzQ2Nzg=");
    expect(token("basic   dGVzdDEyMzQ2Nzg6dGVzdDEyMzQ2Nzg=")).toBe("dGVzdDEyMzQ2Nzg6dGVzdDEyMzQ2Nzg=");
    expect(token("  dGVzdDEyMzQ2Nzg6dGVzdDEyMzQ2Nzg=  ")).toBe("dGVzdDEyMzQ2Nzg6dGVzdDEyMzQ2Nzg=");
    expect(token("aW5zdGFsbGF0aW9ucy8xMjM6c2VjcmV0")).toBe("aW5zdGFsbGF0aW9ucy8xMjM6c2VjcmV0");
  });

  it.each([
    ["PORT", "abc"],
    ["PORT", "-1"],
    ["PORT", "80.5"],
    ["PORT", "70000"],
    ["MOCK_USERS", "5k"],
    ["MOCK_USERS", "1e3"],
    ["MOCK_RATE_LIMIT_PER_MINUTE", "-5"],
    ["UPSTREAM_TIMEOUT_MS", "15s"],
    ["UPSTREAM_MAX_BYTES", "10MB"],
  ])("refuses %s=%s", (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(name);
  });

  it("refuses bad numbers from .env too", () => {
    expect(() => loadConfig({}, dotenv("UPSTREAM_TIMEOUT_MS=soon\n"))).toThrow(ConfigError);
  });
});

describe(".env is git-ignored", () => {
  const ignored = (path: string): boolean => {
    try {
      execFileSync("git", ["check-ignore", "-q", "--no-index", path], { cwd: REPO_ROOT, stdio: "ignore" });
      return true;
    } catch {
      return false;
    }
  };

  it("apps/demo/.env (and variants) are ignored; .env.example is not", () => {
    expect(ignored("apps/demo/.env")).toBe(true);
    expect(ignored("apps/demo/.env.local")).toBe(true);
    expect(ignored("apps/demo/.env.example")).toBe(false);
  });
});
