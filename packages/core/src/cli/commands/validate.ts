import { codeFrame, lineColumn } from "../../parse/position.js";
import type { Diagnostic } from "../../validate/diagnostic.js";
import { isValid, validateFilter } from "../../validate/validate.js";
import type { Command } from "./command.js";

function describe(text: string, diagnostic: Diagnostic): string {
  const { line, column } = lineColumn(text, diagnostic.span.start);
  const fixes = diagnostic.suggestions.map((suggestion) => `\n  fix: ${suggestion.label}`).join("");
  const frame = codeFrame(text, diagnostic.span.start).replace(/\^$/, "^".repeat(Math.max(1, diagnostic.span.end - diagnostic.span.start)));
  return `${diagnostic.severity}[${diagnostic.code}] line ${line}, column ${column}: ${diagnostic.message}\n\n${frame}${fixes}\n`;
}

export const validateCommand: Command = {
  run: (text, { schema }) => {
    const diagnostics = validateFilter(text, schema);
    const ok = isValid(diagnostics);
    const report = diagnostics.map((diagnostic) => describe(text, diagnostic)).join("\n");
    return diagnostics.length === 0
      ? { ok, stdout: "valid\n", json: { diagnostics } }
      : { ok, ...(ok ? { stdout: report } : { stderr: report }), json: { diagnostics } };
  },
};
