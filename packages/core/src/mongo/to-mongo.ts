// toMongo: a filter → a MongoDB query document meaning exactly what compileFilter means under the schema
// (../../EVALUATION.md) for users stored as the mapping says. Values appear only as operands ($eq, $gt,
// …) and as escaped regular expressions; field names come from the mapping and checked attribute names.
import type { AttributePath, Filter } from "../ast.js";
import { applyImplicitClauses } from "../evaluate/implicit.js";
import { parseFilter } from "../parse/parse.js";
import { withoutSchemaUrn } from "../schema/resolve.js";
import type { AttributeSchema, FilterSchema } from "../schema/types.js";
import { TranslationError, UnmappedAttributeError } from "../translate/errors.js";
import { assertExact } from "../translate/exactness.js";
import { locate } from "../translate/locate.js";
import type { ComparisonPlan, ValuePlan } from "../translate/plan.js";
import { planComparison } from "../translate/plan.js";
import type { StoredType } from "../translate/stored-type.js";
import type { MongoElements, MongoField, MongoLocation, MongoMapping } from "./mapping.js";
import { orderPattern } from "./order-pattern.js";
import { stringPattern } from "./regex.js";

/** A MongoDB query document. */
export type MongoQuery = Record<string, unknown>;

export interface MongoOptions {
  /** The schema whose types, case rules and implicit clauses apply (e.g. staffbaseUserSchema). */
  schema?: FilterSchema;
}

const NEVER: MongoQuery = { $nor: [{}] };
const LIMITS = { engine: "MongoDB" };
const ORDER = { eq: "$eq", gt: "$gt", ge: "$gte", lt: "$lt", le: "$lte" } as const;

/** The operator expression one value must satisfy (applied to every value of an array field). */
function testExpression(test: ValuePlan): Record<string, unknown> {
  switch (test.type) {
    case "string":
      if (test.operator === "co" || test.operator === "sw" || test.operator === "ew" || (test.operator === "eq" && test.fold)) {
        return { $regex: stringPattern(test.operator, test.value, test.fold) };
      }
      // MongoDB orders strings with case: a case-insensitive order is spelled as a pattern.
      if (test.fold && test.operator !== "eq") return { $regex: orderPattern(test.operator, test.value) };
      return { [ORDER[test.operator]]: test.value };
    case "instant":
    case "number":
      return { [ORDER[test.operator]]: test.value };
    case "boolean":
      return { $eq: test.value };
  }
}

/**
 * "The field has a value of this type", for a field or array of values. Not `$type`, which MongoDB
 * applies to each array element and mingo to the array: these operators mean the same in both.
 */
function typed(field: string, type: StoredType): MongoQuery {
  if (type === "boolean") return { [field]: { $in: [true, false] } };
  if (type === "number") return { $or: [{ [field]: { $gte: 0 } }, { [field]: { $lt: 0 } }] };
  return { [field]: { $regex: "^" } };
}

/** A present value: a non-empty string; any number or boolean (false and 0 included). */
function present(field: string, type: StoredType): MongoQuery {
  return type === "string" || type === "dateTime" ? { [field]: { $regex: "[\\s\\S]" } } : typed(field, type);
}

function not(query: MongoQuery): MongoQuery {
  return { $nor: [query] };
}

/** What a condition can ask of an attribute's values (see the SQL translator's Values). */
interface Values {
  stored: StoredType;
  some: (test: ValuePlan) => MongoQuery;
  none: (test: ValuePlan) => MongoQuery;
  present: () => MongoQuery;
  any: () => MongoQuery;
}

/** Values whose queries `wrap` puts in place: as they are for a field, in `$elemMatch` for array elements. */
function valuesAt(field: string, stored: StoredType, wrap: (query: MongoQuery) => MongoQuery): Values {
  const some = (test: ValuePlan) => wrap({ [field]: testExpression(test) });
  return {
    stored,
    some,
    none: (test) => not(some(test)),
    present: () => wrap(present(field, stored)),
    any: () => wrap(typed(field, stored)),
  };
}

/** The values of a field (one, or an array of them: MongoDB tests each element). */
function fieldValues(field: string, stored: StoredType): Values {
  return valuesAt(field, stored, (query) => query);
}

function subField(elements: MongoElements, name: string): MongoField | undefined {
  const lower = name.toLowerCase();
  return Object.entries(elements.subAttributes).find(([key]) => key.toLowerCase() === lower)?.[1];
}

function elementMatch(elements: MongoElements): (query: MongoQuery) => MongoQuery {
  return (query) => ({ [elements.field]: { $elemMatch: query } });
}

/**
 * Complex elements compared directly stand for their `value`; an element without a `value` member
 * compares with nothing (then `ne` is false) and is present when another member is.
 */
function elementValues(elements: MongoElements): Values {
  const value = subField(elements, "value");
  const inElement = elementMatch(elements);
  const members = Object.values(elements.subAttributes);
  const anyMember: MongoQuery = members.length === 0 ? NEVER : { $or: members.map((member) => present(member.field, member.type)) };
  const isElement = inElement({});
  if (value === undefined) {
    return { stored: "string", some: () => NEVER, none: () => not(isElement), present: () => inElement(anyMember), any: () => isElement };
  }
  const values = valuesAt(value.field, value.type, inElement);
  const withoutValue = inElement({ [value.field]: { $exists: false } });
  return {
    stored: value.type,
    some: values.some,
    none: (test) => ({ $nor: [values.some(test), withoutValue] }),
    present: () => inElement({ $or: [present(value.field, value.type), { $and: [{ [value.field]: { $exists: false } }, anyMember] }] }),
    any: () => ({ $or: [values.any(), withoutValue] }),
  };
}

function isElements(location: MongoLocation): location is MongoElements {
  return "subAttributes" in location;
}

interface Context {
  mapping: MongoMapping;
  schema: FilterSchema | undefined;
}

function located(context: Context, attribute: AttributePath): { values: Values; schema: AttributeSchema | undefined; elements?: MongoElements } {
  const found = locate(context.mapping, attribute, context.schema);
  if (found.kind === "dynamic") return { values: fieldValues(`${found.dynamic.field}.${found.key}`, found.dynamic.type), schema: found.schema };
  const { location, sub, schema } = found;
  if (isElements(location)) {
    if (sub === undefined) return { values: elementValues(location), schema, elements: location };
    const field = subField(location, sub);
    if (field === undefined) throw new UnmappedAttributeError(attribute.path);
    return { values: valuesAt(field.field, field.type, elementMatch(location)), schema };
  }
  if (sub !== undefined) throw new UnmappedAttributeError(attribute.path);
  return { values: fieldValues(location.field, location.type), schema };
}

interface Element {
  elements: MongoElements;
  schema: AttributeSchema | undefined;
  path: string;
}

function elementAttribute(element: Element, attribute: AttributePath): { values: Values; schema: AttributeSchema | undefined } {
  const name = withoutSchemaUrn(attribute);
  const schema = element.schema?.subAttributes?.find((sub) => sub.path.toLowerCase() === name.toLowerCase());
  const field = attribute.subAttribute === undefined ? subField(element.elements, name) : undefined;
  if (field === undefined) throw new UnmappedAttributeError(`${element.path}.${name}`);
  return { values: fieldValues(field.field, field.type), schema };
}

function planQuery(plan: ComparisonPlan, values: Values, attribute: string): MongoQuery {
  switch (plan.kind) {
    case "never":
      return NEVER;
    case "present":
      return plan.present ? values.present() : not(values.present());
    case "noValue":
      return not(values.any());
    case "any":
      assertExact(plan.test, attribute, LIMITS);
      return values.some(plan.test);
    case "none":
      assertExact(plan.test, attribute, LIMITS);
      return values.none(plan.test);
  }
}

function compileNode(context: Context, filter: Filter, element: Element | undefined): MongoQuery {
  switch (filter.type) {
    case "compare":
    case "present": {
      const { values, schema } = element === undefined ? located(context, filter.attribute) : elementAttribute(element, filter.attribute);
      const plan: ComparisonPlan = filter.type === "present" ? { kind: "present", present: true } : planComparison(filter, schema, values.stored);
      return planQuery(plan, values, filter.attribute.path);
    }
    case "not":
      return not(compileNode(context, filter.filter, element));
    case "and":
      return { $and: filter.filters.map((child) => compileNode(context, child, element)) };
    case "or":
      return { $or: filter.filters.map((child) => compileNode(context, child, element)) };
    case "valuePath": {
      if (element !== undefined) throw new TranslationError("unsupported", `A value path inside a value path: ${filter.attribute.path}`, filter.attribute.path);
      const found = located(context, filter.attribute);
      if (found.elements === undefined) {
        throw new TranslationError("unsupported", `${filter.attribute.path}[…] needs an attribute mapped to an array of embedded documents`, filter.attribute.path);
      }
      const inner = compileNode(context, filter.filter, { elements: found.elements, schema: found.schema, path: filter.attribute.path });
      return { [found.elements.field]: { $elemMatch: inner } };
    }
  }
}

/**
 * Translates a filter into a MongoDB query document, meaning exactly what
 * `compileFilter(filter, options.schema)` means for the documents the mapping describes. Throws
 * FilterSyntaxError for bad text, UnmappedAttributeError for an attribute the mapping does not place,
 * and TranslationError where MongoDB cannot answer exactly as the evaluator does.
 */
export function toMongo(filter: Filter | string, mapping: MongoMapping, options: MongoOptions = {}): MongoQuery {
  const tree = typeof filter === "string" ? parseFilter(filter) : filter;
  return compileNode({ mapping, schema: options.schema }, applyImplicitClauses(tree, options.schema), undefined);
}
