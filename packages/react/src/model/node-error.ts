import type { NodeId } from "./types.js";

/**
 * An action given a node id the tree does not have, or a node of the wrong kind (a group action on a
 * rule): refused before anything changes.
 */
export class BuilderNodeError extends Error {
  override readonly name = "BuilderNodeError";
  readonly nodeId: NodeId;
  /** The kind the action needs; "node" when any node would do. */
  readonly expected: "rule" | "group" | "node";

  constructor(nodeId: NodeId, expected: BuilderNodeError["expected"], found?: string) {
    super(found === undefined ? `No node ${nodeId} in the filter tree` : `Node ${nodeId} is a ${found}, not a ${expected}`);
    this.nodeId = nodeId;
    this.expected = expected;
  }
}
