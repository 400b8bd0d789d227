import { describeFilter } from "@scim-filter/core";
import { useBuilderContext, useBuilderState, useMessages } from "../context.js";

/** The filter in plain words ("Users where role is Admin, and status is activated (default)."). */
export function FilterSummary() {
  const { domId } = useBuilderContext();
  const messages = useMessages();
  const headingId = `${domId}-summary-heading`;
  const filter = useBuilderState((state) => state.derived.filter);
  const schema = useBuilderState((state) => state.schema);
  return (
    // A named group, not a region landmark: several builders on one page would repeat the landmark's name.
    <section className="sfb-plain-summary" role="group" aria-labelledby={headingId}>
      <h3 id={headingId} className="sfb-label">
        {messages.summaryLabel}
      </h3>
      <p>{describeFilter(filter, schema)}</p>
    </section>
  );
}
