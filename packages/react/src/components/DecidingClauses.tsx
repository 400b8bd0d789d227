import { Fragment, useMemo } from "react";
import { useBuilderContext, useBuilderState, useMessages } from "../context.js";
import { decidingClauses } from "./deciding-clauses.js";
import { explanationClasses } from "./Explanation.js";
import { segmentText } from "./text-segments.js";

/**
 * A read-only copy of the filter text with the clauses that decided the explanation marked met / not
 * met / unknown. A copy under the textarea rather than an overlay: it cannot drift out of alignment
 * with the textarea's scrolling and wrapping, and the textarea stays a plain, editable field.
 */
export function DecidingClauses() {
  const { domId } = useBuilderContext();
  const messages = useMessages();
  // derive() sets `explained` only while the explanation is for the shown text; while the typed text
  // does not parse, `derived` still describes the last valid text, so nothing is shown then.
  const explained = useBuilderState((state) => (state.textError === null ? state.derived.explained : null));
  const segments = useMemo(() => (explained === null ? [] : segmentText(explained.text, decidingClauses(explained.explanation.root))), [explained]);
  if (!segments.some((segment) => segment.mark !== null)) return null;
  const captionId = `${domId}-deciding`;
  // Named by its caption explicitly too: not every accessibility tree derives a figure's name from it.
  return (
    <figure className="sfb-deciding" aria-labelledby={captionId}>
      <figcaption id={captionId} className="sfb-hint">{messages.explanationHighlight}</figcaption>
      <pre className="sfb-deciding-text">
        {segments.map(({ start, text, mark }) =>
          mark === null ? (
            <Fragment key={start}>{text}</Fragment>
          ) : (
            <mark key={start} className={`sfb-clause${explanationClasses(mark)}`}>
              {text}
              {/* The verdict in words too, so it is not told by colour alone. */}
              <span className="sfb-visually-hidden"> ({messages.explanationResult(mark.result)})</span>
            </mark>
          ),
        )}
      </pre>
    </figure>
  );
}
