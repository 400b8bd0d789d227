// Prints "N passed, N failed" from Vitest's JSON reports (the workspace's tests, then the consumer apps'),
// summed. When the test command failed before Vitest ran (build, type-check or lint), the failed stage
// counts as one failure.
// Usage: node .ci/summary.mjs REPORT STATUS [MORE_REPORTS…]
import { existsSync, readFileSync } from "node:fs";

const [firstReport, statusText, ...moreReports] = process.argv.slice(2);
const status = Number(statusText ?? "0");
let passed = 0;
let failed = 0;
let found = 0;
for (const reportPath of [firstReport, ...moreReports]) {
  if (reportPath === undefined || !existsSync(reportPath)) continue;
  found++;
  const report = JSON.parse(readFileSync(reportPath, "utf8"));
  const reportFailed = (report.numFailedTests ?? 0) + (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  passed += report.numPassedTests ?? 0;
  // A suite that fails to load has no tests to count; it still fails the run.
  failed += report.success === false && reportFailed === 0 ? 1 : reportFailed;
}
if (found === 0 && status !== 0) failed = 1;
if (status !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
