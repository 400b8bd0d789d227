// Prints "N passed, N failed" from Vitest's JSON report. When the test command failed before Vitest
// ran (build, type-check or lint), the failed stage counts as one failure.
import { existsSync, readFileSync } from "node:fs";

const [reportPath, statusText] = process.argv.slice(2);
const status = Number(statusText ?? "0");
let passed = 0;
let failed = 0;
if (reportPath !== undefined && existsSync(reportPath)) {
  const report = JSON.parse(readFileSync(reportPath, "utf8"));
  passed = report.numPassedTests ?? 0;
  failed = (report.numFailedTests ?? 0) + (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  // A suite that fails to load has no tests to count; it still fails the run.
  if (report.success === false && failed === 0) failed = 1;
} else if (status !== 0) {
  failed = 1;
}
if (status !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
