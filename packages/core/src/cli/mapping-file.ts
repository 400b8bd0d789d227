// --mapping: where attributes live, for `scim-filter sql` and `scim-filter mongo` (a JSON file shaped as
// SqlMapping or MongoMapping). The shape is checked here, so a wrong file is one clear message.
import type { MongoMapping } from "../mongo/mapping.js";
import type { SqlMapping } from "../sql/mapping.js";
import { STORED_TYPES } from "../translate/stored-type.js";
import { InputFileError } from "./io.js";

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

class Checker {
  constructor(private readonly file: string) {}

  fail(where: string, what: string): never {
    throw new InputFileError(`${this.file}: ${where} ${what}`);
  }

  record(value: unknown, where: string): Record<string, unknown> {
    return isRecord(value) ? value : this.fail(where, "should be a JSON object");
  }

  text(value: unknown, where: string): string {
    return typeof value === "string" && value !== "" ? value : this.fail(where, "should be a non-empty string");
  }

  type(value: unknown, where: string): void {
    if (!STORED_TYPES.includes(value as never)) this.fail(where, `should be one of ${STORED_TYPES.join(", ")}`);
  }

  /** Every member of `record` is an object with these string members and a stored `type`. */
  typedFields(value: unknown, where: string, names: readonly string[]): void {
    for (const [key, member] of Object.entries(this.record(value, where))) {
      const field = this.record(member, `${where}.${key}`);
      for (const name of names) this.text(field[name], `${where}.${key}.${name}`);
      this.type(field.type, `${where}.${key}.type`);
    }
  }
}

export function readSqlMapping(json: unknown, file: string): SqlMapping {
  const check = new Checker(file);
  const mapping = check.record(json, "the mapping");
  check.text(mapping.table, '"table"');
  if (mapping.id !== undefined) check.text(mapping.id, '"id"');
  for (const [path, value] of Object.entries(check.record(mapping.attributes, '"attributes"'))) {
    const where = `attributes["${path}"]`;
    const location = check.record(value, where);
    if ("table" in location) {
      check.text(location.table, `${where}.table`);
      check.text(location.key, `${where}.key`);
      if (location.column !== undefined) check.text(location.column, `${where}.column`);
      if (location.type !== undefined) check.type(location.type, `${where}.type`);
      if (location.subAttributes !== undefined) check.typedFields(location.subAttributes, `${where}.subAttributes`, ["column"]);
      if (location.column === undefined && location.subAttributes === undefined) check.fail(where, 'needs "column" or "subAttributes"');
    } else if ("json" in location) {
      check.text(location.json, `${where}.json`);
      if (!Array.isArray(location.path) || !location.path.every((key) => typeof key === "string" && /^[^"]+$/.test(key))) check.fail(`${where}.path`, "should be an array of keys");
      check.type(location.type, `${where}.type`);
    } else {
      check.text(location.column, `${where}.column`);
      check.type(location.type, `${where}.type`);
    }
  }
  if (mapping.dynamic !== undefined) check.typedFields(mapping.dynamic, '"dynamic"', ["json"]);
  return mapping as unknown as SqlMapping;
}

export function readMongoMapping(json: unknown, file: string): MongoMapping {
  const check = new Checker(file);
  const mapping = check.record(json, "the mapping");
  for (const [path, value] of Object.entries(check.record(mapping.attributes, '"attributes"'))) {
    const where = `attributes["${path}"]`;
    const location = check.record(value, where);
    check.text(location.field, `${where}.field`);
    if (location.subAttributes !== undefined) check.typedFields(location.subAttributes, `${where}.subAttributes`, ["field"]);
    else check.type(location.type, `${where}.type`);
  }
  if (mapping.dynamic !== undefined) check.typedFields(mapping.dynamic, '"dynamic"', ["field"]);
  return mapping as unknown as MongoMapping;
}
