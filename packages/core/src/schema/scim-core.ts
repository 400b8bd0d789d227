// The SCIM 2.0 core User schema (RFC 7643 §4.1) for generic SCIM servers: derived from the RFC's own schema
// definition (§8.7.1, fixtures/rfc7643-schemas.ts) by schemaFromScim, so the two can never disagree. Only the
// core User schema is included, plus the common attributes `id`, `externalId` and `meta.*` (§3.1) that every
// resource has: the Enterprise User extension (§4.3) is optional, and a server that supports it lists it in
// its `GET /Schemas` response; `schemaFromScim(rfc7643Schemas)` gives User + Enterprise User. Paths may also be
// written with the `urn:ietf:params:scim:schemas:core:2.0:User:` prefix.
import { rfc7643Schemas } from "./fixtures/rfc7643-schemas.js";
import { SCIM_CORE_USER_URN, schemaFromScim } from "./from-scim.js";
import type { FilterSchema } from "./types.js";

export { SCIM_CORE_USER_URN } from "./from-scim.js";

export const scimCoreUserSchema: FilterSchema = /* @__PURE__ */ schemaFromScim(rfc7643Schemas, {
  schemas: [SCIM_CORE_USER_URN],
  id: "scim-core-user",
  name: "SCIM 2.0 core User (RFC 7643)",
});
