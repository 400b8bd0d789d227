import type { Filter } from "@scim-filter/core";
import { filterChildren, formatFilterWithSpans, rfc7643Schemas, schemaFromScim } from "@scim-filter/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ids, nodeAt, treeFrom } from "../test/trees.js";
import { applyEdit, treeEdit } from "../test/tree-edits.js";
import { updateNode } from "./operations.js";
import { spansOfNodes } from "./spans.js";
import { treeToFilter } from "./to-filter.js";
import type { RuleNode, Tree } from "./types.js";

function nodesOf(filter: Filter | null, into = new Set<Filter>()): Set<Filter> {
  if (filter === null) return into;
  into.add(filter);
  for (const child of filterChildren(filter)) nodesOf(child, into);
  return into;
}

/** How many AST nodes of `after`'s filter are not in `before`'s: the ones an edit built again. */
function rebuilt(before: Tree, after: Tree): number {
  const old = nodesOf(treeToFilter(before).filter);
  return [...nodesOf(treeToFilter(after).filter)].filter((node) => !old.has(node)).length;
}

describe("treeToFilter", () => {
  it("builds again only the edited rule and the groups above it, however many rules there are", () => {
    for (const size of [100, 1000]) {
      const tree = treeFrom(Array.from({ length: size }, (_, i) => `profile.f${i} eq "v${i}"`).join(" and "), undefined);
      const rule = nodeAt(tree, size / 2) as RuleNode;
      // The rule and the root's chain.
      expect(rebuilt(tree, updateNode<RuleNode>(tree, rule.id, { value: "edited" }))).toBe(2);
    }
    const nested = treeFrom('userName pr and not (emails pr or emails[type eq "work" and value co "x"])', schemaFromScim(rfc7643Schemas));
    const inner = nodeAt(nested, 1, 1, 0) as RuleNode;
    // The rule, the value path's chain and brackets, the `or` and its `not`, the root's chain.
    expect(rebuilt(nested, updateNode<RuleNode>(nested, inner.id, { value: "home" }))).toBe(6);
  });

  it("gives what a tree of fresh nodes gives, after any edits (remembered filters are never stale)", () => {
    fc.assert(
      fc.property(fc.array(treeEdit, { minLength: 1, maxLength: 12 }), (edits) => {
        const newId = ids("x");
        let tree = treeFrom('userName pr and (emails pr or not (profile.department eq "x"))', undefined);
        treeToFilter(tree);
        for (const edit of edits) {
          tree = applyEdit(tree, edit, newId);
          const remembered = treeToFilter(tree);
          const fresh = treeToFilter(structuredClone(tree));
          expect(remembered.filter).toEqual(fresh.filter);
          if (remembered.filter === null || fresh.filter === null) continue;
          const text = formatFilterWithSpans(fresh.filter);
          expect(spansOfNodes(remembered.filter, text.filter, remembered.owners)).toEqual(spansOfNodes(fresh.filter, text.filter, fresh.owners));
        }
      }),
      { numRuns: 300 },
    );
  });
});
