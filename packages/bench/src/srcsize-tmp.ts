import { build } from "esbuild";
import { gzipSync } from "node:zlib";
const r = await build({ stdin: { contents: 'export { FilterBuilder } from "@scim-filter/react"; export { staffbaseUserSchema } from "@scim-filter/core";', resolveDir: "/work/wt-props/packages/bench", loader: "ts" }, bundle: true, minify: true, write: false, format: "esm", conditions: ["source"], external: ["react", "react-dom", "react/jsx-runtime"], define: { "process.env.NODE_ENV": '"production"' }, jsx: "automatic", logLevel: "error" });
const code = r.outputFiles[0]!.contents;
console.log(code.byteLength, gzipSync(code, { level: 9 }).byteLength);
