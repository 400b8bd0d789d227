import type { AttributePath } from "../ast.js";

const ATTRIBUTE_PATH = /^(?:urn:[A-Za-z0-9._:-]+:)?[A-Za-z][A-Za-z0-9_-]*(?:\.[A-Za-z][A-Za-z0-9_-]*)?$/i;

/** The attribute path built from its parts, so hand-built ASTs format correctly even with a stale `path`. */
export function formatAttributePath(attribute: AttributePath): string {
  const path = `${attribute.schema === undefined ? "" : `${attribute.schema}:`}${attribute.name}${
    attribute.subAttribute === undefined ? "" : `.${attribute.subAttribute}`
  }`;
  if (!ATTRIBUTE_PATH.test(path)) {
    throw new TypeError(`"${path}" is not a valid SCIM attribute path`);
  }
  return path;
}
