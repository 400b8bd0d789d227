import { codeFrame } from "@scim-filter/core";
import { useBuilderContext, useBuilderState, useMessages } from "../context.js";
import { DecidingClauses } from "./DecidingClauses.js";
import { useBuilderActions } from "../hooks/use-actions.js";

/** The filter as editable text. Invalid text stays as typed, with the error at its position; the rules keep their last valid state. */
export function TextView() {
  const { domId } = useBuilderContext();
  const messages = useMessages();
  const text = useBuilderState((state) => state.textDraft);
  const error = useBuilderState((state) => state.textError);
  const setText = useBuilderActions().setText;
  const id = `${domId}-text`;
  const helpId = `${id}-help`;
  const errorId = `${id}-error`;
  return (
    <div className="sfb-text-view">
      <label htmlFor={id} className="sfb-label">
        {messages.textLabel}
      </label>
      <textarea
        id={id}
        className={`sfb-textarea${error === null ? "" : " sfb-invalid"}`}
        value={text}
        spellCheck={false}
        rows={3}
        aria-invalid={error === null ? undefined : true}
        aria-describedby={error === null ? helpId : `${errorId} ${helpId}`}
        onChange={(event) => setText(event.target.value)}
      />
      <DecidingClauses />
      <p id={helpId} className="sfb-hint">
        {messages.textHelp}
      </p>
      {error === null ? null : (
        <div id={errorId} className="sfb-text-error" role="alert">
          <p>
            {messages.textErrorPrefix} {error.message}
          </p>
          <pre className="sfb-code-frame" aria-hidden>
            {codeFrame(text, error.offset)}
          </pre>
        </div>
      )}
    </div>
  );
}
