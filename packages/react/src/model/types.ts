import type { FilterValue, Operator } from "@scim-filter/core";

export type NodeId = string;

/**
 * A group of rules joined by one combinator, optionally negated: `not (a and b)`. With `valuePath` it is a
 * value path `emails[type eq "work" and value co "@example.com"]`: its rules (in nested groups too) filter
 * the attribute's sub-attributes, and it holds no value path of its own (RFC 7644: one level deep).
 */
export interface GroupNode {
  kind: "group";
  id: NodeId;
  combinator: "and" | "or";
  not: boolean;
  /** The attribute path before the brackets as written, e.g. `emails` or a URN-prefixed extension attribute. */
  valuePath?: string;
  children: readonly NodeId[];
}

/** One `field operator value` condition; `value` is ignored for `pr`. An empty field is an unfinished rule. */
export interface RuleNode {
  kind: "rule";
  id: NodeId;
  /** The attribute path as written, e.g. `staffbase.role`. */
  field: string;
  operator: Operator;
  value: FilterValue;
}

/**
 * A part of the filter the rule editor cannot show, kept as text: a value path the schema cannot edit (no
 * schema, an unknown attribute or one without sub-attributes), or an attribute the schema lacks.
 */
export interface RawNode {
  kind: "raw";
  id: NodeId;
  text: string;
  reason: "valuePath" | "unknownAttribute";
}

export type BuilderNode = GroupNode | RuleNode | RawNode;

/** The builder's tree, normalized by id so each rule can be read (and subscribed to) alone. */
export interface Tree {
  rootId: NodeId;
  nodes: Readonly<Record<NodeId, BuilderNode>>;
  /** Parent of every node but the root. */
  parents: Readonly<Record<NodeId, NodeId>>;
}

export type IdFactory = () => NodeId;
