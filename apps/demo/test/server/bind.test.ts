// `pnpm demo` itself (server/main.ts) with a real instance configured: a non-loopback HOST is refused at
// start with the reason and the opt-in; with the opt-in it prints a warning before it listens.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ALLOW_NETWORK_ENV } from "../../server/config.js";

const APP_ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** Runs main.ts until it exits or prints its URL (then stops it); returns its output and exit code. */
function runDemo(env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    // --static: no Vite; the directory is only read when a page is requested.
    const child = spawn(process.execPath, ["--import", "tsx", "server/main.ts", "--static", "dist-none"], {
      cwd: APP_ROOT,
      // No .env of the developer's can change the outcome: the environment wins over it.
      env: { PATH: process.env.PATH ?? "", PORT: "0", STAFFBASE_BASE_URL: "https://app.staffbase.com/api", STAFFBASE_TOKEN: "YmluZDpiaW5k", ...env },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
      if (stdout.includes("scim-filter demo: http://")) child.kill("SIGTERM");
    });
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("exit", (code) => resolve({ code, stdout, stderr }));
  });
}

describe("pnpm demo with a real instance", () => {
  it("HOST=0.0.0.0 without the opt-in: exit 2, saying why and how", async () => {
    const { code, stdout, stderr } = await runDemo({ HOST: "0.0.0.0" });
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain("Configuration error: HOST=0.0.0.0 makes the proxy reachable from the network");
    expect(stderr).toContain(`${ALLOW_NETWORK_ENV}=1`);
  });

  it(`with ${ALLOW_NETWORK_ENV}=1: the warning is printed before it listens`, async () => {
    // 192.0.2.1 (TEST-NET-1) is no address of this machine: the listen fails, and tests bind loopback only.
    const { code, stdout, stderr } = await runDemo({ HOST: "192.0.2.1", [ALLOW_NETWORK_ENV]: "1" });
    expect(stderr).toMatch(/^Warning: HOST=192\.0\.2\.1 makes the proxy reachable from the network: anyone who reaches it reads users with STAFFBASE_TOKEN/);
    expect(stderr).toContain("Cannot start the demo");
    expect(code).toBe(1);
    expect(stdout).toBe("");
  });

  it("HOST=127.0.0.1 starts without a warning", async () => {
    const { stdout, stderr } = await runDemo({ HOST: "127.0.0.1" });
    expect(stderr).not.toContain("Warning");
    expect(stdout).toMatch(/scim-filter demo: http:\/\/127\.0\.0\.1:\d+/);
  });
});
