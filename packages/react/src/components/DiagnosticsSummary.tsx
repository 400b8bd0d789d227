import { lineColumn } from "@scim-filter/core";
import { useBuilderContext, useBuilderState, useMessages } from "../context.js";

/** Every problem of the whole filter in one list, with its position in the text. */
export function DiagnosticsSummary() {
  const { domId } = useBuilderContext();
  const messages = useMessages();
  const headingId = `${domId}-diagnostics-heading`;
  const diagnostics = useBuilderState((state) => state.derived.diagnostics);
  // Positions in the text the spans point into: the last valid text while the text view holds an invalid draft.
  const text = useBuilderState((state) => state.derived.source);
  const errors = diagnostics.filter((diagnostic) => diagnostic.severity === "error").length;
  return (
    // A named group, not a region landmark: several builders on one page would repeat the landmark's name.
    <section className="sfb-summary-diagnostics" role="group" aria-labelledby={headingId}>
      <h3 id={headingId} className="sfb-label">
        {messages.diagnosticsLabel}
        {diagnostics.length === 0 ? null : `: ${messages.diagnosticsCount(errors, diagnostics.length - errors)}`}
      </h3>
      {diagnostics.length === 0 ? (
        <p className="sfb-hint">{messages.noDiagnostics}</p>
      ) : (
        <ul className="sfb-diagnostics">
          {diagnostics.map((diagnostic, index) => {
            const { line, column } = lineColumn(text, diagnostic.span.start);
            return (
              <li key={`${diagnostic.code}-${diagnostic.span.start}-${index}`} className={`sfb-diagnostic sfb-diagnostic-${diagnostic.severity}`} data-code={diagnostic.code}>
                <span className="sfb-diagnostic-severity">{messages.severity(diagnostic.severity)}</span> ({line}:{column}) {diagnostic.message}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
