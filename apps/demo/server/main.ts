// `pnpm demo`: serves the app (Vite in development, or the built files with --static <dir>) and the API
// proxy on one loopback port, with the embedded mock unless STAFFBASE_BASE_URL and STAFFBASE_TOKEN are set.
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import type { Middleware } from "./app.js";
import { startDemoServer } from "./app.js";
import { ConfigError, loadConfig } from "./config.js";
import { APP_CSP, DEV_APP_CSP } from "./security/headers.js";
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
// Said before anything listens.
for (const warning of config.warnings) console.warn(warning);

// The app is served by Vite in development (its HMR websocket shares this server's port) or from the
// built files with --static <dir>; it is attached once the server is listening.
let serveApp: Middleware = (_request, response) => {
  response.statusCode = 503;
  response.end("Starting…");
};
let closeVite: () => Promise<unknown> = () => Promise.resolve();

let demo;
try {
  demo = await startDemoServer(config, { app: (request, response) => serveApp(request, response), appCsp: values.static === undefined ? DEV_APP_CSP : APP_CSP });
} catch (error) {
  const code = (error as { code?: string }).code;
  console.error(code === "EADDRINUSE" ? `Port ${config.port} on ${config.host} is in use: stop what uses it, or set PORT to another port.` : `Cannot start the demo: ${(error as Error).message}`);
  process.exit(1);
}

if (values.static !== undefined) {
  serveApp = createStaticHandler(values.static);
} else {
  const { createServer } = await import("vite");
  const vite = await createServer({ root: appRoot, configFile: `${appRoot}vite.config.ts`, server: { middlewareMode: true, hmr: { server: demo.server } }, appType: "spa" });
  serveApp = (request, response) =>
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

const backend = config.backend.kind === "mock" ? `embedded mock User API (${config.backend.users} users)` : `Staffbase instance ${config.backend.baseUrl.host}`;
console.log(`scim-filter demo: ${demo.url}  (backend: ${backend})`);

const shutdown = () => {
  void Promise.all([demo.close(), closeVite()]).then(() => process.exit(0));
};
process.on("SIGINT", shutdown);
process.on("SIGTERM", shutdown);
