// Hints about how an attribute is written, not whether it works: attribute names that differ only in
// case from the documented spelling, and Staffbase user-model fields the documentation moved away from
// (the migration page, ../shared/seeds/003_…txt, and the v3 renames, 002_…txt).
import type { CompareFilter, PresentFilter, Span, ValuePathFilter } from "../ast.js";
import { documentedSpelling } from "../schema/documented-spelling.js";
import { resolveAttribute, withoutSchemaUrn } from "../schema/resolve.js";
import type { FilterSchema } from "../schema/types.js";
import type { Diagnostic, Suggestion } from "./diagnostic.js";
import { diagnostic } from "./diagnostic.js";
import { tokenSpans } from "./token-spans.js";

type AttributeNode = CompareFilter | PresentFilter | ValuePathFilter;

/**
 * `Staffbase.Role` → a warning with the documented spelling `staffbase.role` as the fix. A schema URN
 * prefix is kept as written (URNs are case-insensitive too, and are not part of the documented name).
 */
export function checkSpelling(node: AttributeNode, schema: FilterSchema, text: string | undefined): Diagnostic[] {
  const replacement = documentedSpelling(node.attribute, schema);
  if (replacement === null) return [];
  const written = withoutSchemaUrn(node.attribute.path);
  const documented = withoutSchemaUrn(replacement);
  const span = tokenSpans(node, text).attribute;
  return [
    diagnostic("warning", "attribute-spelling", `${written} works (attribute names are case-insensitive), but it is documented as ${documented}`, span, [
      { label: `Spell it ${documented}`, span, text: replacement },
    ]),
  ];
}

/** A schema with the Staffbase status attribute: the Staffbase User API, with or without profile fields. */
const STATUS = "staffbase.status";

function isStaffbaseSchema(schema: FilterSchema): boolean {
  return resolveAttribute(schema, STATUS).kind === "declared";
}

function statusClause(values: readonly string[], wrap: boolean): string {
  const clauses = values.map((value) => `${STATUS} eq "${value}"`);
  const joined = clauses.join(" or ");
  return clauses.length > 1 && wrap ? `(${joined})` : joined;
}

/** `enabled eq true` → whether the clause asks for enabled (true) or not enabled (false) users; null for anything else. */
function booleanTruth(node: AttributeNode): boolean | null {
  if (node.type !== "compare" || typeof node.value !== "boolean") return null;
  if (node.operator === "eq") return node.value;
  if (node.operator === "ne") return !node.value;
  return null;
}

// The migration page's table: enabled && pending → pending, enabled && !pending → activated,
// !enabled && !pending → deactivated.
const STATUS_FOR: Record<"enabled" | "pending", Record<"true" | "false", readonly string[]>> = {
  enabled: { true: ["activated", "pending"], false: ["deactivated"] },
  pending: { true: ["pending"], false: ["activated", "deactivated"] },
};

function statusFixes(field: "enabled" | "pending", node: AttributeNode, whole: boolean): Suggestion[] {
  const truth = booleanTruth(node);
  if (truth === null) return [];
  const values = STATUS_FOR[field][truth ? "true" : "false"];
  const fixes: Suggestion[] = [{ label: `Replace with ${statusClause(values, false)}`, span: node.span, text: statusClause(values, !whole) }];
  // An enabled user may still be an open invitation: offer registered (activated) users alone too.
  if (field === "enabled" && truth) fixes.push({ label: `Replace with ${STATUS} eq "activated" (without pending invitations)`, span: node.span, text: statusClause(["activated"], false) });
  return fixes;
}

export interface LegacyHint {
  diagnostic: Diagnostic;
  /** The schema knows the attribute, so the usual checks still apply (for removed fields it does not). */
  resolves: boolean;
}

/**
 * A hint for a Staffbase field the documentation moved away from, or null. Removed fields (`enabled`,
 * `pending`, `verificationCode`) are not filter attributes, so unless the schema declares them the hint
 * is an error (it replaces the generic unknown-attribute one); `externalID` works (names are
 * case-insensitive) and is a warning. `whole` says whether the node is the entire filter, so a fix that
 * is an `or` needs no parentheses.
 */
export function legacyHint(node: AttributeNode, schema: FilterSchema, text: string | undefined, whole: boolean): LegacyHint | null {
  if (!isStaffbaseSchema(schema)) return null;
  const { name } = node.attribute;
  const lower = name.toLowerCase();
  const resolves = resolveAttribute(schema, node.attribute).kind !== "unknown";
  const severity = resolves ? "warning" : "error";
  const span: Span = tokenSpans(node, text).attribute;
  const written = withoutSchemaUrn(node.attribute);

  if ((lower === "enabled" || lower === "pending") && node.attribute.subAttribute === undefined) {
    const field = lower;
    const mapping =
      field === "enabled"
        ? 'an enabled user is "activated" or, while the invitation is open, "pending"; a disabled one is "deactivated"'
        : 'a pending user is "pending"; one that is not is "activated" or "deactivated"';
    return {
      resolves,
      diagnostic: diagnostic(severity, "legacy-attribute", `${written} was removed from the Staffbase user model: filter on ${STATUS} instead (${mapping})`, span, statusFixes(field, node, whole)),
    };
  }
  if (lower === "verificationcode") {
    return {
      resolves,
      diagnostic: diagnostic(
        severity,
        "legacy-attribute",
        `${written} was removed from the Staffbase user model: its mail is now emails[primary=true].value and its value is secret.plain, neither of which a filter can compare (emails pr tests for an e-mail address)`,
        span,
      ),
    };
  }
  if (name === "externalID" && node.attribute.subAttribute === undefined && resolves) {
    const replacement = node.attribute.path.slice(0, node.attribute.path.length - name.length) + "externalId";
    return {
      resolves,
      diagnostic: diagnostic(
        "warning",
        "legacy-attribute",
        "externalID is the legacy spelling (the v3 User API renamed it to externalId, as the filter documentation spells it); it still works, since attribute names are case-insensitive",
        span,
        [{ label: "Spell it externalId", span, text: replacement }],
      ),
    };
  }
  return null;
}
