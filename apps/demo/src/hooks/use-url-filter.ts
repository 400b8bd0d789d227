import { useCallback, useState } from "react";

function readFilter(): string {
  return new URLSearchParams(window.location.search).get("filter") ?? "";
}

/** The filter kept in the page URL (?filter=…), so a link shares it and a reload keeps it. */
export function useUrlFilter(): [string, (filter: string) => void] {
  const [filter, setFilter] = useState(readFilter);
  const update = useCallback((next: string) => {
    setFilter(next);
    const url = new URL(window.location.href);
    if (next === "") url.searchParams.delete("filter");
    else url.searchParams.set("filter", next);
    window.history.replaceState(null, "", url);
  }, []);
  return [filter, update];
}
