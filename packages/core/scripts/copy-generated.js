// tsc does not copy the generated JavaScript parser; put it beside the compiled modules that import it.
import { cpSync } from "node:fs";
import { fileURLToPath } from "node:url";

cpSync(
  fileURLToPath(new URL("../src/generated", import.meta.url)),
  fileURLToPath(new URL("../dist/generated", import.meta.url)),
  { recursive: true },
);
