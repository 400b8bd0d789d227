// tsc neither copies the generated JavaScript parser nor marks the CLI executable; finish both.
import { chmodSync, cpSync } from "node:fs";
import { fileURLToPath } from "node:url";

cpSync(
  fileURLToPath(new URL("../src/generated", import.meta.url)),
  fileURLToPath(new URL("../dist/generated", import.meta.url)),
  { recursive: true },
);
chmodSync(fileURLToPath(new URL("../dist/cli/main.js", import.meta.url)), 0o755);
