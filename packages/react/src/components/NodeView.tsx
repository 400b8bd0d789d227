import { useNodeState } from "../context.js";
import { GroupView } from "./GroupView.js";
import { RawRuleView } from "./RawRuleView.js";
import type { NodeViewProps } from "./RuleView.js";
import { RuleView } from "./RuleView.js";

/** Renders a node by its kind; subscribes to the kind alone. */
export function NodeView({ id, position }: NodeViewProps) {
  const kind = useNodeState(id, (state) => state.tree.nodes[id]?.kind);
  if (kind === "group") return <GroupView id={id} position={position} />;
  if (kind === "raw") return <RawRuleView id={id} position={position} />;
  if (kind === "rule") return <RuleView id={id} position={position} />;
  return null;
}
