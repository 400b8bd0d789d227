// Who may talk to the demo: requests addressed to it by a loopback name or the address it is bound to,
// from its own page. A DNS-rebinding page (its own domain resolved to 127.0.0.1) sends its domain in Host;
// a cross-site page's fetch sends its Origin and `Sec-Fetch-Site: cross-site`. Each is refused with a
// 403 that says why, before any route — the proxy, the demo's routes and the app alike.
import type { IncomingMessage } from "node:http";

const LOOPBACK_NAMES = ["localhost", "127.0.0.1", "::1"];
/** Values of Sec-Fetch-Site a page of the demo's own origin (or the address bar) sends. */
const SAME_ORIGIN_FETCH = new Set(["same-origin", "none"]);

export interface RequestGuardOptions {
  /** The host the server is bound to (HOST); allowed in Host when it is a name or address, not a wildcard. */
  boundHost: string;
  /** More names the demo may be reached by (ALLOWED_HOSTS), e.g. a LAN name when bound to 0.0.0.0. */
  allowedHosts?: readonly string[];
}

/** The host name of a Host header or URL host (`[::1]:5175` → `::1`), lower-cased; null when malformed. */
function hostName(host: string): string | null {
  const match = /^(?:\[([0-9a-f:.]+)\]|([a-z0-9.-]+))(?::\d{1,5})?$/i.exec(host.trim());
  if (match === null) return null;
  return (match[1] ?? match[2] ?? "").toLowerCase().replace(/\.$/, "");
}

export function isLoopbackHost(host: string): boolean {
  const name = hostName(host) ?? host.toLowerCase();
  return LOOPBACK_NAMES.includes(name) || name.endsWith(".localhost") || /^127(?:\.\d{1,3}){3}$/.test(name);
}

/** Returns the reason to refuse `request`, or null when it may be served. */
export function createRequestGuard(options: RequestGuardOptions): (request: IncomingMessage) => string | null {
  const wildcard = options.boundHost === "0.0.0.0" || options.boundHost === "::" || options.boundHost === "";
  const allowed = new Set([...LOOPBACK_NAMES, ...(wildcard ? [] : [options.boundHost.toLowerCase().replace(/^\[|\]$/g, "")]), ...(options.allowedHosts ?? []).map((name) => name.toLowerCase())]);
  const isAllowed = (name: string) => allowed.has(name) || name.endsWith(".localhost");
  const names = [...allowed].join(", ");

  return (request) => {
    const host = request.headers.host;
    if (host === undefined || host === "") return "The request has no Host header";
    const name = hostName(host);
    if (name === null || !isAllowed(name)) {
      return `The Host header names ${JSON.stringify(host.slice(0, 100))}, which is not this demo's address (${names}): requests under another name are refused (DNS rebinding)`;
    }
    const fetchSite = request.headers["sec-fetch-site"];
    if (fetchSite !== undefined && !SAME_ORIGIN_FETCH.has(fetchSite.toLowerCase())) {
      return `Sec-Fetch-Site is ${JSON.stringify(fetchSite.slice(0, 40))}: only the demo's own page may call it, not another site`;
    }
    const origin = request.headers.origin;
    if (origin !== undefined) {
      let originHost: string | null = null;
      try {
        const url = new URL(origin);
        if (url.protocol === "http:" || url.protocol === "https:") originHost = url.host;
      } catch {
        originHost = null;
      }
      // Same origin: the page's host (with its port) is the one the request is addressed to.
      if (originHost === null || originHost.toLowerCase() !== host.trim().toLowerCase()) {
        return `The Origin ${JSON.stringify(origin.slice(0, 100))} is not the demo's own (${host.slice(0, 100)}): cross-origin requests are refused`;
      }
    }
    return null;
  };
}
