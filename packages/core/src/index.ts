// @scim-filter/core — the public surface. test/exports.test.ts locks it: change both on purpose.
export type {
  AttributePath,
  CompareFilter,
  CompareOperator,
  Filter,
  FilterType,
  FilterValue,
  LogicalFilter,
  LogicalOperator,
  NotFilter,
  Operator,
  PresentFilter,
  Span,
  ValuePathFilter,
} from "./ast.js";
export { COMPARE_OPERATORS, OPERATORS } from "./ast.js";
export type { ParseResult } from "./parse/parse.js";
export { parseFilter, tryParseFilter } from "./parse/parse.js";
export { FilterSyntaxError } from "./parse/syntax-error.js";
export { MAX_NESTING_DEPTH } from "./parse/nesting.js";
export { codeFrame, lineColumn } from "./parse/position.js";
export type { FormatOptions } from "./format/format.js";
export { formatFilter } from "./format/format.js";
export { formatValue } from "./format/value.js";
export type { UsersQuery } from "./encode/encode.js";
export { buildUsersUrl, encodeFilter } from "./encode/encode.js";
