import type { ChangeEvent } from "react";
import { useId } from "react";
import { RFC7643_SCHEMAS_PATH } from "../../shared/sample-schemas.js";
import type { SchemaChoiceState } from "../hooks/use-schema-choice.js";
import { choiceLabel, SCHEMA_CHOICES } from "../schema/choices.js";

/**
 * Which schema the builder judges the filter with. Native radios in a fieldset: the legend names the
 * group and arrow keys move the choice. "Your /Schemas JSON…" adds a file input.
 */
export function SchemaSwitch({ state }: { state: SchemaChoiceState }) {
  const id = useId();
  const statusId = `${id}-file-status`;
  const onFile = (event: ChangeEvent<HTMLInputElement>) => {
    const picked = event.target.files?.[0];
    // Cleared so that picking the same file again, after fixing it, is a change too.
    event.target.value = "";
    if (picked !== undefined) state.loadFile(picked);
  };

  return (
    <fieldset className="demo-panel demo-schema-switch" data-testid="schema-switch">
      <legend>Schema</legend>
      <div className="sfb-combinator demo-schema-options">
        {SCHEMA_CHOICES.map((option) => (
          <label key={option.value} className={`sfb-combinator-option${state.choice === option.value ? " sfb-checked" : ""}`}>
            <input type="radio" name={`${id}-schema`} value={option.value} checked={state.choice === option.value} onChange={() => state.choose(option.value)} /> {option.label}
          </label>
        ))}
      </div>
      {state.choice === "file" ? (
        <div className="demo-schema-file">
          <label>
            /Schemas JSON file <input type="file" accept=".json,application/json,application/scim+json" aria-describedby={statusId} onChange={onFile} />
          </label>
          <p id={statusId} className="sfb-hint" data-testid="schema-file-status">
            {state.file === null
              ? `No file loaded yet: the ${choiceLabel(state.fallback)} schema stays in use until one loads.`
              : `In use: ${state.file.name} (${state.file.schema.attributes.length} filterable attributes).`}
          </p>
        </div>
      ) : null}
      {state.fileError === null ? null : (
        <p className="demo-error" role="alert" data-testid="schema-file-error">
          {state.fileError} The schema in use did not change.
        </p>
      )}
      <p className="sfb-hint">
        Sample file: <a href={RFC7643_SCHEMAS_PATH} download="rfc7643-schemas.json">the RFC 7643 example /Schemas response</a> (what
        “Generic SCIM” uses). Load it, or your SCIM server’s <code>GET /Schemas</code> response, as your own.
      </p>
    </fieldset>
  );
}
