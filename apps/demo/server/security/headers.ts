// Headers on everything the demo serves: no content sniffing (a JSON answer is never run as HTML), and a
// Content Security Policy. The built app needs only its own scripts, styles and API; Vite's development
// server injects an inline script (React refresh) and styles, and talks to its HMR websocket.
import type { ServerResponse } from "node:http";

/** For JSON answers and errors: nothing may load, nothing may frame them. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/**
 * For the built app. Styles allow 'unsafe-inline' because Radix Select's scroll lock (react-remove-scroll)
 * adds a <style> element while a list is open; scripts stay 'self' only.
 */
export const APP_CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/** For the app under Vite's development server: its inline preamble script and its websocket too. */
export const DEV_APP_CSP = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self' ws: wss:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

export function setSecurityHeaders(response: ServerResponse, csp: string): void {
  response.setHeader("x-content-type-options", "nosniff");
  response.setHeader("content-security-policy", csp);
  response.setHeader("referrer-policy", "no-referrer");
  response.setHeader("cross-origin-resource-policy", "same-origin");
}
