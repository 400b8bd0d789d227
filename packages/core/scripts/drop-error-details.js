// Peggy's parser computes more about a failure than src/parse/ reads: parse.ts takes the failure's
// offset and its expectations, and syntax-error.ts finds the token and the line and column itself and
// words every class expectation alike. This pass drops the rest — the line/column computation, the
// characters of each class expectation, the found character — and the start-rule and library options
// we never pass: about 0.6 KB (gzip) off every bundle that parses. Run it on Peggy's own output,
// before hoist-parser-state.js.

const POSITION_START = "\n  function peg$computePosDetails(pos) {";
const POSITION_END = "\n  function peg$fail(expected) {";
const POSITION_CACHE = "\n  const peg$posDetailsCache = [{ line: 1, column: 1 }];";
const OFFSETS_ONLY = `
  // Offsets only: src/parse/syntax-error.ts counts lines and columns itself (drop-error-details.js).
  function peg$computeLocation(startPos, endPos) {
    return { start: { offset: startPos }, end: { offset: endPos } };
  }
`;
const CLASS_EXPECTATION = /^ {2}const (peg\$e\d+) = peg\$classExpectation\(.*\);\n/gm;
const FOUND = "peg$maxFailPos < input.length ? peg$getUnicode(peg$maxFailPos) : null,";
const START_RULE = "\n  if (options.startRule) {";
const LIBRARY = "\n  if (options.peg$library) {";
/** Where a two-space block statement ends. */
const BLOCK_END = "\n  }\n";

function fail(what) {
  throw new Error(`drop-error-details: ${what} does not have the layout of Peggy 5.1's output`);
}

/** Removes the block statement that starts with `start` (two-space indentation) and its closing brace. */
function dropBlock(source, start, what) {
  const at = source.indexOf(start);
  const end = source.indexOf(BLOCK_END, at);
  if (at < 0 || end < 0 || source.indexOf(start, at + 1) >= 0) fail(what);
  return source.slice(0, at) + source.slice(end + BLOCK_END.length - 1);
}

/** @param {string} source Peggy's generated ES module. */
export function dropErrorDetails(source) {
  const positionStart = source.indexOf(POSITION_START);
  const positionEnd = source.indexOf(POSITION_END, positionStart);
  if (positionStart < 0 || positionEnd < 0 || !source.slice(positionStart, positionEnd).includes("\n  function peg$computeLocation(startPos, endPos, offset) {")) {
    fail("peg$computeLocation");
  }
  let result = source.slice(0, positionStart) + OFFSETS_ONLY + source.slice(positionEnd);
  if (!result.includes(POSITION_CACHE)) fail("peg$posDetailsCache");
  result = result.replace(POSITION_CACHE, "");

  // Every class expectation reads the same (syntax-error.ts), so all of them become the first one.
  const classes = [...result.matchAll(CLASS_EXPECTATION)].map((match) => match[1]);
  const [shared] = classes;
  if (shared === undefined) fail("the class expectations");
  result = result.replace(CLASS_EXPECTATION, (declaration, id) => (id === shared ? `  const ${id} = peg$classExpectation([], false, false, false);\n` : ""));
  const others = new RegExp(`${classes.slice(1).map((id) => id.replace("$", "\\$")).join("|")}(?!\\d)`, "g");
  if (classes.length > 1) result = result.replace(others, shared);

  if (!result.includes(FOUND)) fail("peg$throw");
  result = result.replace(FOUND, "null,");
  result = dropBlock(result, START_RULE, "the startRule option");
  return dropBlock(result, LIBRARY, "the peg$library option");
}
