// `prepack` of each published package: refuse npm, then build the package and what it depends on.
// Only pnpm turns `workspace:*` into real versions and applies `publishConfig.exports` (which drops the
// repo-internal `source` condition); `npm pack` would ship both as they are written here.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";

const agent = process.env.npm_config_user_agent ?? "";
if (!agent.startsWith("pnpm/")) {
  console.error("Pack and publish with pnpm (`pnpm pack`, `pnpm publish`, `pnpm release`): npm would ship `workspace:*` and the repo-internal `source` export condition.");
  process.exit(1);
}
const { name } = JSON.parse(readFileSync("package.json", "utf8"));
// `name...` is the package and its workspace dependencies, built in dependency order.
execFileSync("pnpm", ["--filter", `${name}...`, "run", "build"], { stdio: "inherit", cwd: "../.." });
