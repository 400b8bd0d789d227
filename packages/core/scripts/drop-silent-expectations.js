// Peggy records an expectation only while `peg$silentFails` is 0, and it writes that test after every
// failed match, even where the count can never be 0: inside a named rule ("operator", "value"…) and a
// lookahead, which count up around their body, and in every rule reached only from there. Most of the
// grammar is such code (names, values, strings, keywords, whitespace). This pass finds it from the call
// graph and drops its dead `if (peg$silentFails === 0) { peg$fail(…); }` statements: about 0.1 KB (gzip)
// off every bundle that parses, and no change to any failure. A rule is "loud" when Start reaches it by
// calls made at a count of 0; everything else, and every silenced stretch inside a loud rule, goes.
// The expectations no record names any more go too: a bundler keeps them, as it cannot tell that the
// calls that build them have no side effects.

const FUNCTION = /^function peg\$parse(\w+)\(\) \{\n[\s\S]*?\n\}$/gm;
const RECORD = /^ *if \(peg\$silentFails === 0\) \{ peg\$fail\(peg\$e\d+\); \}\n/;
const CALL = /\bpeg\$parse(\w+)\(\)/g;
const EXPECTATION = /^const (peg\$e\d+) = peg\$\w+Expectation\(.*\);\n\n?/gm;

function fail(what) {
  throw new Error(`drop-silent-expectations: ${what} does not have the layout of Peggy 5.1's output`);
}

/** Each line of a rule's body with the silencing depth it runs at, relative to the rule's entry. */
function linesWithDepth(body) {
  let depth = 0;
  return body.split(/(?<=\n)/).map((line) => {
    const at = depth;
    if (/^\s*peg\$silentFails\+\+;\n?$/.test(line)) depth += 1;
    else if (/^\s*peg\$silentFails--;\n?$/.test(line)) depth -= 1;
    else if (line.includes("peg$silentFails++") || line.includes("peg$silentFails--")) fail("a silencing statement");
    if (depth < 0) fail("an unbalanced silencing statement");
    return { line, depth: at };
  });
}

/** @param {string} source the parser module, rule functions at module scope (after hoist-parser-state.js). */
export function dropSilentExpectations(source) {
  const rules = new Map([...source.matchAll(FUNCTION)].map((match) => [match[1], { text: match[0], lines: linesWithDepth(match[0]) }]));
  if (!rules.has("Start")) fail("the start rule");
  // Which rules Start reaches by calls made while nothing is silenced.
  const loud = new Set(["Start"]);
  const pending = ["Start"];
  while (pending.length > 0) {
    const rule = rules.get(pending.pop() ?? "");
    for (const { line, depth } of rule?.lines ?? []) {
      if (depth > 0) continue;
      for (const [, callee] of line.matchAll(CALL)) {
        if (!rules.has(callee)) fail(`a call of peg$parse${callee}`);
        if (!loud.has(callee)) {
          loud.add(callee);
          pending.push(callee);
        }
      }
    }
  }
  let dropped = 0;
  let result = source;
  for (const [name, { text, lines }] of rules) {
    const kept = lines.filter(({ line, depth }) => {
      const dead = RECORD.test(line) && (depth > 0 || !loud.has(name));
      if (dead) dropped += 1;
      return !dead;
    });
    const rewritten = kept.map(({ line }) => line).join("");
    result = result.replace(text, () => rewritten);
  }
  if (dropped === 0) fail("the expectation records");
  const named = (id) => (result.match(new RegExp(`${id.replace("$", "\\$")}\\b`, "g")) ?? []).length > 1;
  return result.replace(EXPECTATION, (declaration, id) => (named(id) ? declaration : ""));
}
