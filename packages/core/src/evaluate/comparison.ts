// A comparison over everything a reader returns for one attribute (all of its values at once).
import type { CompareFilter } from "../ast.js";
import type { AttributeSchema } from "../schema/types.js";
import { compileValueTest, comparisonType } from "./compare.js";
import { anyValue, noValueEqual } from "./each-value.js";
import { isPresent } from "./present.js";
import type { Reader } from "./read-values.js";

/** Whether a record (a user, or a value-path element) satisfies a comparison. */
export type RecordTest = (record: unknown) => boolean;

/**
 * Compiles a comparison, reading with `read`, or returns `null` when no record can match (an
 * operator other than `eq` / `ne` with `null`, a value the attribute's type cannot compare with).
 * Multi-valued: `ne` holds when every value compares and none is equal (no values: true), the other
 * operators when any value passes; `eq null` means "not present", `ne null` "present".
 * explainFilter passes the identity as `read` to test a value it has read itself.
 */
export function compileComparison(filter: CompareFilter, schema: AttributeSchema | undefined, read: Reader): RecordTest | null {
  const { operator, value } = filter;
  if (value === null) {
    if (operator === "eq") return (record) => !isPresent(read(record));
    if (operator === "ne") return (record) => isPresent(read(record));
    return null;
  }
  const test = compileValueTest(operator === "ne" ? "eq" : operator, value, comparisonType(schema?.type), schema?.caseExact === true);
  if (test === null) return null;
  if (operator === "ne") return (record) => noValueEqual(read(record), test);
  return (record) => anyValue(read(record), test);
}
