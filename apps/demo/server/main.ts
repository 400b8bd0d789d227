// `pnpm demo`: serves the app (Vite in development, or the built files with --static <dir>) and the API
// proxy on one loopback port, with the embedded mock unless STAFFBASE_BASE_URL and STAFFBASE_TOKEN are set.
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import type { Middleware } from "./app.js";
import { startDemoServer } from "./app.js";
import { ConfigError, loadConfig } from "./config.js";
import { createStaticHandler } from "./static.js";

const appRoot = fileURLToPath(new URL("..", import.meta.url));
const { values } = parseArgs({ options: { static: { type: "string" } } });

let config;
try {
  config = loadConfig(process.env, fileURLToPath(new URL("../.env", import.meta.url)));
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(`Configuration error: ${error.message}`);
  process.exit(2);
}

let app: Middleware;
let closeVite: () => Promise<unknown> = () => Promise.resolve();
if (values.static !== undefined) {
  app = createStaticHandler(values.static);
} else {
  const { createServer } = await import("vite");
  const vite = await createServer({ root: appRoot, configFile: `${appRoot}vite.config.ts`, server: { middlewareMode: true, hmr: { port: config.port + 1 } }, appType: "spa" });
  app = (request, response) =>
    new Promise<void>((resolve) => {
      vite.middlewares(request, response, () => {
        response.statusCode = 404;
        response.end("Not found");
        resolve();
      });
      response.on("finish", () => resolve());
    });
  closeVite = () => vite.close();
}

const demo = await startDemoServer(config, { app });
const backend = config.backend.kind === "mock" ? `embedded mock User API (${config.backend.users} users)` : `Staffbase instance ${config.backend.baseUrl.host}`;
console.log(`scim-filter demo: ${demo.url}  (backend: ${backend})`);

const shutdown = () => {
  void Promise.all([demo.close(), closeVite()]).then(() => process.exit(0));
};
process.on("SIGINT", shutdown);
process.on("SIGTERM", shutdown);
