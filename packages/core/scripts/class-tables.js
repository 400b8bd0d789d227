// Peggy 5 matches a character class by running its regex on a one-character string, once per input
// character; that was the largest single cost of parsing attribute names, strings and whitespace.
// This pass gives every class regex a 128-entry table, built once from the regex itself when the
// module loads, and answers ASCII characters from the table; anything else still goes to the regex,
// so the two can never disagree. A class that matches no character beyond ASCII (checked here, for
// every UTF-16 code unit) skips that fallback: it could only answer false.

const TEST = /peg\$r(\d+)\.test\((s\d+)\)/g;
const DECLARATION = /^const peg\$r(\d+) = (\/.*\/);$/gm;
const ANCHOR = "\nconst peg$e0 = ";

const HELPERS = `
function peg$classTable(regex) {
  const table = new Uint8Array(128);
  for (let code = 0; code < 128; code++) table[code] = regex.test(String.fromCharCode(code)) ? 1 : 0;
  return table;
}

// The character code being tested; a module variable so the test stays one inlined expression.
let peg$code = 0;
`;

/** Whether the regex literal matches any single UTF-16 code unit above 127. */
function matchesBeyondAscii(literal) {
  const regex = new RegExp(literal.slice(1, literal.lastIndexOf("/")), literal.slice(literal.lastIndexOf("/") + 1));
  for (let code = 128; code <= 0xffff; code++) if (regex.test(String.fromCharCode(code))) return true;
  return false;
}

/** @param {string} source the parser module after hoist-parser-state.js (regexes at module scope). */
export function addClassTables(source) {
  const declarations = [...source.matchAll(DECLARATION)];
  const ids = declarations.map((match) => match[1]);
  const asciiOnly = new Set(declarations.filter((match) => !matchesBeyondAscii(match[2])).map((match) => match[1]));
  const anchor = source.indexOf(ANCHOR);
  if (ids.length === 0 || anchor < 0) {
    throw new Error("class-tables: the class regexes are not at module scope where hoist-parser-state.js puts them");
  }
  const tables = ids.map((id) => `const peg$t${id} = peg$classTable(peg$r${id});`).join("\n");
  const rewritten = source.replace(
    TEST,
    // At the end of the input the character is "" (code NaN), which no class matches.
    (_, id, char) =>
      asciiOnly.has(id)
        ? `((peg$code = ${char}.charCodeAt(0)) < 128 && peg$t${id}[peg$code] === 1)`
        : `((peg$code = ${char}.charCodeAt(0)) < 128 ? peg$t${id}[peg$code] === 1 : peg$code > 127 && peg$r${id}.test(${char}))`,
  );
  const at = rewritten.indexOf(ANCHOR);
  return `${rewritten.slice(0, at)}\n${HELPERS}\n${tables}\n${rewritten.slice(at)}`;
}
