import type { AttributeSchema, FilterSchema } from "@scim-filter/core";
import { operatorOptions, staffbaseUserSchema, withProfileFields } from "@scim-filter/core";
import { withMockFacts } from "../../shared/mock-facts.js";
import { MOCK_PROFILE_FIELDS } from "../../shared/profile-fields.js";

/** GET /api/users: the documented filter schema, knowing the mock instance's profile fields and its `_mock` facts. */
export const legacySchema: FilterSchema = withMockFacts(withProfileFields(staffbaseUserSchema, MOCK_PROFILE_FIELDS));

const SEARCHABLE = new Set(["emails", "userName", "externalId"]);

/** GET /api/users/search also compares e-mails, user names and external ids by value (decision 7). */
export const searchSchema: FilterSchema = {
  ...legacySchema,
  id: "staffbase-search",
  attributes: legacySchema.attributes.map((attribute): AttributeSchema => {
    if (!SEARCHABLE.has(attribute.path)) return attribute;
    const { presenceOnly: _presenceOnly, ...rest } = attribute;
    return { ...rest, operators: operatorOptions("string", ["eq", "co", "sw", "ew", "pr"]) };
  }),
};
