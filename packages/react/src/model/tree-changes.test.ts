import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ids, treeFrom } from "../test/trees.js";
import { applyEdit, treeEdit } from "../test/tree-edits.js";
import { updateNode } from "./operations.js";
import { changedIds } from "./tree-changes.js";
import type { GroupNode, NodeId, RuleNode, Tree } from "./types.js";

/** What differs between two trees, found by comparing every node. */
function differing(from: Tree, to: Tree): NodeId[] {
  const all = new Set([...Object.keys(from.nodes), ...Object.keys(to.nodes)]);
  return [...all].filter((id) => from.nodes[id] !== to.nodes[id] || from.parents[id] !== to.parents[id]);
}

describe("changedIds", () => {
  it("names the one rule a value edit changed, however many rules there are", () => {
    for (const size of [100, 1000]) {
      const tree = treeFrom(Array.from({ length: size }, (_, i) => `profile.f${i} eq "v${i}"`).join(" and "), undefined);
      const id = (tree.nodes[tree.rootId] as GroupNode).children[size / 2] as NodeId;
      const edited = updateNode<RuleNode>(tree, id, { value: "edited" });
      expect([...(changedIds(tree, edited) ?? [])]).toEqual([id]);
    }
  });

  it("knows nothing of trees the operations did not make from the other", () => {
    const tree = treeFrom("userName pr", undefined);
    expect(changedIds(tree, treeFrom("userName pr", undefined))).toBeNull();
    expect(changedIds(tree, tree)).toEqual(new Set());
  });

  it("covers every node that differs, over one edit or several", () => {
    fc.assert(
      fc.property(fc.array(treeEdit, { minLength: 1, maxLength: 12 }), fc.integer({ min: 1, max: 4 }), (edits, span) => {
        const newId = ids("x");
        const trees = [treeFrom('userName pr and (emails pr or not (profile.department eq "x"))', undefined)];
        for (const edit of edits) trees.push(applyEdit(trees.at(-1) as Tree, edit, newId));
        for (let index = span; index < trees.length; index++) {
          const from = trees[index - span] as Tree;
          const to = trees[index] as Tree;
          const changed = changedIds(from, to);
          // Known after any one edit; over several, unknown (null) once they took too many steps.
          if (span === 1) expect(changed).not.toBeNull();
          if (changed !== null) for (const id of differing(from, to)) expect(changed.has(id)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
