// A rule written as `$(…)` returns the text it matched; whatever its repetitions and sequences collect
// is thrown away. Peggy still builds those arrays, one push per character of every attribute name,
// string run and stretch of whitespace. In such a rule this pass counts instead of collecting: a
// repetition keeps a number (`x+` fails at 0), a sequence keeps its first element (any value but
// FAILED says it matched). It rewrites a rule only when nothing in it could read what was collected:
// no action or predicate call, no other use of an array; and it throws when no rule qualifies.

const FUNCTION = /^function (peg\$parse\w+)\(\) \{\n[\s\S]*?\n\}$/gm;
const TEXT = "s0 = input.substring(s0, peg$currPos);";

/** Whether the rule's result is its matched text (or FAILED), as Peggy writes `Rule = $(…)`. */
function returnsText(body) {
  const assignments = body.match(/\bs0 = [^;]*;/g) ?? [];
  const conditional = /\n( *)if \((s\d+) !== peg\$FAILED\) \{\n\1 {2}s0 = input\.substring\(s0, peg\$currPos\);\n\1\} else \{\n\1 {2}s0 = \2;\n\1\}/.exec(body);
  const expected = conditional === null ? ["s0 = peg$currPos;", TEXT] : ["s0 = peg$currPos;", TEXT, `s0 = ${conditional[2]};`];
  return (
    assignments.length === expected.length &&
    assignments.every((assignment, index) => assignment === expected[index]) &&
    !/peg\$f\d+\(/.test(body) &&
    (body.match(/\breturn\b[^;]*;/g) ?? []).every((statement) => statement === "return s0;")
  );
}

function countInstead(body) {
  return body
    .replace(/\b(s\d+) = \[\];/g, "$1 = 0;")
    .replace(/\b(s\d+)\.push\(s\d+\);/g, "$1++;")
    .replace(/\bif \((s\d+)\.length === 0\) \1 = peg\$FAILED;/g, "if ($1 === 0) $1 = peg$FAILED;")
    .replace(/\b(s\d+) = \[(s\d+)(?:, s\d+)+\];/g, "$1 = $2;");
}

/** @param {string} source the parser module after single-loop-bodies.js. */
export function textRuleCounters(source) {
  let rewritten = 0;
  const result = source.replace(FUNCTION, (body) => {
    if (!returnsText(body)) return body;
    const counted = countInstead(body);
    // Anything still array-like means a layout this pass does not know: keep Peggy's code.
    if (counted === body || /\.push\(|\.length\b|= \[/.test(counted)) return body;
    rewritten += 1;
    return counted;
  });
  if (rewritten === 0) throw new Error("text-rule-counters: no $(…) rule has the layout of Peggy 5.1's output");
  return result;
}
