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
  /** The rest of the API's user object (the legacy shape's `_mock` facts among it), which explanations read. */
  [key: string]: unknown;
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
  /** The app did not send the request: the server would refuse it (the message says why and what to do). */
  notSent?: boolean;
}

export async function fetchBackend(): Promise<Backend> {
  const response = await fetch("/demo/backend");
  return (await response.json()) as Backend;
}

export async function lookupNames(field: string, query: string, signal: AbortSignal): Promise<{ value: string; label: string }[]> {
  const response = await fetch(`/demo/lookup?field=${encodeURIComponent(field)}&query=${encodeURIComponent(query)}`, { signal });
  return response.ok ? ((await response.json()) as { value: string; label: string }[]) : [];
}

/** A user's name for display: first and last name, or the id. */
export function displayName(user: UserRow): string {
  return `${user.firstName ?? ""} ${user.lastName ?? ""}`.trim() || user.id;
}

/** One user by id or external id, through the proxy (GET /api/users/{id}), or the proxy's or API's failure. */
export async function fetchUser(id: string): Promise<{ ok: true; user: UserRow } | { ok: false; failure: ApiFailure }> {
  let response: Response;
  try {
    response = await fetch(`/api/users/${encodeURIComponent(id)}`, { headers: { accept: "application/json" } });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, failure: { statusCode: 0, message: `The demo server cannot be reached: ${message}` } };
  }
  const body = (await response.json().catch(() => ({ statusCode: response.status, message: response.statusText }))) as unknown;
  return response.ok ? { ok: true, user: body as UserRow } : { ok: false, failure: body as ApiFailure };
}
