import type { AttributePath } from "../ast.js";

// Each part is checked on its own, as the grammar reads it: a name with a dot or a schema with an empty
// segment would otherwise format to text that does not parse back to the same path.
const SCHEMA = /^urn:[A-Za-z0-9._-]+(?::[A-Za-z0-9._-]+)*$/i;
const NAME = /^[A-Za-z][A-Za-z0-9_-]*$/;

/** The attribute path built from its parts, so hand-built ASTs format correctly even with a stale `path`. */
export function formatAttributePath(attribute: AttributePath): string {
  const path = `${attribute.schema === undefined ? "" : `${attribute.schema}:`}${attribute.name}${
    attribute.subAttribute === undefined ? "" : `.${attribute.subAttribute}`
  }`;
  if (
    (attribute.schema !== undefined && !SCHEMA.test(attribute.schema)) ||
    !NAME.test(attribute.name) ||
    (attribute.subAttribute !== undefined && !NAME.test(attribute.subAttribute))
  ) {
    throw new TypeError(`"${path}" is not a valid SCIM attribute path`);
  }
  return path;
}
