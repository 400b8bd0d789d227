// Peggy 5 declares every rule function, action, regex and expectation object inside `peg$parse`, so
// each call re-creates ~100 closures and objects before reading a character: about 2 µs, more than a
// short filter takes to parse. This pass moves those declarations to module scope and turns the parse
// state (`input`, `peg$currPos`, …) into module variables that `peg$parse` resets on every call.
// That is safe because a parse is synchronous and our actions never call the parser.
//
// It works on Peggy's output text, whose layout is regular: the body of `peg$parse` holds one
// statement per line at two spaces of indentation, continued by deeper-indented lines. Anything it
// does not recognise stays in the body, and it throws when the layout is not the one it knows, so a
// Peggy upgrade fails the build instead of producing a broken parser.

const HEADER = "function peg$parse(input, options) {\n";
const FOOTER = "\n}\n\nconst peg$allowedStartRules";

/** Declarations that depend on nothing per call: constants, regexes, expectations, the FAILED marker. */
const CONSTANT = /^ {2}const (peg\$[cre]\d+|peg\$FAILED|peg\$startRuleFunctions) = /;
const FUNCTION = /^ {2}function [\w$]+\(/;
const VARIABLE = /^ {2}(?:let|const) ([\w$]+)(?: = ([\s\S]*))?;$/;

/** Splits the body into top-level statements: a statement starts at a two-space line that does not close one. */
function statements(body) {
  const result = [];
  for (const line of body.split("\n")) {
    const startsStatement = /^ {2}[^ \n}\])]/.test(line);
    if (startsStatement || result.length === 0) result.push([line]);
    else result[result.length - 1].push(line);
  }
  return result.map((lines) => lines.join("\n").trimEnd()).filter((statement) => statement !== "");
}

function dedent(statement) {
  return statement.replace(/^ {2}/gm, "");
}

/** @param {string} source Peggy's generated ES module. */
export function hoistParserState(source) {
  const start = source.indexOf(HEADER);
  const end = source.indexOf(FOOTER, start);
  if (start < 0 || end < 0 || source.indexOf(HEADER, start + 1) >= 0) {
    throw new Error("hoist-parser-state: peg$parse does not have the layout of Peggy 5.1's output");
  }
  const body = source.slice(start + HEADER.length, end);

  const variables = ["input", "options"];
  const hoisted = [];
  const perCall = ["input = input$;", "options = options$;"];
  for (const statement of statements(body)) {
    const firstLine = statement.split("\n", 1)[0];
    if (FUNCTION.test(firstLine) || CONSTANT.test(firstLine)) {
      hoisted.push(dedent(statement));
      continue;
    }
    const variable = VARIABLE.exec(statement);
    if (variable !== null && !statement.includes("\n")) {
      variables.push(variable[1]);
      perCall.push(`${variable[1]} = ${variable[2] ?? "undefined"};`);
      continue;
    }
    if (/^ {2}(?:let|const) /.test(firstLine)) {
      throw new Error(`hoist-parser-state: cannot move this declaration: ${firstLine.trim()}`);
    }
    perCall.push(dedent(statement));
  }
  for (const required of ["peg$parseStart", "peg$currPos", "peg$result"]) {
    if (!hoisted.some((text) => text.includes(required)) && !variables.includes(required)) {
      throw new Error(`hoist-parser-state: ${required} was not found where Peggy 5.1 puts it`);
    }
  }

  const module = [
    "// Parse state, reset by peg$parse on every call (see scripts/hoist-parser-state.js).",
    `let ${variables.join(", ")};`,
    "",
    hoisted.join("\n\n"),
    "",
    "function peg$parse(input$, options$) {",
    perCall.map((statement) => statement.replace(/^(?=.)/gm, "  ")).join("\n"),
    "}",
  ].join("\n");
  return source.slice(0, start) + module + source.slice(end + 2);
}
