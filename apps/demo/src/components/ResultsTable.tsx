import type { UserRow } from "../api.js";
import { displayName } from "../api.js";
import type { UrlQuery } from "../hooks/use-url-query.js";
import { PAGE_SIZES, SORTS } from "../hooks/use-url-query.js";
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

/** Why the rows shown are not (or not yet) the answer to the filter and page as they are now; null when they are. */
function staleReason(state: UsersState): { error: boolean; title: string; detail: string } | null {
  if (state.current) return null;
  if (state.status === "error") {
    const { statusCode, message, retryAfterSeconds, notSent } = state.failure;
    const what = notSent === true ? "Not sent: the server would refuse this request" : statusCode === 0 ? "The request failed" : `The server answered ${statusCode}`;
    const retry = retryAfterSeconds === undefined ? "" : ` Retrying is possible in ${retryAfterSeconds} s.`;
    return { error: true, title: `${what}: these results are out of date.`, detail: `${message}${retry}` };
  }
  if (state.page === null) return null;
  return { error: false, title: "Updating: these results are for the previous request.", detail: "They are replaced as soon as the server answers." };
}

/**
 * The live results: how many users match, a page of them, sort, page size and paging. Rows that do not
 * answer the current request (it is pending or failed) are marked out of date here, with the reason.
 */
export function ResultsTable({
  state,
  query,
  onQueryChange,
  onExplain,
  explainedId,
}: {
  state: UsersState;
  query: UrlQuery;
  onQueryChange: (change: Partial<UrlQuery>) => void;
  onExplain: (user: UserRow) => void;
  /** The user whose explanation is shown, marked in the table. */
  explainedId?: string | undefined;
}) {
  const page = state.page;
  const total = page?.total ?? 0;
  const offset = page?.offset ?? 0;
  const from = total === 0 ? 0 : offset + 1;
  const to = Math.min(offset + (page?.data.length ?? 0), total);
  const pages = Math.max(1, Math.ceil(total / query.size));
  const stale = staleReason(state);
  return (
    <section className={`demo-panel demo-results${stale === null ? "" : " demo-results-stale"}`} aria-labelledby="results-heading" aria-busy={state.status === "loading"} data-stale={stale === null ? undefined : "true"}>
      <div className="demo-panel-header">
        <h2 id="results-heading">Results</h2>
        <div className="demo-results-tools">
          <label className="demo-inline-label">
            Sort
            <select className="demo-select" value={query.sort} onChange={(event) => onQueryChange({ sort: event.target.value, page: 1 })}>
              {SORTS.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          </label>
          <label className="demo-inline-label">
            Per page
            <select className="demo-select" value={query.size} onChange={(event) => onQueryChange({ size: Number(event.target.value) })}>
              {PAGE_SIZES.map((size) => (
                <option key={size} value={size}>
                  {size}
                </option>
              ))}
            </select>
          </label>
        </div>
      </div>
      {stale === null ? null : (
        <div className={`demo-stale${stale.error ? " demo-stale-error" : ""}`} role={stale.error ? "alert" : undefined} data-testid={stale.error ? "server-error" : "results-pending"}>
          <strong>{stale.title}</strong>
          <span>{stale.detail}</span>
        </div>
      )}
      <p className="demo-status" role="status" data-testid="results-status">
        {page === null ? (state.status === "error" ? "No results yet." : "Loading…") : null}
        {page !== null ? (
          <>
            <strong data-testid="total">{total}</strong> {total === 1 ? "user matches" : "users match"}
            {total > 0 ? ` — showing ${from}–${to}` : ""}
          </>
        ) : null}
        {state.status !== "loading" && state.latencyMs > 0 ? <span className="demo-latency"> · {state.latencyMs} ms</span> : null}
      </p>
      {page === null ? null : page.data.length === 0 ? (
        <p className="demo-empty" data-testid="results-empty">
          <strong>{total === 0 ? "No users match this filter." : "This page is past the last result."}</strong>
          {total === 0 ? "Loosen a condition, switch AND to OR, or remove a rule." : `There are ${total} matches: go back to page ${pages}.`}
        </p>
      ) : (
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
                <td className="demo-cell-name">
                  <button type="button" className="demo-link" aria-label={`Explain ${displayName(user)}`} onClick={() => onExplain(user)}>
                    {displayName(user)}
                  </button>
                </td>
                <td data-label="Email" className="demo-cell-email" title={email(user) || userName(user) || undefined}>
                  {email(user) || userName(user) || "—"}
                </td>
                <td data-label="Role" className="demo-cell-nowrap">
                  <span className="demo-role">{role(user)}</span>
                </td>
                <td data-label="Status" className="demo-cell-nowrap">
                  {user.status ?? ""}
                </td>
                <td data-label="Created" className="demo-cell-nowrap">
                  {user.created?.slice(0, 10) ?? ""}
                </td>
                <td data-label="Groups">{(user.groupIDs ?? []).length}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <nav className="demo-paging" aria-label="Result pages">
        <button type="button" className="sfb-button" disabled={query.page <= 1} onClick={() => onQueryChange({ page: query.page - 1 })}>
          Previous page
        </button>
        <span className="demo-page-of" data-testid="page-of">
          Page {query.page} of {pages}
        </span>
        <button type="button" className="sfb-button" disabled={query.page >= pages} onClick={() => onQueryChange({ page: query.page + 1 })}>
          Next page
        </button>
      </nav>
    </section>
  );
}
