// The RFC 7643 §8.7.1 example `GET /Schemas` response as a JSON file, generated from core's fixture (the
// demo keeps no copy): users download it to see what a /Schemas file looks like and to load it back.
import type { IncomingMessage, ServerResponse } from "node:http";
import { rfc7643Schemas } from "@scim-filter/core";
import { sendJson } from "./http.js";

// Indented: the file is meant to be read by people.
const body = `${JSON.stringify(rfc7643Schemas, null, 2)}\n`;

export function serveSampleSchemas(request: IncomingMessage, response: ServerResponse): void {
  if (request.method !== "GET" && request.method !== "HEAD") {
    sendJson(response, 405, { message: "Only GET and HEAD are allowed here" }, { allow: "GET, HEAD" });
    return;
  }
  response.writeHead(200, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(body), "cache-control": "no-cache" });
  response.end(request.method === "HEAD" ? undefined : body);
}
