import { describeFilter } from "@scim-filter/core";
import { useBuilderState, useMessages } from "../context.js";

/** The filter in plain words ("Users where role is Admin, and status is activated (default)."). */
export function FilterSummary() {
  const messages = useMessages();
  const filter = useBuilderState((state) => state.derived.filter);
  const schema = useBuilderState((state) => state.schema);
  return (
    <section className="sfb-plain-summary" aria-label={messages.summaryLabel}>
      <h3 className="sfb-label">{messages.summaryLabel}</h3>
      <p>{describeFilter(filter, schema)}</p>
    </section>
  );
}
