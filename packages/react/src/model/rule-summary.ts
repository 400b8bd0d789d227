import type { AttributeSchema } from "@scim-filter/core";
import { operatorLabel } from "@scim-filter/core";
import type { RawNode, RuleNode } from "./types.js";

/** A short description of a rule for accessible names: "role is Admin", "password is present". */
export function ruleSummary(node: RuleNode | RawNode, attribute: AttributeSchema | null): string {
  if (node.kind === "raw") return node.text;
  if (node.field === "") return "";
  const field = attribute?.label.toLowerCase() ?? node.field;
  const operator = operatorLabel(attribute, node.operator);
  if (node.operator === "pr") return `${field} ${operator}`;
  const option = attribute?.options?.find((candidate) => candidate.value === node.value);
  const value = option?.label ?? (node.value === "" ? "…" : String(node.value));
  return `${field} ${operator} ${value}`;
}
