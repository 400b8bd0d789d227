import type { Diagnostic, Span } from "@scim-filter/core";
import { formatFilter, parseFilter, staffbaseUserSchema, validateFilter } from "@scim-filter/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { filterToDraft } from "./draft.js";
import { reconcile } from "./reconcile.js";
import { diagnosticsByNode, spansOfNodes } from "./spans.js";
import { treeToFilter } from "./to-filter.js";
import type { BuilderNode, NodeId, Tree } from "./types.js";

const schema = staffbaseUserSchema;

function ids(): () => NodeId {
  let counter = 0;
  return () => `n${(counter += 1)}`;
}

/** The tree of `canonical`, and the spans of its nodes in `shown` (a spelling of the same filter). */
function setup(canonical: string, shown: string = canonical) {
  const tree = reconcile(filterToDraft(parseFilter(canonical), schema), null, ids());
  const { filter, owners } = treeToFilter(tree);
  if (filter === null) throw new Error("empty");
  expect(formatFilter(filter)).toBe(formatFilter(shown));
  const spans = spansOfNodes(filter, parseFilter(shown), owners);
  return { tree, spans, text: (id: NodeId) => shown.slice(spans.get(id)?.start, spans.get(id)?.end) };
}

function idAt(tree: Tree, ...path: number[]): NodeId {
  let id = tree.rootId;
  for (const index of path) {
    const current = tree.nodes[id] as BuilderNode;
    if (current.kind !== "group") throw new Error("not a group");
    id = current.children[index] as NodeId;
  }
  return id;
}

function diagnostic(span: Span, code: Diagnostic["code"] = "server", suggestionSpan: Span = span): Diagnostic {
  return { severity: "error", code, message: code, span, suggestions: [{ label: "fix", span: suggestionSpan, text: "x" }] };
}

describe("spansOfNodes", () => {
  it("finds every rule, raw rule and group in the canonical text", () => {
    const text = 'userName pr and (staffbase.role eq "admin" or emails[type eq "work"]) and not (password pr or externalId pr)';
    const { tree, spans, text: of } = setup(text);
    expect(of(idAt(tree, 0))).toBe("userName pr");
    expect(of(idAt(tree, 1))).toBe('staffbase.role eq "admin" or emails[type eq "work"]');
    expect(of(idAt(tree, 1, 0))).toBe('staffbase.role eq "admin"');
    expect(of(idAt(tree, 1, 1))).toBe('emails[type eq "work"]');
    // A negated group owns its "not (…)", the wider span.
    expect(of(idAt(tree, 2))).toBe("not (password pr or externalId pr)");
    expect(of(idAt(tree, 2, 1))).toBe("externalId pr");
    expect(spans.get(tree.rootId)).toEqual({ start: 0, end: text.length });
    expect(spans.size).toBe(Object.keys(tree.nodes).length);
  });

  it("points into the text as the user wrote it", () => {
    const shown = '  userName  PR AND ((staffbase.role EQ "admin"))  and NOT(password pr)';
    const { tree, text: of } = setup('userName pr and staffbase.role eq "admin" and not (password pr)', shown);
    expect(of(idAt(tree, 0))).toBe("userName  PR");
    expect(of(idAt(tree, 1))).toBe('staffbase.role EQ "admin"');
    expect(of(idAt(tree, 2))).toBe("NOT(password pr)");
    expect(of(idAt(tree, 2, 0))).toBe("password pr");
  });

  it("gives a group of one child (not negated) no span of its own", () => {
    // A sub-group left with one rule says nothing in the text: its rule is written in its place.
    let tree = reconcile(filterToDraft(parseFilter("userName pr and (password pr or emails pr)"), schema), null, ids());
    const groupId = idAt(tree, 1);
    const group = tree.nodes[groupId];
    if (group?.kind !== "group") throw new Error("expected a group");
    tree = { ...tree, nodes: { ...tree.nodes, [groupId]: { ...group, children: [group.children[0] as NodeId] } } };
    const { filter, owners } = treeToFilter(tree);
    if (filter === null) throw new Error("empty");
    const text = formatFilter(filter);
    expect(text).toBe("userName pr and password pr");
    const spans = spansOfNodes(filter, parseFilter(text), owners);
    expect(spans.has(groupId)).toBe(false);
    expect(spans.get(group.children[0] as NodeId)).toEqual({ start: 16, end: 27 });
  });
});

describe("diagnosticsByNode", () => {
  it("gives each diagnostic to the innermost node that contains it, with spans relative to that node", () => {
    const text = 'userName pr and (staffbase.role eq "Admin" or password pr)';
    const { tree, spans } = setup(text);
    const role = idAt(tree, 1, 0);
    const group = idAt(tree, 1);
    const valueStart = text.indexOf('"Admin"');
    const byNode = diagnosticsByNode(
      [diagnostic({ start: valueStart, end: valueStart + 7 }), diagnostic({ start: 17, end: text.length - 1 }, "unsatisfiable", { start: 20, end: 21 })],
      spans,
      tree.rootId,
    );
    const roleStart = text.indexOf("staffbase.role");
    expect(byNode.get(role)).toEqual([diagnostic({ start: valueStart - roleStart, end: valueStart - roleStart + 7 })]);
    expect(byNode.get(role)?.[0]?.span).toEqual({ start: 18, end: 25 });
    // The group's span starts inside the parentheses.
    expect(byNode.get(group)).toEqual([diagnostic({ start: 0, end: text.length - 18 }, "unsatisfiable", { start: 3, end: 4 })]);
    expect(byNode.has(tree.rootId)).toBe(false);
  });

  it("gives the root what no node contains, with absolute spans", () => {
    const { tree, spans } = setup("userName pr and password pr");
    const outside = diagnostic({ start: 9, end: 20 });
    const past = diagnostic({ start: 40, end: 41 });
    const byNode = diagnosticsByNode([outside, past], spans, tree.rootId);
    // The root chain spans the whole text, so it contains the first; nothing contains the second.
    expect(byNode.get(tree.rootId)).toEqual([outside, past]);
    expect(byNode.size).toBe(1);
  });

  it("assigns to the root with unshifted spans when there are no spans at all", () => {
    const byNode = diagnosticsByNode([diagnostic({ start: 3, end: 5 })], new Map(), "root");
    expect(byNode.get("root")).toEqual([diagnostic({ start: 3, end: 5 })]);
  });

  it("keeps a rule's relative diagnostics equal when text before it changes", () => {
    const diagnosticsOf = (text: string) => {
      const { tree, spans } = setup(text);
      const byNode = diagnosticsByNode(validateFilter(text, schema), spans, tree.rootId);
      return byNode.get(idAt(tree, 1));
    };
    const short = diagnosticsOf('userName pr and staffbase.role eq "Admin"');
    const long = diagnosticsOf('staffbase.recoveryCode pr and staffbase.role eq "Admin"');
    expect(short).toHaveLength(1);
    expect(short?.[0]).toMatchObject({ code: "value-not-allowed", span: { start: 18, end: 25 } });
    expect(long).toEqual(short);
  });

  it("keeps diagnostics in their input order per node", () => {
    const { tree, spans } = setup("userName pr");
    const rule = idAt(tree, 0);
    const first = diagnostic({ start: 9, end: 11 }, "operator-not-allowed");
    const second = diagnostic({ start: 0, end: 8 }, "unknown-attribute");
    expect(diagnosticsByNode([first, second], spans, tree.rootId).get(rule)?.map((d) => d.code)).toEqual(["operator-not-allowed", "unknown-attribute"]);
  });

  it("finds what comparing every node finds, for any filter and spans", () => {
    // By brute force: each diagnostic goes to the shortest node span that contains it, the first of equal ones.
    const reference = (diagnostics: readonly Diagnostic[], spans: ReadonlyMap<NodeId, Span>, rootId: NodeId) => {
      const result = new Map<NodeId, Diagnostic[]>();
      for (const each of diagnostics) {
        let best: [NodeId, Span] | undefined;
        for (const [id, span] of spans) {
          const contains = span.start <= each.span.start && each.span.end <= span.end;
          if (contains && (best === undefined || span.end - span.start < best[1].end - best[1].start)) best = [id, span];
        }
        const by = best?.[1].start ?? 0;
        const move = (span: Span) => ({ start: span.start - by, end: span.end - by });
        const relative = { ...each, span: move(each.span), suggestions: each.suggestions.map((suggestion) => ({ ...suggestion, span: move(suggestion.span) })) };
        result.set(best?.[0] ?? rootId, [...(result.get(best?.[0] ?? rootId) ?? []), relative]);
      }
      return result;
    };
    const clause = fc.constantFrom("userName pr", 'title eq "x"', 'emails[type eq "work"]', "password pr");
    const filter: fc.Arbitrary<string> = fc.letrec<{ filter: string }>((tie) => ({
      filter: fc.oneof(
        { depthSize: "small", withCrossShrink: true },
        clause,
        fc.tuple(tie("filter"), fc.constantFrom(" and ", " or "), tie("filter")).map(([a, join, b]) => `(${a}${join}${b})`),
        tie("filter").map((inner) => `not (${inner})`),
      ),
    })).filter;
    fc.assert(
      fc.property(filter, fc.array(fc.tuple(fc.nat(), fc.nat({ max: 12 })), { maxLength: 8 }), (written, at) => {
        const text = formatFilter(written);
        const { tree, spans } = setup(text);
        // Anywhere in the text and just past it, empty ones and ones on a node's edge included.
        const diagnostics = at.map(([start, length]) => diagnostic({ start: start % (text.length + 2), end: (start % (text.length + 2)) + length }));
        expect(diagnosticsByNode(diagnostics, spans, tree.rootId)).toEqual(reference(diagnostics, spans, tree.rootId));
      }),
      { numRuns: 300 },
    );
  });
});
