import type { ProfileField } from "@scim-filter/core";

/** The mock instance's custom profile fields (`profile.<fieldID>`), shared by the mock's seed and the app's schema. */
export const MOCK_PROFILE_FIELDS: readonly (ProfileField & { id: string })[] = [
  { id: "department", label: "Department", type: "enum", options: ["Sales", "Engineering", "HR", "Marketing", "Support", "Finance"].map((value) => ({ value, label: value })) },
  { id: "location", label: "Location", type: "enum", options: ["Berlin", "Chemnitz", "New York", "London", "Remote"].map((value) => ({ value, label: value })) },
  { id: "costCenter", label: "Cost center", type: "string" },
  { id: "employeeType", label: "Employee type", type: "enum", options: ["full-time", "part-time", "contractor"].map((value) => ({ value, label: value })) },
];

/** The allowed values of an enum field, for the seed. */
export function profileOptions(id: string): string[] {
  return MOCK_PROFILE_FIELDS.find((field) => field.id === id)?.options?.map((option) => option.value) ?? [];
}
