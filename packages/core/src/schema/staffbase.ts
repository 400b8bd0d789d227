// The Staffbase User API filter schema, from its filter documentation (../shared/seeds/004_…txt) and the
// facts in ../shared/staffbase-api.md. Each attribute says where the evaluator finds it in a user object.
import { operatorOptions } from "./operators.js";
import type { AttributeSchema, FilterSchema, IdFormat } from "./types.js";

const OBJECT_ID: IdFormat = {
  pattern: "^[0-9a-fA-F]{24}$",
  description: "a 24-character hexadecimal id",
  example: "604fab5e830203614e6fa59d",
};

/** `{ value }` (v3) or a plain value (legacy). */
function unwrapValue(value: unknown): unknown {
  return typeof value === "object" && value !== null && !Array.isArray(value) && "value" in value ? value.value : value;
}

/** A filter-only fact that the user object states as a boolean: present when true. */
function presentWhen(value: unknown): unknown {
  if (value === undefined) return undefined;
  return value === true ? true : null;
}

const PRESENCE = operatorOptions("string", ["pr"]);

export const staffbaseAttributes: AttributeSchema[] = [
  {
    path: "groups",
    label: "Group",
    description: "Membership in a group, by group id.",
    group: "Membership",
    type: "id",
    idFormat: OBJECT_ID,
    caseExact: true,
    multiValued: true,
    operators: operatorOptions("id", ["eq", "ne"], { eq: "is member of", ne: "is not member of" }),
    read: (user) => user.groupIDs,
  },
  {
    path: "staffbase.space",
    label: "Space",
    description: "Membership in a space, by space id.",
    group: "Membership",
    type: "id",
    idFormat: { ...OBJECT_ID, example: "5fc7743d3dd910548d350a2a" },
    caseExact: true,
    multiValued: true,
    operators: operatorOptions("id", ["eq"], { eq: "is member of" }),
    read: (user) => user.spaceIDs,
  },
  {
    path: "staffbase.role",
    label: "Role",
    description: "The user's role type.",
    group: "Account",
    type: "enum",
    caseExact: true,
    options: [
      { value: "admin", label: "Admin" },
      { value: "editor", label: "Editor", description: 'Shown as "Managing Editor" in the Studio.' },
      { value: "moderator", label: "Moderator", description: 'Shown as "Editor" in the Studio.' },
      { value: "managingEditor", label: "Managing editor", description: "Listed by the filter documentation; most likely the older name of editor." },
      { value: "reader", label: "Reader", description: 'Shown as "User" in the Studio; the default role.' },
    ],
    operators: operatorOptions("enum", ["eq"]),
    read: (user) => {
      const role = user.role;
      return typeof role === "object" && role !== null ? (role as { type?: unknown }).type : role;
    },
  },
  {
    path: "staffbase.status",
    label: "Status",
    description: "Without a status clause the server returns activated users only.",
    group: "Account",
    type: "enum",
    caseExact: true,
    options: [
      { value: "activated", label: "Activated", description: "The default when a filter says nothing about status." },
      { value: "pending", label: "Pending", description: "Invited, not yet registered." },
      { value: "deactivated", label: "Deactivated" },
      { value: "contact", label: "Contact", description: "Staffbase Email recipients without a login (documented for /users/search)." },
    ],
    operators: operatorOptions("enum", ["eq"]),
    read: (user) => user.status,
  },
  {
    path: "staffbase.creationType",
    label: "Creation type",
    description: "How the user account was created.",
    group: "Account",
    type: "enum",
    caseExact: true,
    options: [
      { value: "csv", label: "CSV import" },
      { value: "direct", label: "Direct (invited in the Studio)" },
      { value: "scim", label: "SCIM provisioning" },
      { value: "sso", label: "Single sign-on" },
      { value: "bonding", label: "Bonding", description: "Only in an older version of the documentation.", deprecated: true },
      { value: "ldap", label: "LDAP", description: "Only in an older version of the documentation.", deprecated: true },
    ],
    operators: operatorOptions("enum", ["eq"]),
    read: (user) => user.creationType,
  },
  ...(
    [
      ["created", "Created", "The point in time when the user was created in the platform.", ["created", "createdAt"]],
      ["updated", "Updated", "The point in time when the user was last updated.", ["updated", "updatedAt"]],
      ["deactivated", "Deactivated", "The point in time when the user was deactivated in the platform.", ["deactivated"]],
    ] as const
  ).map(
    ([path, label, description, keys]): AttributeSchema => ({
      path,
      label,
      description,
      group: "Dates",
      type: "dateTime",
      operators: operatorOptions("dateTime", ["gt", "ge", "lt", "le", "eq", "ne"]),
      read: (user) => keys.map((key) => user[key]).find((value) => value !== undefined),
    }),
  ),
  {
    path: "emails",
    label: "Email",
    description: "The user has a primary e-mail address.",
    group: "Sign-in",
    type: "string",
    presenceOnly: true,
    multiValued: true,
    operators: operatorOptions("string", ["pr"], { pr: "is present" }),
    read: (user) => {
      const emails = user.emails;
      if (Array.isArray(emails)) return emails.map(unwrapValue);
      const email = user.email;
      return email === undefined ? undefined : email === null ? [] : [unwrapValue(email)];
    },
  },
  {
    path: "userName",
    label: "User name",
    group: "Sign-in",
    type: "string",
    presenceOnly: true,
    operators: PRESENCE,
    read: (user) => unwrapValue(user.userName),
  },
  {
    path: "externalId",
    label: "External id",
    description: "The identifier from an identity provider or import.",
    group: "Sign-in",
    type: "string",
    presenceOnly: true,
    operators: PRESENCE,
    read: (user) => user.externalId ?? user.externalID,
  },
  {
    path: "password",
    label: "Password",
    description: "The user has a Staffbase password (never returned by the API).",
    group: "Sign-in",
    type: "string",
    presenceOnly: true,
    operators: PRESENCE,
    read: (user) => presentWhen(user.hasPassword),
  },
  {
    path: "staffbase.recoveryCode",
    label: "Recovery code",
    description: "The user has a recovery code.",
    group: "Sign-in",
    type: "string",
    presenceOnly: true,
    operators: PRESENCE,
    read: (user) => {
      const known = presentWhen(user.hasRecoveryCode);
      return known !== undefined ? known : user.recoveryCode;
    },
  },
];

/** The Staffbase User API (`GET /api/users?filter=…`). Extend it with an instance's profile fields via withProfileFields. */
export const staffbaseUserSchema: FilterSchema = {
  id: "staffbase",
  name: "Staffbase User API",
  attributes: staffbaseAttributes,
  dynamic: [
    {
      name: "profile",
      allowUndeclared: true,
      template: {
        description: "A custom profile field, by its field id. Only eq is documented.",
        group: "Profile",
        type: "string",
        operators: operatorOptions("string", ["eq"]),
      },
    },
  ],
  // A deactivation time exists only for deactivated users: a filter on it (the documentation's own
  // "all users that were deactivated since …") would match nobody if the activated default applied.
  implicit: [{ attribute: "staffbase.status", operator: "eq", value: "activated", label: "status is activated (default)", suppressedBy: ["deactivated"] }],
};
