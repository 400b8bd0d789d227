import type { Backend } from "../api.js";

/** With a generic SCIM schema the live query still goes to the Staffbase backend: say what that means. */
export function GenericSchemaNote({ backend }: { backend: Backend | null }) {
  const where = backend === null ? "the Staffbase backend" : backend.kind === "mock" ? "the embedded Staffbase mock" : `the Staffbase instance ${backend.host ?? ""}`;
  return (
    <p className="demo-note" data-testid="generic-schema-note">
      Results still come from {where}. It filters with the Staffbase User API’s fields, so attributes it does not know (the enterprise extension,{" "}
      <code>name.givenName</code>, …) are answered with its 400, shown at their position in the builder. Explanations follow that backend too (its fields, and
      its default of status activated when the filter names no status), so they agree with its results. Presets are Staffbase-specific and hidden here.
    </p>
  );
}
