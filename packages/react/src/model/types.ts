import type { FilterValue, Operator } from "@scim-filter/core";

export type NodeId = string;

/** A group of rules joined by one combinator, optionally negated: `not (a and b)`. */
export interface GroupNode {
  kind: "group";
  id: NodeId;
  combinator: "and" | "or";
  not: boolean;
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

/** A part of the filter the rule editor cannot show (a value path, an attribute the schema lacks), kept as text. */
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
