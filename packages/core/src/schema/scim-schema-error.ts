// The one error schemaFromScim and readScimSchemas throw for input of the wrong shape: callers (a file
// picker, a server client) catch it to show its message instead of a TypeError from deep inside.

/**
 * A `GET /Schemas` response that is not shaped as RFC 7643 §7 says. The message names what is wrong and
 * where, with the ids and names met on the way: `Resources[0] ("urn:…:User").attributes[3] ("emails"):
 * "type" should be one of the SCIM attribute types string, boolean, …, not the number 1.`
 */
export class ScimSchemaError extends Error {
  override readonly name = "ScimSchemaError";
  /**
   * Where the problem is, as a property path into the input: `Resources[0].attributes[3].subAttributes[1]`;
   * "" for the input as a whole. With `key`, the object at `path` has a wrong or missing `key`; without, the
   * value at `path` itself is wrong (not an object, say).
   */
  readonly path: string;
  /** The key of the object at `path` whose value is wrong or missing (`type`), or null. */
  readonly key: string | null;

  constructor(message: string, path: string, key: string | null = null) {
    super(message);
    this.path = path;
    this.key = key;
  }

  /** Plain data for JSON output (an Error's own fields are not enumerable). */
  toJSON(): { message: string; path: string; key: string | null } {
    const { message, path, key } = this;
    return { message, path, key };
  }
}
