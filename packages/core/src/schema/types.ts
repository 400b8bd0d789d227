import type { CompareOperator, Operator } from "../ast.js";

/** What kind of value an attribute holds, which decides its operators, editor and comparison. */
export type ValueType = "string" | "enum" | "id" | "dateTime" | "boolean" | "number" | "complex";

export interface OperatorOption {
  operator: Operator;
  /** How the builder says it, e.g. "is member of" for `groups eq`. */
  label: string;
}

export interface EnumOption {
  value: string;
  label: string;
  description?: string;
  /** Still accepted by the server, but no longer documented: validation warns. */
  deprecated?: boolean;
}

export interface IdFormat {
  /** Regular expression source the whole value must match, e.g. `^[0-9a-f]{24}$`. */
  pattern: string;
  /** In words, for messages: "a 24-character hexadecimal id". */
  description: string;
  example: string;
}

/** A value the evaluator read from a user object; `undefined` means the object does not say. */
export type UserValue = unknown;

/** A user (or any resource) as the evaluator reads it: a JSON object. */
export type UserRecord = Readonly<Record<string, unknown>>;

export interface AttributeSchema {
  /** The documented spelling, e.g. `staffbase.role`; matching is case-insensitive (RFC 7644). */
  path: string;
  label: string;
  description?: string;
  /** Heading under which pickers list it: "Membership", "Account", "Dates", "Sign-in", "Profile". */
  group?: string;
  type: ValueType;
  /** The operators the server accepts for it, in the order a picker shows them. */
  operators: OperatorOption[];
  /** For `enum`: the allowed values, compared exactly. */
  options?: EnumOption[];
  /** For `enum`: the options are canonical values (RFC 7643), not a closed list; others only warn. */
  allowOtherValues?: boolean;
  /** For `id`: the format values must have. */
  idFormat?: IdFormat;
  /** Only `pr` is allowed (e.g. `password`). */
  presenceOnly?: boolean;
  /** String matching respects case. Default false, as RFC 7643 defines for `caseExact`. */
  caseExact?: boolean;
  multiValued?: boolean;
  /** Sub-attributes usable inside a value path `attr[…]` (issue: generic SCIM servers). */
  subAttributes?: AttributeSchema[];
  /**
   * Reads the attribute's value(s) from a user object, for attributes whose filter name differs from
   * where the value lives (`groups` → `groupIDs`). Without it the evaluator follows the path itself.
   * Return `undefined` when the object does not say; an array for multi-valued attributes.
   */
  read?: (user: UserRecord) => UserValue;
}

/** A clause the server adds unless the filter mentions its attribute (Staffbase: status is activated). */
export interface ImplicitClause {
  attribute: string;
  operator: CompareOperator;
  value: string;
  /** In words, for explanations: "status is activated (default)". */
  label: string;
  /** Attributes whose mention also means the default does not apply (they only exist for other values). */
  suppressedBy?: string[];
}

/** Attributes under a prefix whose names the schema cannot list, e.g. Staffbase's `profile.<fieldID>`. */
export interface DynamicAttributes {
  /** The attribute name before the dot, e.g. `profile`. */
  name: string;
  /** Template for fields the schema does not declare; `path` and `label` are filled from the field id. */
  template: Omit<AttributeSchema, "path" | "label">;
  /** Whether fields not declared in `attributes` are accepted (true when the instance's fields are unknown). */
  allowUndeclared: boolean;
}

export interface FilterSchema {
  id: string;
  name: string;
  attributes: AttributeSchema[];
  dynamic?: DynamicAttributes[];
  implicit?: ImplicitClause[];
}

/** A custom profile field of an instance, to extend a schema with. */
export interface ProfileField {
  id: string;
  label?: string;
  description?: string;
  type?: "string" | "enum" | "boolean" | "number" | "dateTime";
  options?: EnumOption[];
}
