import { describe, expect, it } from "vitest";
import * as core from "../src/index.js";

// The public surface is a contract other packages (react, demo, bench) and users rely on: a change here
// must be deliberate, and is made by updating this list.
describe("@scim-filter/core public exports", () => {
  it("are exactly these", () => {
    expect(Object.keys(core).sort()).toEqual([
      "COMPARE_OPERATORS",
      "DEFAULT_OPERATORS",
      "FilterSyntaxError",
      "MAX_NESTING_DEPTH",
      "OPERATORS",
      "OPERATOR_LABELS",
      "SCIM_CORE_USER_URN",
      "SchemaError",
      "ScimSchemaError",
      "applyImplicitClauses",
      "buildScimUrl",
      "buildStaffbaseUsersUrl",
      "buildUsersUrl",
      "checkSchema",
      "codeFrame",
      "compileFilter",
      "defineSchema",
      "describeFilter",
      "documentedSpelling",
      "encodeFilter",
      "explainFilter",
      "filterChildren",
      "formatFilter",
      "formatFilterWithSpans",
      "formatValue",
      "implicitClausesFor",
      "isValid",
      "lineColumn",
      "matchUsers",
      "operatorLabel",
      "operatorOptions",
      "parseFilter",
      "parseFilterDate",
      "readScimSchemas",
      "reparseFilter",
      "resolveAttribute",
      "rfc7643Schemas",
      "schemaFromScim",
      "scimCoreUserSchema",
      "staffbasePresets",
      "staffbaseUserSchema",
      "tryParseFilter",
      "validateFilter",
      "valuePathSchema",
      "withDocumentedSpelling",
      "withProfileFields",
    ]);
  });

  it("the built package exposes the same surface as the sources", async () => {
    const built = (await import("../dist/index.js")) as Record<string, unknown>;
    expect(Object.keys(built).sort()).toEqual(Object.keys(core).sort());
  });
});
