import type { AttributeSchema, Diagnostic } from "@scim-filter/core";
import { resolveAttribute } from "@scim-filter/core";
import { useMemo } from "react";
import { useNodeState } from "../context.js";
import type { RawNode, RuleNode } from "../model/types.js";
import { NO_DIAGNOSTICS } from "../store/derive.js";

export interface UseRuleResult {
  node: RuleNode | RawNode;
  /** The schema's attribute for the field, or null (no schema, unknown or unfinished field). */
  attribute: AttributeSchema | null;
  /** This rule's diagnostics; spans are relative to the rule's start in the text. */
  diagnostics: readonly Diagnostic[];
}

/** One rule, subscribed alone: editing another rule does not re-render this one. */
export function useRule(id: string): UseRuleResult {
  const node = useNodeState(id, (state) => state.tree.nodes[id]);
  const diagnostics = useNodeState(id, (state) => state.derived.nodeDiagnostics[id] ?? NO_DIAGNOSTICS);
  const schema = useNodeState(id, (state) => state.schema);
  if (node === undefined || node.kind === "group") throw new Error(`No rule ${id} in this builder`);
  const field = node.kind === "rule" ? node.field : "";
  const attribute = useMemo(() => {
    if (schema === undefined || field === "") return null;
    const resolution = resolveAttribute(schema, field);
    return resolution.kind === "unknown" ? null : resolution.attribute;
  }, [schema, field]);
  return { node, attribute, diagnostics };
}
