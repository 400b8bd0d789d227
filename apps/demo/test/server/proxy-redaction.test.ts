// A fake upstream on 127.0.0.1 that echoes the token back in every spelling an API might use — raw, JSON
// \uXXXX (partly or wholly), percent-encoded, base64url, its decoded `id:secret` and the secret alone,
// in values, keys and escaped text — in 2xx answers and in errors. None of it reaches the browser.
import { createServer } from "node:http";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { DemoServer } from "../../server/app.js";
import { startDemoServer } from "../../server/app.js";
import { loadConfig } from "../../server/config.js";
import { MAX_RETRY_AFTER_SECONDS } from "../../server/proxy/retry-after.js";
import { MAX_UPSTREAM_MESSAGE } from "../../server/proxy/proxy.js";
import type { Reply } from "./helpers.js";
import { close, headerText, listen, send } from "./helpers.js";

const ID = "studio-client-7";
const SECRET = "s3cr3t/Pa+ss=word~Ünï";
const TOKEN = Buffer.from(`${ID}:${SECRET}`).toString("base64");

type Handler = (request: IncomingMessage, response: ServerResponse) => void;
let handler: Handler;
let upstream: Server;
let demo: DemoServer;

beforeAll(async () => {
  upstream = createServer((request, response) => handler(request, response));
  const base = await listen(upstream);
  demo = await startDemoServer(loadConfig({ STAFFBASE_BASE_URL: base, STAFFBASE_TOKEN: TOKEN, PORT: "0" }), { log: () => undefined });
});

afterEach(() => {
  handler = (_request, response) => response.end();
});

afterAll(async () => {
  await demo.close();
  await close(upstream);
});

/** Every character as \uXXXX. */
const fullyEscaped = (text: string) => [...text].map((char) => `\\u${(char.codePointAt(0) ?? 0).toString(16).padStart(4, "0")}`).join("");
/** JSON text of a string with `=`, `+` and `/` escaped as \uXXXX (Java's and others' defaults for some). */
const partlyEscaped = (text: string) => JSON.stringify(text).replaceAll("=", "\\u003d").replaceAll("+", "\\u002b").replaceAll("/", "\\/");

/** The spellings an upstream echoes, each as it appears inside a JSON string literal (without quotes). */
function spellings(token: string): Record<string, string> {
  const decoded = Buffer.from(token, "base64").toString("utf8");
  const inJson = (text: string) => JSON.stringify(text).slice(1, -1);
  return {
    raw: inJson(token),
    "\\u003d for =": partlyEscaped(token).slice(1, -1),
    "fully \\uXXXX": fullyEscaped(token),
    "\\/ for /": inJson(token).replaceAll("/", "\\/"),
    "percent-encoded": inJson(encodeURIComponent(token)),
    "percent-encoded, lower-case hex": inJson(encodeURIComponent(token).replace(/%[0-9A-F]{2}/g, (hex) => hex.toLowerCase())),
    "unpadded base64url": inJson(token.replace(/=+$/, "").replaceAll("+", "-").replaceAll("/", "_")),
    "decoded id:secret": inJson(decoded),
    "decoded id:secret, \\uXXXX": fullyEscaped(decoded),
    "decoded id:secret, percent-encoded": inJson(encodeURIComponent(decoded)),
    "the secret alone": inJson(SECRET),
    "the secret, partly escaped": partlyEscaped(SECRET).slice(1, -1),
    "JSON text in a string": inJson(JSON.stringify({ auth: `Basic ${token}` }).replaceAll("=", "\\u003d")),
    "JSON text in a string, fully escaped inside": inJson(`{"auth":"${fullyEscaped(token)}"}`),
  };
}

/** What the browser could decode from a reply: the text, and the text with each decoding applied. */
function decodings(text: string): string[] {
  const unescaped = text.replace(/\\u([0-9a-fA-F]{4})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))).replaceAll("\\/", "/");
  const percent = (value: string) => {
    try {
      return decodeURIComponent(value);
    } catch {
      return value;
    }
  };
  let parsed = "";
  try {
    parsed = JSON.stringify(JSON.parse(text));
  } catch {
    parsed = "";
  }
  return [text, unescaped, percent(text), percent(unescaped), parsed, percent(parsed)];
}

function expectNoSecret(reply: Reply) {
  for (const seen of [...decodings(reply.text), headerText(reply.headers)]) {
    for (const secret of [TOKEN, TOKEN.replace(/=+$/, ""), `${ID}:${SECRET}`, SECRET]) expect(seen).not.toContain(secret);
  }
}

const json = (response: ServerResponse, status: number, text: string, headers: Record<string, string> = {}) => {
  response.writeHead(status, { "content-type": "application/json", ...headers });
  response.end(text);
};

describe("the token echoed back", () => {
  it.each(Object.entries(spellings(TOKEN)))("%s: in a 200's values and keys", async (_name, echoed) => {
    handler = (_request, response) => json(response, 200, `{"total":1,"data":[{"id":"u1","note":"token ${echoed} here","${echoed}":true,"nested":[["${echoed}"]]}]}`);
    const reply = await send(demo.url, "/api/users");
    expect(reply.status).toBe(200);
    expectNoSecret(reply);
    const body = reply.json<{ total: number; data: { id: string; note: string }[] }>();
    expect(body.total).toBe(1);
    expect(body.data[0]?.id).toBe("u1");
    expect(body.data[0]?.note).toContain("[redacted]");
  });

  it.each(Object.entries(spellings(TOKEN)))("%s: in a 400, 401 and 500 message and details", async (_name, echoed) => {
    for (const status of [400, 401, 500]) {
      handler = (_request, response) => json(response, status, `{"message":"Bad credentials: ${echoed}","details":{"token":"${echoed}"}}`);
      const reply = await send(demo.url, "/api/users");
      expect(reply.status).toBe(status === 500 ? 502 : status);
      expectNoSecret(reply);
      // A message that hides the secret in an escape is replaced whole.
      expect(reply.json<{ message: string }>().message).toMatch(/Bad credentials|\[redacted\]/);
    }
  });

  it("in a text 500 body, decoded as id:secret", async () => {
    handler = (_request, response) => {
      response.writeHead(500, { "content-type": "text/plain" });
      response.end(`Login failed for ${ID}:${SECRET}\n\tat com.example.Auth.check(Auth.java:42)`);
    };
    const reply = await send(demo.url, "/api/users");
    expect(reply.status).toBe(502);
    expectNoSecret(reply);
  });
});

describe("what of an upstream's answer reaches the browser", () => {
  it("an error's message, cut; never its body (a stack trace with a database URL)", async () => {
    handler = (_request, response) => {
      response.writeHead(500, { "content-type": "text/html" });
      response.end("<html><body><pre>java.sql.SQLException: jdbc:postgresql://db.internal:5432/users?password=hunter2\n\tat org.postgresql.Driver</pre></body></html>");
    };
    const html = await send(demo.url, "/api/users");
    expect(html.status).toBe(502);
    expect(html.text).not.toContain("jdbc");
    expect(html.text).not.toContain("hunter2");
    expect(html.json()).toEqual({ statusCode: 502, source: "upstream", message: "The Staffbase API failed (500)" });

    handler = (_request, response) => json(response, 500, JSON.stringify({ message: "x".repeat(10_000), trace: "at jdbc:postgresql://db.internal", stack: ["a", "b"] }));
    const long = await send(demo.url, "/api/users");
    const body = long.json<{ message: string }>();
    expect(Object.keys(body).sort()).toEqual(["message", "source", "statusCode"]);
    expect(body.message.length).toBeLessThanOrEqual(MAX_UPSTREAM_MESSAGE + 40);
    expect(long.text).not.toContain("jdbc");
  });

  it("a text error gives its first line only", async () => {
    handler = (_request, response) => {
      response.writeHead(400, { "content-type": "text/plain" });
      response.end("filter: unexpected token at 12\n\tat com.example.FilterParser(FilterParser.java:10)");
    };
    const reply = await send(demo.url, "/api/users");
    expect(reply.json()).toEqual({ statusCode: 400, source: "upstream", message: "filter: unexpected token at 12" });
  });

  it("large or deeply nested details are dropped, small ones kept", async () => {
    handler = (_request, response) => json(response, 400, JSON.stringify({ message: "bad", details: { dump: "x".repeat(5000) } }));
    expect((await send(demo.url, "/api/users")).json()).toEqual({ statusCode: 400, source: "upstream", message: "bad" });
    handler = (_request, response) => json(response, 400, `{"message":"bad","details":{"deep":${"[".repeat(200_000)}1${"]".repeat(200_000)}}}`);
    expect((await send(demo.url, "/api/users")).json()).toEqual({ statusCode: 400, source: "upstream", message: "bad" });
    handler = (_request, response) => json(response, 400, JSON.stringify({ message: "bad", details: { position: 3, line: 1 } }));
    expect((await send(demo.url, "/api/users")).json()).toEqual({ statusCode: 400, source: "upstream", message: "bad", details: { position: 3, line: 1 } });
  });

  it.each([
    ["text/html", "<script>alert(1)</script>"],
    ["text/plain", '{"total":0}'],
    [undefined, '{"total":0}'],
    ["application/javascript", '{"total":0}'],
    ["application/json-seq", '{"total":0}'],
  ])("a 2xx with Content-Type %s → 502, the body not passed on", async (type, text) => {
    handler = (_request, response) => {
      response.writeHead(200, type === undefined ? {} : { "content-type": type });
      response.end(text);
    };
    const reply = await send(demo.url, "/api/users");
    expect(reply.status).toBe(502);
    expect(reply.headers["content-type"]).toBe("application/json; charset=utf-8");
    expect(reply.text).not.toContain("<script>");
    expect(reply.json<{ message: string }>().message).toMatch(/not JSON/);
  });

  it("a 2xx that says JSON but is not → 502", async () => {
    handler = (_request, response) => json(response, 200, "<html>not json</html>");
    const reply = await send(demo.url, "/api/users");
    expect(reply.status).toBe(502);
    expect(reply.json<{ message: string }>().message).toMatch(/not valid JSON/);
  });

  it("a 2xx in a vendor JSON type keeps it; parameters other than charset are dropped", async () => {
    const type = "application/vnd.staffbase.accessors.users-search.v1+json";
    handler = (_request, response) => json(response, 200, '{"total":0,"entries":[]}', { "content-type": `${type}; charset=UTF-8; evil="x"` });
    const reply = await send(demo.url, "/api/users/search");
    expect(reply.status).toBe(200);
    expect(reply.headers["content-type"]).toBe(`${type}; charset=utf-8`);
    expect(reply.headers["x-content-type-options"]).toBe("nosniff");
  });

  it("JSON nested deeper than the stack → 502, the server still serving", async () => {
    handler = (_request, response) => json(response, 200, `{"total":0,"x":${"[".repeat(200_000)}"%"${"]".repeat(200_000)}}`);
    const reply = await send(demo.url, "/api/users");
    expect(reply.status).toBe(502);
    expect(reply.json<{ message: string }>().message).toMatch(/nested too deeply/);
    handler = (_request, response) => json(response, 200, '{"total":0}');
    expect((await send(demo.url, "/api/users")).status).toBe(200);
  });

  it.each([
    ["99999999999999999999999", MAX_RETRY_AFTER_SECONDS],
    ["3601", MAX_RETRY_AFTER_SECONDS],
    ["120", 120],
    ["Fri, 31 Dec 9999 23:59:59 GMT", MAX_RETRY_AFTER_SECONDS],
  ])("Retry-After %s → %i s", async (header, seconds) => {
    handler = (_request, response) => json(response, 429, "{}", { "retry-after": header });
    const reply = await send(demo.url, "/api/users");
    expect(reply.status).toBe(429);
    expect(reply.headers["retry-after"]).toBe(String(seconds));
    expect(reply.json()).toMatchObject({ retryAfterSeconds: seconds });
  });
});
