import { buildStaffbaseUsersUrl } from "@scim-filter/core";
import { useEffect, useMemo, useState } from "react";
import { MAX_REQUEST_LINE, requestTargetLength } from "../../shared/limits.js";
import type { ApiFailure, UsersPage } from "../api.js";

/** What the request hook knows; `page` is the last page received, which may be for an earlier request. */
export type UsersResponse =
  | { status: "loading"; page: UsersPage | null; pageFor: string | null }
  | { status: "ok"; page: UsersPage; pageFor: string; latencyMs: number; forFilter: string }
  | { status: "error"; page: UsersPage | null; pageFor: string | null; failure: ApiFailure; latencyMs: number; forFilter: string };

/** The response and whether its page answers the request as it is now (not an earlier filter, page or sort). */
export type UsersState = UsersResponse & { current: boolean };

const DEBOUNCE_MS = 250;

function tooLong(length: number): ApiFailure {
  return {
    statusCode: 414,
    notSent: true,
    message: `This filter makes a request of ${length.toLocaleString("en")} characters, and the server refuses requests over ${MAX_REQUEST_LINE.toLocaleString("en")} (414 URI Too Long), so it was not sent. Shorten it: fewer rules, or one rule where several compare the same field.`,
  };
}

/** Runs the users query through the proxy as the filter changes: debounced, earlier requests cancelled. */
export function useUsers(filter: string, limit: number, offset: number, sort: string): UsersState {
  const [state, setState] = useState<UsersResponse>({ status: "loading", page: null, pageFor: null });
  // The same URL building (and filter encoding) the request panel shows, from @scim-filter/core. It throws
  // for text no URL can carry (a lone surrogate): say so instead of never running the query.
  const built = useMemo(() => {
    try {
      return { url: buildStaffbaseUsersUrl(`${window.location.origin}/api`, { filter: filter.trim() === "" ? "" : filter, limit, offset, sort }) };
    } catch (error) {
      return { url: "", unsendable: error instanceof Error ? error.message : String(error) };
    }
  }, [filter, limit, offset, sort]);
  const { url, unsendable } = built;

  useEffect(() => {
    if (unsendable !== undefined) {
      setState((previous) => ({ status: "error", page: previous.page, pageFor: previous.pageFor, failure: { statusCode: 0, message: `The filter cannot be sent: ${unsendable}` }, latencyMs: 0, forFilter: filter }));
      return;
    }
    // A request the server would refuse with a 414 is not sent: say so, and what to do, instead.
    const length = requestTargetLength(url);
    if (length > MAX_REQUEST_LINE) {
      setState((previous) => ({ status: "error", page: previous.page, pageFor: previous.pageFor, failure: tooLong(length), latencyMs: 0, forFilter: filter }));
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      setState((previous) => ({ status: "loading", page: previous.page, pageFor: previous.pageFor }));
      const started = performance.now();
      fetch(url, { signal: controller.signal, headers: { accept: "application/json" } })
        .then(async (response) => {
          const body = (await response.json()) as unknown;
          const latencyMs = Math.round(performance.now() - started);
          if (response.ok) setState({ status: "ok", page: body as UsersPage, pageFor: url, latencyMs, forFilter: filter });
          else setState((previous) => ({ status: "error", page: previous.page, pageFor: previous.pageFor, failure: body as ApiFailure, latencyMs, forFilter: filter }));
        })
        .catch((error: unknown) => {
          if (controller.signal.aborted) return;
          const message = error instanceof Error ? error.message : String(error);
          setState((previous) => ({ status: "error", page: previous.page, pageFor: previous.pageFor, failure: { statusCode: 0, message: `The demo server cannot be reached: ${message}` }, latencyMs: 0, forFilter: filter }));
        });
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [url, unsendable, filter]);

  // One object per response and request, so that what depends on it (the server's diagnostics) stays put.
  return useMemo(() => ({ ...state, current: state.status === "ok" && state.pageFor === url }), [state, url]);
}
