import { createRequire } from "node:module";

// Read at run time so the version has one source: package.json.
const require = createRequire(import.meta.url);
export const VERSION = (require("../../package.json") as { version: string }).version;
