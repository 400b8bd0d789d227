import { buildStaffbaseUsersUrl, encodeFilter } from "@scim-filter/core";
import type { Backend } from "../api.js";
import { CopyButton } from "./CopyButton.js";

const PLACEHOLDER_BASE = "https://<your-app>.staffbase.com/api";

/** The request the filter becomes: the filter, its encoded form, the full URL and a curl command (token as a placeholder, never the token). */
export function RequestPanel({ filter, backend, limit, offset, sort }: { filter: string; backend: Backend | null; limit: number; offset: number; sort: string }) {
  const base = backend?.kind === "proxy" && backend.host !== null ? `https://${backend.host}/api` : "https://exampleapp.staffbase.com/api";
  let encoded = "";
  let url = "";
  try {
    encoded = encodeFilter(filter);
    url = buildStaffbaseUsersUrl(base, { filter, limit, offset, sort });
  } catch (error) {
    encoded = error instanceof Error ? error.message : String(error);
  }
  const curl = `curl -H "Authorization: Basic $STAFFBASE_TOKEN" '${url.replace(/'/g, "'\\''")}'`;
  return (
    <section className="demo-panel" aria-labelledby="request-heading">
      <h2 id="request-heading">Request</h2>
      <dl className="demo-request">
        <dt>Filter</dt>
        <dd>
          <code data-testid="filter-text">{filter === "" ? "(none: all activated users)" : filter}</code>
        </dd>
        <dt>URL-encoded</dt>
        <dd>
          <code data-testid="filter-encoded">{encoded}</code> <CopyButton text={encoded} label="Copy the URL-encoded filter" />
        </dd>
        <dt>Request URL</dt>
        <dd>
          <code data-testid="request-url">{url}</code> <CopyButton text={url} label="Copy the request URL" />
        </dd>
        <dt>curl</dt>
        <dd>
          <code data-testid="curl">{curl}</code> <CopyButton text={curl} label="Copy the curl command" />
          <p className="sfb-hint">
            Set STAFFBASE_TOKEN to your API token first{backend?.kind === "mock" ? `; the host is an example — the demo runs against its embedded mock (${PLACEHOLDER_BASE} for yours)` : ""}.
          </p>
        </dd>
      </dl>
    </section>
  );
}
