// Value paths `attr[…]` as groups: drafted against the attribute's sub-attributes, written back as
// `attr[…]`, reconciled by id, and kept apart from the rules around them by the tree operations.
import type { FilterSchema } from "@scim-filter/core";
import { formatFilterWithSpans, parseFilter, rfc7643Schemas, schemaFromScim, staffbaseUserSchema } from "@scim-filter/core";
import { describe, expect, it } from "vitest";
import { filterToDraft } from "./draft.js";
import { createTree, emptyRule, indentNode, insertNode, moveNode, moveNodeTo, outdentNode, replaceChildren } from "./operations.js";
import { spansOfNodes } from "./spans.js";
import { treeToFilter } from "./to-filter.js";
import type { GroupNode, IdFactory, NodeId, Tree } from "./types.js";
import { staysInValuePath, valuePathGroupOf } from "./value-path.js";
import { ids, nodeAt, textOf, treeFrom } from "../test/trees.js";

const schema = schemaFromScim(rfc7643Schemas);
const WORK_EMAILS = 'emails[type eq "work" and value co "@example.com"]';

function treeOf(text: string, previous: Tree | null = null, newId: IdFactory = ids(), withSchema: FilterSchema | undefined = schema): Tree {
  return treeFrom(text, withSchema, previous, newId);
}

function childrenOf(tree: Tree, id: NodeId): readonly NodeId[] {
  return (tree.nodes[id] as GroupNode).children;
}

describe("drafting value paths", () => {
  it("makes a value path a group whose rules are its sub-attributes, and never the root", () => {
    expect(filterToDraft(parseFilter(WORK_EMAILS), schema)).toEqual({
      kind: "group",
      combinator: "and",
      not: false,
      children: [
        {
          kind: "group",
          combinator: "and",
          not: false,
          valuePath: "emails",
          children: [
            { kind: "rule", field: "type", operator: "eq", value: "work" },
            { kind: "rule", field: "value", operator: "co", value: "@example.com" },
          ],
        },
      ],
    });
    expect(filterToDraft(parseFilter('emails[type eq "work" or primary eq true]'), schema).children[0]).toMatchObject({ valuePath: "emails", combinator: "or" });
    expect(filterToDraft(parseFilter('emails[type eq "work"]'), schema).children[0]).toMatchObject({ valuePath: "emails", combinator: "and", children: [{ field: "type" }] });
  });

  it("negates the value path for not (attr[…]) and nests a negated group for attr[not (…)]", () => {
    expect(filterToDraft(parseFilter('not (emails[type eq "work"])'), schema).children).toEqual([
      { kind: "group", combinator: "and", not: true, valuePath: "emails", children: [{ kind: "rule", field: "type", operator: "eq", value: "work" }] },
    ]);
    expect(filterToDraft(parseFilter('emails[not (type eq "work" or primary eq true)]'), schema).children).toEqual([
      {
        kind: "group",
        combinator: "and",
        not: false,
        valuePath: "emails",
        children: [
          {
            kind: "group",
            combinator: "or",
            not: true,
            children: [
              { kind: "rule", field: "type", operator: "eq", value: "work" },
              { kind: "rule", field: "primary", operator: "eq", value: true },
            ],
          },
        ],
      },
    ]);
  });

  it("keeps an unknown sub-attribute as a raw rule inside the value path", () => {
    expect(filterToDraft(parseFilter('emails[typo eq "work" and value co "@x"]'), schema).children[0]).toEqual({
      kind: "group",
      combinator: "and",
      not: false,
      valuePath: "emails",
      children: [
        { kind: "raw", reason: "unknownAttribute", text: 'typo eq "work"' },
        { kind: "rule", field: "value", operator: "co", value: "@x" },
      ],
    });
  });

  it("keeps value paths the schema cannot edit as raw text", () => {
    const raw = { kind: "raw", reason: "valuePath", text: 'emails[type eq "work"]' };
    // No schema, an attribute without sub-attributes (Staffbase's emails), an unknown attribute.
    expect(filterToDraft(parseFilter('emails[type eq "work"]'), undefined).children).toEqual([raw]);
    expect(filterToDraft(parseFilter('emails[type eq "work"]'), staffbaseUserSchema).children).toEqual([raw]);
    expect(filterToDraft(parseFilter('userName[type eq "work"]'), schema).children).toEqual([{ ...raw, text: 'userName[type eq "work"]' }]);
    expect(filterToDraft(parseFilter("userName pr and not (nope[x pr])"), schema).children[1]).toEqual({ kind: "group", combinator: "and", not: true, children: [{ ...raw, text: "nope[x pr]" }] });
  });
});

describe("value paths round trip", () => {
  it.each([
    WORK_EMAILS,
    'emails[type eq "work" or primary eq true]',
    'not (emails[type eq "work"])',
    'emails[not (type eq "work")]',
    'emails[not (type eq "work" or primary eq true)]',
    'emails[type eq "work" and (value co "@a.org" or value co "@b.org")]',
    'emails[typo eq "work" and value co "@x"]',
    'userName pr and addresses[type eq "work" and postalCode sw "9"]',
    '(phoneNumbers[type eq "mobile"] or emails[primary eq true]) and not (addresses[country eq "DE"] and active eq true)',
    'urn:ietf:params:scim:schemas:core:2.0:User:emails[type eq "work"]',
    'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber eq "1" and emails[value pr]',
  ])("%s", (text) => {
    expect(textOf(treeOf(text))).toBe(text);
  });

  it("leaves an empty value path out of the text, like an empty group", () => {
    let tree = treeOf("userName pr");
    tree = insertNode(tree, tree.rootId, { kind: "group", id: "vp", combinator: "and", not: false, valuePath: "emails", children: [] });
    expect(textOf(tree)).toBe("userName pr");
    tree = insertNode(tree, "vp", emptyRule("r"));
    expect(textOf(tree)).toBe("userName pr");
    tree = insertNode(tree, "vp", { kind: "rule", id: "s", field: "value", operator: "co", value: "@x" });
    expect(textOf(tree)).toBe('userName pr and emails[value co "@x"]');
  });

  it("maps the value path's span to its group and the rules' spans inside the brackets", () => {
    const text = `userName pr and not (${WORK_EMAILS})`;
    const tree = treeOf(text);
    const { filter, owners } = treeToFilter(tree);
    if (filter === null) throw new Error("expected a filter");
    const formatted = formatFilterWithSpans(filter);
    const spans = spansOfNodes(filter, formatted.filter, owners);
    const slice = (id: NodeId) => {
      const span = spans.get(id);
      return span === undefined ? undefined : formatted.text.slice(span.start, span.end);
    };
    expect(slice(nodeAt(tree, 1).id)).toBe(`not (${WORK_EMAILS})`);
    expect(slice(nodeAt(tree, 1, 0).id)).toBe('type eq "work"');
    expect(slice(nodeAt(tree, 1, 1).id)).toBe('value co "@example.com"');
  });
});

describe("reconciling value paths", () => {
  it("keeps the ids of a value path and its rules when a value inside changes", () => {
    const first = treeOf(`userName pr and ${WORK_EMAILS}`);
    const second = treeOf('userName pr and emails[type eq "home" and value co "@example.com"]', first, ids("fresh"));
    expect(nodeAt(second, 1).id).toBe(nodeAt(first, 1).id);
    expect(nodeAt(second, 1, 0)).toMatchObject({ id: nodeAt(first, 1, 0).id, value: "home" });
    expect(nodeAt(second, 1, 1)).toBe(nodeAt(first, 1, 1));
    expect(nodeAt(second, 0)).toBe(nodeAt(first, 0));
  });

  it("returns the same objects when nothing changed, and keeps the group's id when it is negated", () => {
    const first = treeOf(`userName pr and ${WORK_EMAILS}`);
    const same = treeOf(`userName pr and ${WORK_EMAILS}`, first, ids("fresh"));
    for (const id of Object.keys(first.nodes)) expect(same.nodes[id]).toBe(first.nodes[id]);
    const negated = treeOf(`userName pr and not (${WORK_EMAILS})`, first, ids("fresh"));
    expect(nodeAt(negated, 1)).toMatchObject({ id: nodeAt(first, 1).id, not: true, valuePath: "emails" });
    expect(nodeAt(negated, 1, 0)).toBe(nodeAt(first, 1, 0));
  });

  it("gives a value path of another attribute new ids throughout, and never turns a group into a value path", () => {
    const first = treeOf('emails[type eq "work"] and (userName pr or nickName pr)');
    const other = treeOf('phoneNumbers[type eq "work"] and (userName pr or nickName pr)', first, ids("fresh"));
    expect(nodeAt(other, 0)).toMatchObject({ id: "fresh1", valuePath: "phoneNumbers" });
    expect(nodeAt(other, 0, 0).id).toBe("fresh2");
    expect(nodeAt(other, 1)).toBe(nodeAt(first, 1));

    const plain = treeOf("(userName pr or nickName pr)", null, ids("a"));
    const asValuePath = treeOf("emails[value pr or display pr]", plain, ids("b"));
    expect(nodeAt(asValuePath, 0).id).not.toBe(nodeAt(plain, 0).id);
  });
});

describe("tree operations at a value path's brackets", () => {
  // root: a, vp emails[ t, g (or): [u, v] ], b
  function sample(): Tree {
    let tree = createTree(ids("r"));
    tree = insertNode(tree, tree.rootId, { kind: "rule", id: "a", field: "userName", operator: "pr", value: null });
    tree = insertNode(tree, tree.rootId, { kind: "group", id: "vp", combinator: "and", not: false, valuePath: "emails", children: [] });
    tree = insertNode(tree, "vp", { kind: "rule", id: "t", field: "type", operator: "eq", value: "work" });
    tree = insertNode(tree, "vp", { kind: "group", id: "g", combinator: "or", not: false, children: [] });
    tree = insertNode(tree, "g", { kind: "rule", id: "u", field: "value", operator: "co", value: "@a" });
    tree = insertNode(tree, "g", { kind: "rule", id: "v", field: "value", operator: "co", value: "@b" });
    tree = insertNode(tree, tree.rootId, { kind: "rule", id: "b", field: "nickName", operator: "pr", value: null });
    return tree;
  }

  it("knows which value path a group is in", () => {
    const tree = sample();
    expect(valuePathGroupOf(tree, "vp")?.id).toBe("vp");
    expect(valuePathGroupOf(tree, "g")?.id).toBe("vp");
    expect(valuePathGroupOf(tree, tree.rootId)).toBeNull();
    expect(staysInValuePath(tree, "u", "vp")).toBe(true);
    expect(staysInValuePath(tree, "t", tree.rootId)).toBe(false);
    expect(staysInValuePath(tree, "a", "g")).toBe(false);
  });

  it("refuses moves into or out of the brackets", () => {
    const tree = sample();
    expect(moveNodeTo(tree, "t", tree.rootId, 0)).toBe(tree);
    expect(moveNodeTo(tree, "a", "vp", 0)).toBe(tree);
    expect(moveNodeTo(tree, "b", "g", 0)).toBe(tree);
    expect(outdentNode(tree, "t")).toBe(tree);
    expect(outdentNode(tree, "g")).toBe(tree);
    // Within the brackets, and among the value path's siblings, nodes move as usual.
    expect(childrenOf(outdentNode(tree, "u"), "vp")).toEqual(["t", "g", "u"]);
    expect(childrenOf(moveNodeTo(tree, "t", "g", 0), "g")).toEqual(["t", "u", "v"]);
    expect(childrenOf(moveNode(tree, "vp", -1), tree.rootId)).toEqual(["vp", "a", "b"]);
  });

  it("never nests a value path in another one", () => {
    let tree = sample();
    tree = insertNode(tree, tree.rootId, { kind: "group", id: "vp2", combinator: "and", not: false, valuePath: "phoneNumbers", children: [] });
    expect(moveNodeTo(tree, "vp2", "vp", 0)).toBe(tree);
    expect(moveNodeTo(tree, "vp2", "g", 0)).toBe(tree);
    // A value path may go into a plain group outside any value path.
    const plain = insertNode(tree, tree.rootId, { kind: "group", id: "p", combinator: "or", not: false, children: [] });
    expect(childrenOf(moveNodeTo(plain, "vp", "p", 0), "p")).toEqual(["vp"]);
  });

  it("indents next to a value path into a new group instead of into the brackets", () => {
    const tree = sample();
    const indented = indentNode(tree, "b", ids("w"));
    expect(childrenOf(indented, "vp")).toEqual(["t", "g"]);
    expect(childrenOf(indented, indented.rootId)).toEqual(["a", "vp", "w1"]);
    expect(indented.nodes.w1).toMatchObject({ kind: "group", children: ["b"] });
    expect((indented.nodes.w1 as GroupNode).valuePath).toBeUndefined();
    // Inside the brackets, indent works as everywhere: into the group above.
    const inside = insertNode(tree, "vp", { kind: "rule", id: "p", field: "primary", operator: "eq", value: true });
    expect(childrenOf(indentNode(inside, "p", ids("w")), "g")).toEqual(["u", "v", "p"]);
    // A value path indents into a plain group above it, or a new one.
    const wrapped = indentNode(tree, "vp", ids("w"));
    expect(wrapped.nodes.w1).toMatchObject({ kind: "group", children: ["vp"] });
  });

  it("replaces a group's children with one node", () => {
    const tree = replaceChildren(sample(), "vp", emptyRule("e"));
    expect(childrenOf(tree, "vp")).toEqual(["e"]);
    for (const gone of ["t", "g", "u", "v"]) {
      expect(tree.nodes[gone]).toBeUndefined();
      expect(tree.parents[gone]).toBeUndefined();
    }
    expect(tree.parents.e).toBe("vp");
  });
});
