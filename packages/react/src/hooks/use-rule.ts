import type { AttributeSchema, Diagnostic, FilterSchema } from "@scim-filter/core";
import { useMemo } from "react";
import { useNodeState } from "../context.js";
import type { RawNode, RuleNode } from "../model/types.js";
import { NO_DIAGNOSTICS } from "../store/derive.js";
import { attributeOf } from "../store/node-schema.js";
import { useFieldSchema } from "./use-field-schema.js";

export interface UseRuleResult {
  node: RuleNode | RawNode;
  /** The schema's attribute for the field, or null (no schema, unknown or unfinished field). */
  attribute: AttributeSchema | null;
  /** The schema the field is read against: inside a value path `emails[…]`, the attribute's sub-attributes. */
  schema: FilterSchema | undefined;
  /** This rule's diagnostics; spans are relative to the rule's start in the text. */
  diagnostics: readonly Diagnostic[];
}

/** One rule, subscribed alone: editing another rule does not re-render this one. */
export function useRule(id: string): UseRuleResult {
  const node = useNodeState(id, (state) => state.tree.nodes[id]);
  const diagnostics = useNodeState(id, (state) => state.derived.nodeDiagnostics[id] ?? NO_DIAGNOSTICS);
  const schema = useFieldSchema(id);
  if (node === undefined || node.kind === "group") throw new Error(`No rule ${id} in this builder`);
  const field = node.kind === "rule" ? node.field : "";
  const attribute = useMemo(() => attributeOf(schema, field), [schema, field]);
  return { node, attribute, schema, diagnostics };
}
