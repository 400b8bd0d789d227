// The app's view of the API it reaches through the demo server's proxy.

export interface Backend {
  kind: "mock" | "proxy";
  users: number | null;
  host: string | null;
}

export interface UserRow {
  id: string;
  firstName?: string | null;
  lastName?: string | null;
  emails?: { value: string; primary?: boolean }[];
  userName?: string | { value: string } | null;
  status?: string;
  role?: { type: string } | string;
  created?: string;
  groupIDs?: string[];
}

export interface UsersPage {
  total: number;
  limit: number;
  offset: number;
  data: UserRow[];
}

/** An error from the proxy or the API, as the proxy reports it. */
export interface ApiFailure {
  statusCode: number;
  message: string;
  details?: { position?: number; end?: number; line?: number; column?: number; code?: string; found?: string | null };
  retryAfterSeconds?: number;
}

export async function fetchBackend(): Promise<Backend> {
  const response = await fetch("/demo/backend");
  return (await response.json()) as Backend;
}

export async function lookupNames(field: string, query: string, signal: AbortSignal): Promise<{ value: string; label: string }[]> {
  const response = await fetch(`/demo/lookup?field=${encodeURIComponent(field)}&query=${encodeURIComponent(query)}`, { signal });
  return response.ok ? ((await response.json()) as { value: string; label: string }[]) : [];
}
