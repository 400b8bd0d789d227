// resolveAttribute: case-insensitive (RFC 7644), tolerant of a schema URN prefix, aware of dynamic profile fields.
import { describe, expect, it } from "vitest";
import type { AttributeSchema, Resolution } from "../../src/index.js";
import { parseFilter, resolveAttribute, SCIM_CORE_USER_URN, scimCoreUserSchema, staffbaseUserSchema, withProfileFields } from "../../src/index.js";

function declaredPath(resolution: Resolution): string | null {
  return resolution.kind === "declared" ? resolution.attribute.path : null;
}

function attributeOf(resolution: Resolution): AttributeSchema {
  if (resolution.kind === "unknown") throw new Error("expected the attribute to resolve");
  return resolution.attribute;
}

describe("resolveAttribute", () => {
  it("finds attributes whatever their case", () => {
    for (const written of ["userName", "username", "USERNAME", "uSeRnAmE"]) {
      expect(declaredPath(resolveAttribute(scimCoreUserSchema, written))).toBe("userName");
    }
    for (const written of ["staffbase.role", "STAFFBASE.ROLE", "Staffbase.Role"]) {
      expect(declaredPath(resolveAttribute(staffbaseUserSchema, written))).toBe("staffbase.role");
    }
    expect(declaredPath(resolveAttribute(scimCoreUserSchema, "NAME.GIVENNAME"))).toBe("name.givenName");
  });

  it("returns the schema's own attribute object", () => {
    const role = staffbaseUserSchema.attributes.find((attribute) => attribute.path === "staffbase.role");
    expect(resolveAttribute(staffbaseUserSchema, "STAFFBASE.ROLE")).toEqual({ kind: "declared", attribute: role });
    expect(attributeOf(resolveAttribute(staffbaseUserSchema, "staffbase.role"))).toBe(role);
  });

  it("accepts the core User URN prefix, in any case", () => {
    expect(SCIM_CORE_USER_URN).toBe("urn:ietf:params:scim:schemas:core:2.0:User");
    expect(declaredPath(resolveAttribute(scimCoreUserSchema, "urn:ietf:params:scim:schemas:core:2.0:User:userName"))).toBe("userName");
    expect(declaredPath(resolveAttribute(scimCoreUserSchema, "URN:IETF:PARAMS:SCIM:SCHEMAS:CORE:2.0:USER:USERNAME"))).toBe("userName");
    expect(declaredPath(resolveAttribute(scimCoreUserSchema, `${SCIM_CORE_USER_URN}:name.familyName`))).toBe("name.familyName");
    expect(declaredPath(resolveAttribute(scimCoreUserSchema, `${SCIM_CORE_USER_URN}:meta.lastModified`))).toBe("meta.lastModified");
    expect(declaredPath(resolveAttribute(staffbaseUserSchema, `${SCIM_CORE_USER_URN}:staffbase.status`))).toBe("staffbase.status");
  });

  it("accepts a parsed AttributePath", () => {
    const filter = parseFilter(`${SCIM_CORE_USER_URN}:Name.GivenName eq "Barbara"`);
    if (filter.type !== "compare") throw new Error("expected a comparison");
    expect(filter.attribute).toEqual({ path: `${SCIM_CORE_USER_URN}:Name.GivenName`, schema: SCIM_CORE_USER_URN, name: "Name", subAttribute: "GivenName" });
    expect(declaredPath(resolveAttribute(scimCoreUserSchema, filter.attribute))).toBe("name.givenName");
  });

  it("reports unknown attributes", () => {
    expect(resolveAttribute(scimCoreUserSchema, "userNam")).toEqual({ kind: "unknown" });
    expect(resolveAttribute(staffbaseUserSchema, "role")).toEqual({ kind: "unknown" });
    expect(resolveAttribute(staffbaseUserSchema, "staffbase")).toEqual({ kind: "unknown" });
    // Staffbase has no dynamic prefix other than profile; SCIM core has none.
    expect(resolveAttribute(staffbaseUserSchema, "custom.field")).toEqual({ kind: "unknown" });
    expect(resolveAttribute(scimCoreUserSchema, "profile.department")).toEqual({ kind: "unknown" });
    // A bare profile prefix is not a field.
    expect(resolveAttribute(staffbaseUserSchema, "profile")).toEqual({ kind: "unknown" });
  });

  it("derives undeclared profile fields from the template", () => {
    const resolution = resolveAttribute(staffbaseUserSchema, "profile.department");
    expect(resolution.kind).toBe("dynamic");
    if (resolution.kind !== "dynamic") return;
    expect(resolution.declaredOnly).toBe(false);
    expect(resolution.attribute).toMatchObject({ path: "profile.department", label: "department", type: "string", group: "Profile" });
    expect(resolution.attribute.operators).toEqual([{ operator: "eq", label: "is" }]);
    expect(resolveAttribute(staffbaseUserSchema, "PROFILE.department").kind).toBe("dynamic");
    expect(resolveAttribute(staffbaseUserSchema, `${SCIM_CORE_USER_URN}:profile.costCenter`)).toMatchObject({ kind: "dynamic", attribute: { path: "profile.costCenter" } });
  });

  it("keeps the field id as written, whichever spelling was resolved first", () => {
    expect(attributeOf(resolveAttribute(staffbaseUserSchema, "PROFILE.TEAM"))).toMatchObject({ path: "profile.TEAM", label: "TEAM" });
    expect(attributeOf(resolveAttribute(staffbaseUserSchema, "profile.team"))).toMatchObject({ path: "profile.team", label: "team" });
    expect(attributeOf(resolveAttribute(staffbaseUserSchema, "PROFILE.TEAM"))).toBe(attributeOf(resolveAttribute(staffbaseUserSchema, "PROFILE.TEAM")));
  });

  it("marks undeclared profile fields declared-only once the instance's fields are known", () => {
    const schema = withProfileFields(staffbaseUserSchema, [{ id: "department" }]);
    expect(declaredPath(resolveAttribute(schema, "PROFILE.DEPARTMENT"))).toBe("profile.department");
    expect(resolveAttribute(schema, "profile.location")).toMatchObject({ kind: "dynamic", declaredOnly: true, attribute: { path: "profile.location" } });
    // The base schema is unchanged.
    expect(resolveAttribute(staffbaseUserSchema, "profile.location")).toMatchObject({ kind: "dynamic", declaredOnly: false });
    expect(resolveAttribute(staffbaseUserSchema, "profile.department").kind).toBe("dynamic");
  });
});
