// The SCIM URNs schemaFromScim and its helpers recognise, in one place so the label table, the input
// checks and the builder agree on them.

/** The core User schema (RFC 7643 §4.1); its attributes may also be written with this URN as a prefix. */
export const SCIM_CORE_USER_URN = "urn:ietf:params:scim:schemas:core:2.0:User";

/** The Enterprise User extension (RFC 7643 §4.3). */
export const SCIM_ENTERPRISE_USER_URN = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

/** Core schemas (User, Group, …) share this prefix; extensions do not. */
export const SCIM_CORE_SCHEMA_PREFIX = "urn:ietf:params:scim:schemas:core:2.0:";

/** A ListResponse names itself with this URN in `schemas` (RFC 7644 §3.4.2). */
export const SCIM_LIST_RESPONSE_URN = "urn:ietf:params:scim:api:messages:2.0:ListResponse";
