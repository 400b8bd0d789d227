/**
 * A schema (FilterSchema) of the wrong shape, from checkSchema or defineSchema: thrown where the schema
 * enters (validateFilter, compileFilter, explainFilter, the builder) instead of a TypeError from deep inside.
 */
export class SchemaError extends Error {
  override readonly name = "SchemaError";
  /** Where the problem is, attributes by their path: `attributes.userName.operators`, `implicit[0].operator`; "" for the schema itself. */
  readonly path: string;

  constructor(path: string, problem: string) {
    super(`Invalid filter schema: ${path === "" ? "the schema" : path} ${problem}`);
    this.path = path;
  }
}
