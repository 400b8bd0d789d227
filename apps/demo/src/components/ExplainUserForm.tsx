import type { FormEvent } from "react";
import { useState } from "react";
import type { UserRow } from "../api.js";
import { fetchUser } from "../api.js";

/** Fetches one user by id or external id through the proxy and hands it on to be explained. */
export function ExplainUserForm({ onUser }: { onUser: (user: UserRow) => void }) {
  const [id, setId] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trimmed = id.trim();
    if (trimmed === "") return;
    setBusy(true);
    setError(null);
    void fetchUser(trimmed).then((answer) => {
      setBusy(false);
      if (answer.ok) onUser(answer.user);
      else setError(answer.failure.statusCode === 0 ? answer.failure.message : `The server answered ${answer.failure.statusCode}: ${answer.failure.message}`);
    });
  };

  return (
    <form className="demo-panel demo-explain-form" aria-labelledby="explain-form-heading" onSubmit={submit}>
      <h2 id="explain-form-heading">Explain a user by id or external id</h2>
      <div className="demo-explain-row">
        <label className="demo-field">
          User id or external id
          <input className="sfb-input" value={id} onChange={(event) => setId(event.target.value)} />
        </label>
        <button type="submit" className="sfb-button" disabled={busy || id.trim() === ""}>
          Explain
        </button>
      </div>
      {error === null ? null : (
        <p className="demo-error" role="alert" data-testid="explain-error">
          {error}
        </p>
      )}
    </form>
  );
}
