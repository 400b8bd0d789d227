// The shape of a `GET /Schemas` response (RFC 7643 §7, RFC 7644 §3.4.2) as schemaFromScim reads it.

/** The attribute types of RFC 7643 §2.3, in the order messages list them. */
export const SCIM_ATTRIBUTE_TYPES = ["string", "boolean", "decimal", "integer", "dateTime", "reference", "complex", "binary"] as const;

export type ScimAttributeType = (typeof SCIM_ATTRIBUTE_TYPES)[number];

/** An attribute definition of a schema resource (RFC 7643 §7). Fields a server omits take the RFC defaults. */
export interface ScimAttributeDefinition {
  name: string;
  type: ScimAttributeType;
  multiValued?: boolean;
  description?: string;
  required?: boolean;
  canonicalValues?: readonly string[];
  caseExact?: boolean;
  mutability?: "readOnly" | "readWrite" | "immutable" | "writeOnly";
  returned?: "always" | "never" | "default" | "request";
  uniqueness?: "none" | "server" | "global";
  referenceTypes?: readonly string[];
  subAttributes?: readonly ScimAttributeDefinition[];
}

/** A schema resource (`urn:ietf:params:scim:schemas:core:2.0:Schema`). */
export interface ScimSchemaResource {
  schemas?: readonly string[];
  id: string;
  name?: string;
  description?: string;
  attributes: readonly ScimAttributeDefinition[];
  meta?: { resourceType?: string; location?: string };
}

/** A `GET /Schemas` ListResponse. */
export interface ScimSchemasResponse {
  schemas?: readonly string[];
  totalResults?: number;
  itemsPerPage?: number;
  startIndex?: number;
  Resources: readonly ScimSchemaResource[];
}
