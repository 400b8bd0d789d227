// The build rewrites Peggy's output (scripts/hoist-parser-state.js, class-tables.js, drop-message-builder.js,
// drop-error-details.js, single-loop-bodies.js, text-rule-counters.js, drop-silent-expectations.js). These tests pin what those passes promise: parse state does not leak from one
// call into the next, class matching agrees with the regexes for every character, and the rewritten
// module has the shape the passes claim to produce.
import { readFileSync } from "node:fs";
import fc from "fast-check";
import peggy from "peggy";
import { describe, expect, it } from "vitest";
import { parseFilter, tryParseFilter } from "../src/index.js";
import { addClassTables } from "../scripts/class-tables.js";
import { dropErrorDetails } from "../scripts/drop-error-details.js";
import { dropSilentExpectations } from "../scripts/drop-silent-expectations.js";
import { dropMessageBuilder } from "../scripts/drop-message-builder.js";
import { hoistParserState } from "../scripts/hoist-parser-state.js";
import { singleLoopBodies } from "../scripts/single-loop-bodies.js";
import { textRuleCounters } from "../scripts/text-rule-counters.js";
import { grammarPath, parserPath } from "../scripts/parser-source.js";

describe("parse state at module scope", () => {
  it("starts every parse afresh after a failure in the middle of a value path", () => {
    // A failure inside brackets leaves the value-path flag set; the next parse must not see it.
    expect(tryParseFilter('emails[type eq "work"').ok).toBe(false);
    expect(tryParseFilter('emails[type eq "work" and value co "@x"').ok).toBe(false);
    const filter = parseFilter('emails[type eq "work"] and ims[value pr]');
    expect(filter.type).toBe("and");
  });

  it("reports the failure of the current input, not the furthest failure of an earlier one", () => {
    const long = tryParseFilter(`${"a eq 1 and ".repeat(20)}b eq`);
    expect(long.ok).toBe(false);
    const short = tryParseFilter("x eq");
    expect(short.ok ? null : short.error.offset).toBe(4);
    expect(short.ok ? null : short.error.found).toBeNull();
  });

  it("gives the same result for a text whatever was parsed before it", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 30 }), { maxLength: 4 }), fc.string({ maxLength: 30 }), (before, text) => {
        const alone = tryParseFilter(text);
        for (const other of before) tryParseFilter(other);
        expect(tryParseFilter(text)).toEqual(alone);
      }),
    );
  });
});

describe("character classes", () => {
  it("accept non-ASCII characters inside strings and reject them in names, as the regexes do", () => {
    const filter = parseFilter('name.givenName eq "Zoë 日本 \u{1F600}"');
    expect(filter.type === "compare" ? filter.value : null).toBe("Zoë 日本 \u{1F600}");
    expect(tryParseFilter('naïve eq "x"').ok).toBe(false);
  });

  it("match every ASCII character in an attribute name exactly as the grammar's class does", () => {
    for (let code = 0; code < 128; code++) {
      const char = String.fromCharCode(code);
      // A name character continues the name; "." starts a sub-attribute; anything else breaks the filter.
      const expected = /[A-Za-z0-9_.-]/.test(char);
      expect(tryParseFilter(`a${char}b pr`).ok, `character ${code}`).toBe(expected);
    }
  });
});

describe("messages", () => {
  it("are worded by @scim-filter/core, with the grammar's own error() messages passed through", () => {
    const structured = tryParseFilter("userName eq");
    expect(structured.ok ? null : structured.error.message).toMatch(/^Expected a value .* after "eq" at line 1, column 12, but found the end of the filter$/);
    const raised = tryParseFilter('a eq "x\\q"');
    expect(raised.ok ? null : raised.error.message).toMatch(/^"\\q" is not a valid escape in a string/);
  });
});

describe("the rewritten module", () => {
  const source = readFileSync(parserPath, "utf8");
  const parseFunction = source.slice(source.indexOf("function peg$parse(input$, options$)"));

  it("declares no function or regex inside peg$parse", () => {
    const body = parseFunction.slice(parseFunction.indexOf("{"), parseFunction.indexOf("\n}\n"));
    expect(body).not.toMatch(/\bfunction\b/);
    expect(body).not.toMatch(/= \/\^\[/);
  });

  it("answers every class test from a table", () => {
    // The only regex tests left are the fallbacks for characters beyond ASCII.
    const tests = source.match(/peg\$r\d+\.test\(/g) ?? [];
    const fallbacks = source.match(/< 128 \? peg\$t\d+\[peg\$code\] === 1 : peg\$code > 127 && peg\$r\d+\.test\(/g) ?? [];
    expect(tests.length).toBeGreaterThan(0);
    expect(fallbacks.length).toBe(tests.length);
  });

  it("skips the fallback only for classes that match nothing beyond ASCII", () => {
    const regexes = new Map([...source.matchAll(/^const peg\$r(\d+) = \/(.*)\/;$/gm)].map((match) => [match[1], new RegExp(match[2] ?? "")]));
    const tableOnly = new Set([...source.matchAll(/< 128 && peg\$t(\d+)\[peg\$code\] === 1\)/g)].map((match) => match[1]));
    const withFallback = new Set([...source.matchAll(/peg\$r(\d+)\.test\(/g)].map((match) => match[1]));
    expect(tableOnly.size).toBeGreaterThan(0);
    for (const [id, regex] of regexes) {
      const beyondAscii = Array.from({ length: 0xff80 }, (_, i) => String.fromCharCode(i + 128)).some((char) => regex.test(char));
      if (tableOnly.has(id)) expect(beyondAscii, `class ${regex}`).toBe(false);
      if (beyondAscii) expect(withFallback.has(id), `class ${regex}`).toBe(true);
    }
  });

  it("refuses a layout it does not know instead of producing a broken parser", () => {
    expect(() => hoistParserState("export function parse() {}")).toThrow(/layout/);
    expect(() => addClassTables("const x = 1;")).toThrow(/module scope/);
    expect(() => dropMessageBuilder("class peg$SyntaxError {}")).toThrow(/layout/);
    expect(() => dropErrorDetails("function peg$parse(input, options) {}")).toThrow(/layout/);
    expect(() => singleLoopBodies("while (s1 !== peg$FAILED) {\n}")).toThrow(/layout/);
    expect(() => textRuleCounters("function peg$parseA() {\n  s0 = [];\n  return s0;\n}")).toThrow(/layout/);
    expect(() => dropSilentExpectations("function peg$parseA() {\n  return s0;\n}")).toThrow(/layout/);
  });

  it("writes each repetition's element once", () => {
    // Only the bounded repetition (the four hex digits of \\u) keeps Peggy's loop, whose copies differ.
    const loops = source.match(/while \(s\d+ !== peg\$FAILED\) \{\n\s*s\d+\.push\(s\d+\);\n\s*.*/g) ?? [];
    expect(loops.map((loop) => loop.split("\n")[2]?.trim())).toEqual(["if (s3.length >= 4) {"]);
  });

  it("declares only the expectations it records (no class expectation is) and no line or column computation", () => {
    const declared = [...source.matchAll(/^const (peg\$e\d+) = /gm)].map((match) => match[1] ?? "");
    expect(declared.length).toBeGreaterThan(0);
    for (const id of declared) expect(source.split(`peg$fail(${id})`).length, id).toBeGreaterThan(1);
    expect(source).not.toMatch(/= peg\$classExpectation\(/);
    expect(source).not.toMatch(/peg\$computePosDetails|posDetailsCache|options\.startRule|options\.peg\$library/);
  });
});

describe("single loop bodies", () => {
  const lines = (...text: string[]) => text.join("\n");

  it("turns x* into one copy of x in a loop that stops when x fails", () => {
    const star = lines("  s1 = [];", "  s2 = f();", "  while (s2 !== peg$FAILED) {", "    s1.push(s2);", "    s2 = f();", "  }");
    expect(singleLoopBodies(star)).toBe(lines("  s1 = [];", "  for (;;) {", "    s2 = f();", "    if (s2 === peg$FAILED) break;", "    s1.push(s2);", "  }"));
  });

  it("turns x+ into the same loop, failing when it took nothing", () => {
    const plus = lines("  s1 = [];", "  s2 = f();", "  if (s2 !== peg$FAILED) {", "    while (s2 !== peg$FAILED) {", "      s1.push(s2);", "      s2 = f();", "    }", "  } else {", "    s1 = peg$FAILED;", "  }");
    expect(singleLoopBodies(plus)).toBe(
      lines("  s1 = [];", "  for (;;) {", "    s2 = f();", "    if (s2 === peg$FAILED) break;", "    s1.push(s2);", "  }", "  if (s1.length === 0) s1 = peg$FAILED;"),
    );
  });

  it("leaves a loop alone when its two copies of x differ", () => {
    const other = lines("  s1 = [];", "  s2 = f();", "  while (s2 !== peg$FAILED) {", "    s1.push(s2);", "    s2 = g();", "  }");
    expect(() => singleLoopBodies(other)).toThrow(/layout/);
  });
});

describe("text rule counters", () => {
  const source = readFileSync(parserPath, "utf8");
  const ruleBody = (name: string, module = source) => new RegExp(`^function peg\\$parse${name}\\(\\) \\{\\n[\\s\\S]*?\\n\\}$`, "m").exec(module)?.[0] ?? "";

  it("count instead of collecting in the grammar's $(…) rules, and leave a rule with an action alone", () => {
    for (const name of ["AttrName", "UrnSegment", "PlainChars", "_"]) {
      const body = ruleBody(name);
      expect(body, name).toContain("s0 = input.substring(s0, peg$currPos);");
      expect(body, name).not.toMatch(/\.push\(|= \[|\.length/);
    }
    // Literal's action reads the word: Peggy's code stays.
    expect(ruleBody("Literal")).toMatch(/\.push\(/);
  });

  it("give the same results as Peggy's own code on a grammar of sequences, repetitions and options", async () => {
    const grammar = [
      "Start = head:Word tail:(_ @Word)* { return [head, ...tail]; }",
      'Word = $([a-z] [a-z0-9]* ("-" [a-z]+)? "!"?)',
      "_ = $[ ]+",
    ].join("\n");
    const peggySource = peggy.generate(grammar, { output: "source", format: "es" });
    const load = async (code: string) => ((await import(`data:text/javascript,${encodeURIComponent(code)}`)) as { parse: (text: string) => unknown }).parse;
    const plain = await load(peggySource);
    const loops = singleLoopBodies(hoistParserState(peggySource));
    const rewritten = textRuleCounters(loops);
    // Both $(…) rules were rewritten; Start, with its action, was not.
    expect(ruleBody("Word", rewritten)).not.toMatch(/\.push\(|= \[/);
    expect(ruleBody("_", rewritten)).not.toMatch(/\.push\(|= \[/);
    expect(ruleBody("Start", rewritten)).toMatch(/\.push\(/);
    const counted = await load(rewritten);
    const outcome = (parse: (text: string) => unknown, text: string) => {
      try {
        return { value: parse(text) };
      } catch (error) {
        return { error: (error as { location?: { start: { offset: number } } }).location?.start.offset };
      }
    };
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("a", "b", "1", "-", "!", " "), maxLength: 14 }), (text) => {
        expect(outcome(counted, text)).toEqual(outcome(plain, text));
      }),
      { numRuns: 500 },
    );
    expect(outcome(counted, "ab-cd! x1")).toEqual({ value: ["ab-cd!", "x1"] });
  });
});

describe("silent expectations", () => {
  type Parse = (text: string) => unknown;
  const load = async (code: string) => ((await import(`data:text/javascript,${encodeURIComponent(code)}`)) as { parse: Parse }).parse;
  const outcome = (parse: Parse, text: string) => {
    try {
      return { value: parse(text) };
    } catch (error) {
      const { location, expected, message } = error as { location?: { start: { offset: number } }; expected?: unknown; message: string };
      return { offset: location?.start.offset, expected, message };
    }
  };

  it("are dropped without changing any result or failure, expectations included", async () => {
    const peggySource = peggy.generate(readFileSync(grammarPath, "utf8"), { output: "source", format: "es" });
    const before = textRuleCounters(singleLoopBodies(addClassTables(hoistParserState(dropErrorDetails(dropMessageBuilder(peggySource))))));
    const after = dropSilentExpectations(before);
    // Only the records of the grammar's outer structure stay: brackets, keywords, names, operators, values.
    expect(after.match(/if \(peg\$silentFails === 0\)/g)?.length).toBeLessThan((before.match(/if \(peg\$silentFails === 0\)/g)?.length ?? 0) / 2);
    const [plain, dropped] = await Promise.all([load(before), load(after)]);
    const token = fc.constantFrom("a", "b.c", "urn:x:y:", "eq", "pr", "gt", " ", '"x', '"', "\\", "(", ")", "[", "]", "and", "or", "not", "1", "-", ".", "e5", "true", "nul");
    fc.assert(
      fc.property(fc.array(token, { maxLength: 12 }), (tokens) => {
        const text = tokens.join("");
        expect(outcome(dropped, text)).toEqual(outcome(plain, text));
      }),
      { numRuns: 2000 },
    );
  });
});
