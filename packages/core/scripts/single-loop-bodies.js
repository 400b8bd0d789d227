// Peggy writes a repetition's element twice: once before the loop and again at the end of its body, so
// every `x*` and `x+` carries two copies of x's matching code. This pass keeps one copy inside a
// `for (;;)` loop that breaks when the element fails. It rewrites a loop only when the two copies are
// the same text, so the loop does exactly what Peggy's did; it throws when it finds no loop it knows.

const WHILE = /^( *)while \((s\d+) !== peg\$FAILED\) \{$/;

function indent(lines, by) {
  return lines.map((line) => (line === "" ? line : `${" ".repeat(by)}${line}`));
}

function dedent(lines, by) {
  const prefix = " ".repeat(by);
  return lines.map((line) => (line.startsWith(prefix) ? line.slice(by) : null));
}

function same(a, b) {
  return a.length === b.length && a.every((line, i) => line === b[i]);
}

/** The loop at `at` (a `while` line), rewritten, with the range of lines it replaces; null when it is not Peggy's layout. */
function rewriteLoop(lines, at) {
  const [, ind, element] = WHILE.exec(lines[at]);
  const push = new RegExp(`^${ind}  (s\\d+)\\.push\\(${element}\\);$`).exec(lines[at + 1] ?? "");
  if (push === null) return null;
  const array = push[1];
  const end = lines.indexOf(`${ind}}`, at + 2);
  if (end < 0) return null;
  const body = dedent(lines.slice(at + 2, end), 2);
  if (body.includes(null)) return null;
  const loop = (base) => [
    `${base}for (;;) {`,
    ...indent(body, base.length + 2 - ind.length),
    `${base}  if (${element} === peg$FAILED) break;`,
    `${base}  ${array}.push(${element});`,
    `${base}}`,
  ];
  // `x*`: [], element, while.
  const before = lines.slice(at - body.length, at);
  if (same(before, body) && lines[at - body.length - 1] === `${ind}${array} = [];`) {
    return { from: at - body.length, to: end + 1, replacement: loop(ind) };
  }
  // `x+`: [], element, if (element) { while } else { array = FAILED }; the first copy is one level out.
  if (ind.length < 2) return null;
  const outer = ind.slice(2);
  const firstCopy = dedent(body, 2);
  if (
    !firstCopy.includes(null) &&
    lines[at - 1] === `${outer}if (${element} !== peg$FAILED) {` &&
    same(lines.slice(at - 1 - body.length, at - 1), firstCopy) &&
    lines[at - 2 - body.length] === `${outer}${array} = [];` &&
    lines[end + 1] === `${outer}} else {` &&
    lines[end + 2] === `${outer}  ${array} = peg$FAILED;` &&
    lines[end + 3] === `${outer}}`
  ) {
    return {
      from: at - 1 - body.length,
      to: end + 4,
      replacement: [...loop(outer), `${outer}if (${array}.length === 0) ${array} = peg$FAILED;`],
    };
  }
  return null;
}

/** @param {string} source the parser module. */
export function singleLoopBodies(source) {
  const lines = source.split("\n");
  let rewritten = 0;
  // Outer loops first: their two copies hold the same inner loops, still in Peggy's layout.
  for (let at = 0; at < lines.length; at++) {
    if (!WHILE.test(lines[at])) continue;
    const loop = rewriteLoop(lines, at);
    if (loop === null) continue;
    lines.splice(loop.from, loop.to - loop.from, ...loop.replacement);
    // Go on inside the rewritten loop, whose body may hold loops of its own.
    at = loop.from;
    rewritten += 1;
  }
  if (rewritten === 0) throw new Error("single-loop-bodies: no repetition has the layout of Peggy 5.1's output");
  return lines.join("\n");
}
