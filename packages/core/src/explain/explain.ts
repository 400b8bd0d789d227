// explainFilter: why one user does or does not match a filter, as a tree mirroring the effective filter.
import type { Filter } from "../ast.js";
import { applyImplicitClauses, implicitClausesFor } from "../evaluate/implicit.js";
import { parseFilter } from "../parse/parse.js";
import { checkSchema } from "../schema/check-schema.js";
import type { FilterSchema, UserRecord } from "../schema/types.js";
import { markDecisive } from "./decisive.js";
import { trace } from "./trace.js";
import type { TraceContext } from "./trace.js";
import type { Explanation } from "./types.js";

/**
 * Evaluates a filter against one user as compileFilter does and explains each node: its result
 * (`true`, `false` or `"unknown"` where the user object lacks the attribute), the values it saw and a
 * sentence with the schema's labels. The schema's implicit clauses (the status default) appear as
 * `implicit` nodes at the end of the top-level `and`, as applyImplicitClauses adds them, and
 * `decisive` marks the nodes that determined the result. `result` always equals
 * `compileFilter(filter, schema)(user)`. Text is parsed first (throws FilterSyntaxError).
 */
export function explainFilter(filter: Filter | string, user: UserRecord, schema?: FilterSchema): Explanation {
  const tree = typeof filter === "string" ? parseFilter(filter) : filter;
  const clauses = implicitClausesFor(tree, checkSchema(schema));
  const effective = applyImplicitClauses(tree, schema);
  // applyImplicitClauses appends one operand per clause, in order: explain those as what they are.
  const implicit = new Map<Filter, string>();
  if (effective.type === "and") {
    const first = effective.filters.length - clauses.length;
    clauses.forEach((clause, index) => {
      const operand = effective.filters[first + index];
      if (operand !== undefined) implicit.set(operand, clause.label);
    });
  }
  const context: TraceContext = { scope: { kind: "top", schema }, subject: "user", implicit };
  const root = trace(effective, user, context);
  markDecisive(root);
  return { result: root.matched, root };
}
