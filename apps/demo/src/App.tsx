import type { Diagnostic, Explanation, FilterSchema } from "@scim-filter/core";
import { explainFilter, isValid, staffbasePresets, staffbaseUserSchema, validateFilter } from "@scim-filter/core";
import type { ExternalDiagnostics, LoadOptions } from "@scim-filter/react";
import { FilterBuilder } from "@scim-filter/react";
import { useEffect, useMemo, useState } from "react";
import type { ApiFailure, Backend, UserRow } from "./api.js";
import { displayName, fetchBackend, lookupNames } from "./api.js";
import { BackendBadge } from "./components/BackendBadge.js";
import { ExplainUserForm } from "./components/ExplainUserForm.js";
import { ExplanationPanel } from "./components/ExplanationPanel.js";
import { GenericSchemaNote } from "./components/GenericSchemaNote.js";
import { RequestPanel } from "./components/RequestPanel.js";
import { ResultsTable } from "./components/ResultsTable.js";
import { SchemaSwitch } from "./components/SchemaSwitch.js";
import type { SchemaChoiceState } from "./hooks/use-schema-choice.js";
import { useSchemaChoice } from "./hooks/use-schema-choice.js";
import type { Density, Theme } from "./hooks/use-appearance.js";
import { useAppearance } from "./hooks/use-appearance.js";
import { useUrlQuery } from "./hooks/use-url-query.js";
import { useUsers } from "./hooks/use-users.js";
import { mockSchema, rfc7643Schema } from "./schema/choices.js";

const loadOptions: LoadOptions = ({ field, query, signal }) => lookupNames(field, query, signal);

/** The schema the backend filters with: the mock's knows its profile fields, an instance's is the documented one. */
function backendSchema(backend: Backend | null): FilterSchema {
  return backend?.kind === "proxy" ? staffbaseUserSchema : mockSchema;
}

/** The schema the builder uses for the active choice. */
function schemaFor(schemas: SchemaChoiceState, backend: Backend | null): FilterSchema {
  if (schemas.active === "rfc7643") return rfc7643Schema;
  if (schemas.active === "file" && schemas.file !== null) return schemas.file.schema;
  return backendSchema(backend);
}

/** A server's complaint about a filter, as a diagnostic at its position in the text. */
function serverDiagnostic(failure: ApiFailure, text: string): Diagnostic {
  const start = Math.min(Math.max(0, failure.details?.position ?? 0), text.length);
  const end = Math.min(text.length, failure.details?.end ?? start + (failure.details?.found?.length ?? 0));
  return { severity: "error", code: "server", message: `The server says: ${failure.message}`, span: { start, end: Math.max(start, end) }, suggestions: [] };
}

/** One user explained against one filter text (explanation spans point into that text). */
interface Explained {
  text: string;
  userId: string;
  name: string;
  explanation: Explanation;
}

export function App() {
  const [query, setQuery] = useUrlQuery();
  const { filter } = query;
  const offset = (query.page - 1) * query.size;
  const schemas = useSchemaChoice();
  const appearance = useAppearance();
  const [backend, setBackend] = useState<Backend | null>(null);
  const users = useUsers(filter, query.size, offset, query.sort);
  const [explained, setExplained] = useState<Explained | null>(null);
  const [explainError, setExplainError] = useState<string | null>(null);

  useEffect(() => {
    fetchBackend()
      .then(setBackend)
      .catch(() => setBackend(null));
  }, []);

  const schema = schemaFor(schemas, backend);
  // Presets and id lookups are Staffbase's: a generic schema gets neither, and a note about the backend.
  const staffbase = schemas.active === "staffbase";
  // Show the server's 400 at its position, unless the builder already reports its own error (from the
  // first render on: a filter loaded from the URL is judged before any change is reported).
  const locallyValid = useMemo(() => isValid(validateFilter(filter, schema)), [filter, schema]);
  const external = useMemo<ExternalDiagnostics | null>(
    () => (users.status === "error" && users.failure.statusCode === 400 && locallyValid ? { text: users.forFilter, diagnostics: [serverDiagnostic(users.failure, users.forFilter)] } : null),
    [users, locallyValid],
  );

  // The explanation belongs to the text it was computed for: it clears when the filter changes.
  const current = explained !== null && explained.text === filter ? explained : null;
  const explain = (user: UserRow) => {
    try {
      // As the backend that returned the user filters (its fields, its status default), whichever schema the
      // builder judges with: otherwise a generic schema would explain a match the results contradict.
      setExplained({ text: filter, userId: user.id, name: displayName(user), explanation: explainFilter(filter, user, backendSchema(backend)) });
      setExplainError(null);
    } catch (error) {
      setExplained(null);
      setExplainError(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <>
      <a className="demo-skip-link" href="#results-heading">
        Skip to the results
      </a>
      <header className="demo-header">
        <h1>
          <img className="demo-logo" src="/favicon.svg" alt="" />
          SCIM filter builder
        </h1>
        <BackendBadge backend={backend} />
        <div className="demo-header-tools">
          <label className="demo-inline-label">
            Theme
            <select className="demo-select" value={appearance.theme} onChange={(event) => appearance.setTheme(event.target.value as Theme)}>
              <option value="system">System</option>
              <option value="light">Light</option>
              <option value="dark">Dark</option>
            </select>
          </label>
          <label className="demo-inline-label">
            Density
            <select className="demo-select" value={appearance.density} onChange={(event) => appearance.setDensity(event.target.value as Density)}>
              <option value="comfortable">Comfortable</option>
              <option value="compact">Compact</option>
            </select>
          </label>
        </div>
      </header>
      <main className="demo">
        <div className="demo-layout">
          <div className="demo-column">
            <SchemaSwitch state={schemas} />
            {staffbase ? null : <GenericSchemaNote backend={backend} />}
            <section className="demo-panel" aria-labelledby="builder-heading">
              <h2 id="builder-heading">Filter</h2>
              <FilterBuilder
                schema={schema}
                value={filter}
                presets={staffbase ? staffbasePresets : undefined}
                loadOptions={staffbase && backend?.kind === "mock" ? loadOptions : undefined}
                externalDiagnostics={external}
                explanation={current === null ? null : { text: current.text, explanation: current.explanation }}
                onValueChange={(text) => {
                  if (text !== filter) {
                    setExplained(null);
                    setExplainError(null);
                  }
                  setQuery({ filter: text });
                }}
              />
            </section>
          </div>
          {/* On a phone the results follow the filter; on a wide screen they stay in view beside it. */}
          <div className="demo-column demo-results-column">
            <ResultsTable state={users} query={query} onQueryChange={setQuery} onExplain={explain} explainedId={current?.userId} />
          </div>
          <div className="demo-column demo-details-column">
            {/* The trace right under the filter it explains; the request follows. */}
            <ExplainUserForm onUser={explain} />
            {explainError === null ? null : (
              <div className="demo-error" role="alert" data-testid="explain-failure">
                This filter cannot be explained: {explainError}
              </div>
            )}
            {current === null ? null : <ExplanationPanel name={current.name} explanation={current.explanation} onClear={() => setExplained(null)} />}
            <RequestPanel filter={filter} backend={backend} limit={query.size} offset={offset} sort={query.sort} />
          </div>
        </div>
      </main>
    </>
  );
}
