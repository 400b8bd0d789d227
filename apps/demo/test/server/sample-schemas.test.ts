// GET /demo/schemas/rfc7643.json: the sample /Schemas file the app links to, generated from core's fixture.
import type { ScimSchemasResponse } from "@scim-filter/core";
import { rfc7643Schemas, schemaFromScim } from "@scim-filter/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RFC7643_SCHEMAS_PATH } from "../../shared/sample-schemas.js";
import type { DemoServer } from "../../server/app.js";
import { startDemoServer } from "../../server/app.js";
import { loadConfig } from "../../server/config.js";
import { send } from "./helpers.js";

const EMPLOYEE_NUMBER = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber";
let demo: DemoServer;

beforeAll(async () => {
  demo = await startDemoServer(loadConfig({ PORT: "0", MOCK_USERS: "10" }), { log: () => undefined });
});

afterAll(async () => {
  await demo.close();
});

describe(RFC7643_SCHEMAS_PATH, () => {
  it("serves core's RFC 7643 example as indented JSON", async () => {
    const reply = await send(demo.url, RFC7643_SCHEMAS_PATH);
    expect(reply.status).toBe(200);
    expect(reply.headers["content-type"]).toBe("application/json; charset=utf-8");
    expect(Number(reply.headers["content-length"])).toBe(Buffer.byteLength(reply.text));
    expect(reply.text).toContain('\n  "Resources": [');
    expect(reply.json()).toEqual(JSON.parse(JSON.stringify(rfc7643Schemas)));
  });

  it("is a file schemaFromScim turns into a schema with emails and the enterprise extension", async () => {
    const schema = schemaFromScim((await send(demo.url, RFC7643_SCHEMAS_PATH)).json<ScimSchemasResponse>());
    const paths = schema.attributes.map((attribute) => attribute.path);
    expect(paths).toContain("emails");
    expect(paths).toContain("name.givenName");
    expect(paths).toContain(EMPLOYEE_NUMBER);
    expect(schema.attributes.find((attribute) => attribute.path === EMPLOYEE_NUMBER)?.label).toBe("Employee number (Enterprise User)");
    // Group is a core schema other than User: left out by default.
    expect(paths).not.toContain("members");
  });

  it("answers HEAD without a body and refuses other methods", async () => {
    const head = await send(demo.url, RFC7643_SCHEMAS_PATH, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.text).toBe("");
    const post = await send(demo.url, RFC7643_SCHEMAS_PATH, { method: "POST", body: "{}" });
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe("GET, HEAD");
  });

  it("is the only file under /demo/schemas/", async () => {
    expect((await send(demo.url, "/demo/schemas/other.json")).status).toBe(404);
  });
});
