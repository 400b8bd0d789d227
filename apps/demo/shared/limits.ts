/** The longest request target (path and query) the demo server and its mock accept; longer ones get a 414. */
export const MAX_REQUEST_LINE = 8 * 1024;

/** The length of a URL's request target as the server counts it, e.g. for `/api/users?filter=…`. */
export function requestTargetLength(url: string): number {
  const parsed = new URL(url);
  return parsed.pathname.length + parsed.search.length;
}
