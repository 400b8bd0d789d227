import { useCallback, useEffect, useRef, useState } from "react";

/** What the page URL holds besides the schema: the filter and the results' page, page size and sort. */
export interface UrlQuery {
  filter: string;
  /** 1-based. */
  page: number;
  size: number;
  sort: string;
}

export const PAGE_SIZES = [10, 25, 50, 100] as const;
export const DEFAULT_SIZE = 25;
/** The User API's sort values (fact sheet §2); the first is the API's default. */
export const SORTS = [
  { value: "lastName_ASC_firstName_ASC", label: "Name A–Z" },
  { value: "lastName_DESC_firstName_DESC", label: "Name Z–A" },
  { value: "created_DESC", label: "Newest first" },
  { value: "created_ASC", label: "Oldest first" },
  { value: "updated_DESC", label: "Recently updated" },
] as const;
export const DEFAULT_SORT = SORTS[0].value;

// Edits closer together than this are one step of history (typing a value is one step, not one per key).
const COMMIT_PAUSE_MS = 1000;

/** The query in a URL's search part; anything missing or unknown reads as its default. */
export function readQuery(search: string): UrlQuery {
  const params = new URLSearchParams(search);
  const page = Number(params.get("page"));
  const size = Number(params.get("size"));
  const sort = params.get("sort") ?? "";
  return {
    filter: params.get("filter") ?? "",
    page: Number.isSafeInteger(page) && page >= 1 ? page : 1,
    size: (PAGE_SIZES as readonly number[]).includes(size) ? size : DEFAULT_SIZE,
    sort: SORTS.some((option) => option.value === sort) ? sort : DEFAULT_SORT,
  };
}

function urlFor(query: UrlQuery): URL {
  // Other parameters (the schema choice) stay as they are.
  const url = new URL(window.location.href);
  const set = (name: string, value: string, fallback: string) => (value === fallback ? url.searchParams.delete(name) : url.searchParams.set(name, value));
  set("filter", query.filter, "");
  set("page", String(query.page), "1");
  set("size", String(query.size), String(DEFAULT_SIZE));
  set("sort", query.sort, DEFAULT_SORT);
  return url;
}

/**
 * The filter and paging kept in the page URL, so a link shares them and a reload keeps them. Each
 * committed change is a history entry — a burst of edits to the filter is one — and Back/Forward step
 * through them.
 */
export function useUrlQuery(): [UrlQuery, (change: Partial<UrlQuery>) => void] {
  const [query, setQuery] = useState(() => readQuery(window.location.search));
  const current = useRef(query);
  const lastFilterEdit = useRef(0);

  useEffect(() => {
    const onPop = () => {
      lastFilterEdit.current = 0;
      current.current = readQuery(window.location.search);
      setQuery(current.current);
    };
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  }, []);

  const update = useCallback((change: Partial<UrlQuery>) => {
    const before = current.current;
    // A new filter or page size starts at the first page.
    const next = { ...before, ...change };
    if ((change.filter !== undefined && change.filter !== before.filter) || (change.size !== undefined && change.size !== before.size)) next.page = change.page ?? 1;
    if (next.filter === before.filter && next.page === before.page && next.size === before.size && next.sort === before.sort) return;
    const now = Date.now();
    const filterEdit = next.filter !== before.filter;
    const burst = filterEdit && now - lastFilterEdit.current < COMMIT_PAUSE_MS;
    lastFilterEdit.current = filterEdit ? now : 0;
    if (burst) window.history.replaceState(null, "", urlFor(next));
    else window.history.pushState(null, "", urlFor(next));
    current.current = next;
    setQuery(next);
  }, []);

  return [query, update];
}
