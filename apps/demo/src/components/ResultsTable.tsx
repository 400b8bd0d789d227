import type { UserRow } from "../api.js";
import { displayName } from "../api.js";
import type { UsersState } from "../hooks/use-users.js";

function email(user: UserRow): string {
  return (user.emails ?? []).find((entry) => entry.primary === true)?.value ?? user.emails?.[0]?.value ?? "";
}

function role(user: UserRow): string {
  return typeof user.role === "string" ? user.role : (user.role?.type ?? "");
}

function userName(user: UserRow): string {
  return typeof user.userName === "string" ? user.userName : (user.userName?.value ?? "");
}

/** The live results: total, a page of users, paging and the request's latency. */
export function ResultsTable({
  state,
  limit,
  offset,
  onOffsetChange,
  onExplain,
  explainedId,
}: {
  state: UsersState;
  limit: number;
  offset: number;
  onOffsetChange: (offset: number) => void;
  onExplain: (user: UserRow) => void;
  /** The user whose explanation is shown, marked in the table. */
  explainedId?: string | undefined;
}) {
  const page = state.page;
  const total = page?.total ?? 0;
  const from = total === 0 ? 0 : offset + 1;
  const to = Math.min(offset + limit, total);
  return (
    <section className="demo-panel" aria-labelledby="results-heading" aria-busy={state.status === "loading"}>
      <h2 id="results-heading">Results</h2>
      <p className="demo-status" role="status" data-testid="results-status">
        {state.status === "loading" && page === null ? "Loading…" : null}
        {page !== null ? (
          <>
            <strong data-testid="total">{total}</strong> users match{total > 0 ? ` — showing ${from}–${to}` : ""}
          </>
        ) : null}
        {state.status !== "loading" ? <span className="demo-latency"> · {state.latencyMs} ms</span> : null}
        {state.status === "loading" && page !== null ? <span> · updating…</span> : null}
      </p>
      {page === null ? null : (
        <table className="demo-table" data-testid="results">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Email / user name</th>
              <th scope="col">Role</th>
              <th scope="col">Status</th>
              <th scope="col">Created</th>
              <th scope="col">Groups</th>
            </tr>
          </thead>
          <tbody>
            {page.data.map((user) => (
              <tr key={user.id} data-user-id={user.id} className={user.id === explainedId ? "demo-row-explained" : undefined} aria-current={user.id === explainedId ? "true" : undefined}>
                <td>
                  <button type="button" className="demo-link" aria-label={`Explain ${displayName(user)}`} onClick={() => onExplain(user)}>
                    {displayName(user)}
                  </button>
                </td>
                <td>{email(user) || userName(user) || "—"}</td>
                <td>{role(user)}</td>
                <td>{user.status ?? ""}</td>
                <td>{user.created?.slice(0, 10) ?? ""}</td>
                <td>{(user.groupIDs ?? []).length}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <nav className="demo-paging" aria-label="Result pages">
        <button type="button" className="sfb-button" disabled={offset === 0} onClick={() => onOffsetChange(Math.max(0, offset - limit))}>
          Previous page
        </button>
        <button type="button" className="sfb-button" disabled={offset + limit >= total} onClick={() => onOffsetChange(offset + limit)}>
          Next page
        </button>
      </nav>
    </section>
  );
}
