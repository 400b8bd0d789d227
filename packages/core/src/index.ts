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
export { filterChildren } from "./filter-children.js";
export type { ParsedText } from "./parse/reparse.js";
export { reparseFilter } from "./parse/reparse.js";
export { FilterSyntaxError } from "./parse/syntax-error.js";
export { MAX_NESTING_DEPTH } from "./parse/nesting.js";
export { codeFrame, lineColumn } from "./parse/position.js";
export type { FormatOptions, FormattedFilter } from "./format/format.js";
export { formatFilter, formatFilterWithSpans } from "./format/format.js";
export { formatValue } from "./format/value.js";
export type { UsersQuery } from "./encode/encode.js";
export { buildStaffbaseUsersUrl, buildUsersUrl, encodeFilter } from "./encode/encode.js";
export type { ScimListQuery } from "./encode/scim-url.js";
export { buildScimUrl } from "./encode/scim-url.js";
export type {
  AttributeSchema,
  DynamicAttributes,
  EnumOption,
  FilterSchema,
  IdFormat,
  ImplicitClause,
  OperatorOption,
  ProfileField,
  UserRecord,
  ValueType,
} from "./schema/types.js";
export { staffbaseUserSchema } from "./schema/staffbase.js";
export type { StaffbaseUser } from "./schema/staffbase-user.js";
export { scimCoreUserSchema, SCIM_CORE_USER_URN } from "./schema/scim-core.js";
export { withProfileFields } from "./schema/profile-fields.js";
export type { AttributeInput, DynamicAttributesInput, EnumOptionInput, SchemaInput } from "./schema/define-schema.js";
export { defineSchema } from "./schema/define-schema.js";
export { checkSchema } from "./schema/check-schema.js";
export { SchemaError } from "./schema/schema-error.js";
export type { SchemaFromScimOptions, ScimAttributeDefinition, ScimSchemaResource, ScimSchemasResponse } from "./schema/from-scim.js";
export { schemaFromScim } from "./schema/from-scim.js";
export { readScimSchemas } from "./schema/scim-schema-input.js";
export { ScimSchemaError } from "./schema/scim-schema-error.js";
export { rfc7643Schemas } from "./schema/fixtures/rfc7643-schemas.js";
export { resolveAttribute } from "./schema/resolve.js";
export type { Resolution } from "./schema/resolve.js";
export { valuePathSchema } from "./schema/value-path-schema.js";
export { documentedSpelling, withDocumentedSpelling } from "./schema/documented-spelling.js";
export { DEFAULT_OPERATORS, OPERATOR_LABELS, operatorLabel, operatorOptions } from "./schema/operators.js";
export type { DatePrecision, ParsedDate } from "./values/date.js";
export { parseFilterDate } from "./values/date.js";
export type { Diagnostic, DiagnosticCode, Severity, Suggestion } from "./validate/diagnostic.js";
export type { ValidateOptions } from "./validate/validate.js";
export { isValid, validateFilter } from "./validate/validate.js";
export { describeFilter } from "./describe/describe.js";
export type { FilterPreset } from "./schema/staffbase-presets.js";
export { staffbasePresets } from "./schema/staffbase-presets.js";

// ---------------------------------------------------------------------------------------------
// Evaluation (src/evaluate/, EVALUATION.md): match user objects against a filter.
export type { UserPredicate } from "./evaluate/compile.js";
export { compileFilter } from "./evaluate/compile.js";
export { matchUsers } from "./evaluate/match.js";
export { applyImplicitClauses, implicitClausesFor } from "./evaluate/implicit.js";

// Explanation (src/explain/): why one user does or does not match a filter.
export type { Explanation, ExplanationKind, ExplanationNode, ExplanationResult } from "./explain/types.js";
export { explainFilter } from "./explain/explain.js";
