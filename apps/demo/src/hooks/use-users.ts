import { buildUsersUrl } from "@scim-filter/core";
import { useEffect, useState } from "react";
import type { ApiFailure, UsersPage } from "../api.js";

export type UsersState =
  | { status: "loading"; page: UsersPage | null }
  | { status: "ok"; page: UsersPage; latencyMs: number; forFilter: string }
  | { status: "error"; page: UsersPage | null; failure: ApiFailure; latencyMs: number; forFilter: string };

const DEBOUNCE_MS = 250;

/** Runs the users query through the proxy as the filter changes: debounced, earlier requests cancelled. */
export function useUsers(filter: string, limit: number, offset: number): UsersState {
  const [state, setState] = useState<UsersState>({ status: "loading", page: null });

  useEffect(() => {
    const controller = new AbortController();
    const timer = setTimeout(() => {
      setState((previous) => ({ status: "loading", page: previous.page }));
      // The same URL building (and filter encoding) the request panel shows, from @scim-filter/core. It
      // throws for text no URL can carry (a lone surrogate): say so instead of never running the query.
      let url: string;
      try {
        url = buildUsersUrl(`${window.location.origin}/api`, { filter: filter.trim() === "" ? "" : filter, limit, offset });
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        setState((previous) => ({ status: "error", page: previous.page, failure: { statusCode: 0, message: `The filter cannot be sent: ${message}` }, latencyMs: 0, forFilter: filter }));
        return;
      }
      const started = performance.now();
      fetch(url, { signal: controller.signal, headers: { accept: "application/json" } })
        .then(async (response) => {
          const body = (await response.json()) as unknown;
          const latencyMs = Math.round(performance.now() - started);
          if (response.ok) setState({ status: "ok", page: body as UsersPage, latencyMs, forFilter: filter });
          else setState((previous) => ({ status: "error", page: previous.page, failure: body as ApiFailure, latencyMs, forFilter: filter }));
        })
        .catch((error: unknown) => {
          if (controller.signal.aborted) return;
          const message = error instanceof Error ? error.message : String(error);
          setState((previous) => ({ status: "error", page: previous.page, failure: { statusCode: 0, message: `The demo server cannot be reached: ${message}` }, latencyMs: 0, forFilter: filter }));
        });
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [filter, limit, offset]);

  return state;
}
