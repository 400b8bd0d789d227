import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { DemoServer } from "../../server/app.js";
import { startDemo } from "./harness.js";

let server: DemoServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  ({ server, browser } = await startDemo());
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

beforeEach(async () => {
  page = await browser.newPage();
});

async function total(): Promise<number> {
  return Number(await page.getByTestId("total").textContent());
}

/** Waits until the results reflect the current filter (the request is debounced). */
async function settledTotal(previous?: number): Promise<number> {
  await page.getByTestId("total").waitFor();
  if (previous !== undefined) {
    await page.waitForFunction((before) => Number(document.querySelector("[data-testid=total]")?.textContent) !== before, previous);
  }
  await page.waitForFunction(() => document.querySelector("[aria-busy=true]") === null);
  return total();
}

describe("the demo in Chromium (embedded mock)", () => {
  it("builds a filter by clicking and the live results follow", async () => {
    await page.goto(server.url);
    await page.getByTestId("backend").getByText("embedded mock").waitFor();
    const all = await settledTotal();
    expect(all).toBeGreaterThan(3000);

    await page.getByRole("button", { name: "Add a rule to Filter" }).click();
    await page.getByRole("combobox", { name: "Field of rule 1" }).click();
    await page.getByRole("option", { name: /^Role/ }).click();
    await page.getByRole("combobox", { name: /^Value of rule 1/ }).click();
    await page.getByRole("option", { name: /^Admin/ }).click();

    await expect.poll(() => page.getByRole("textbox", { name: "Filter text" }).inputValue()).toBe('staffbase.role eq "admin"');
    const admins = await settledTotal(all);
    expect(admins).toBeGreaterThan(0);
    expect(admins).toBeLessThan(all);
    expect(await page.getByTestId("request-url").textContent()).toContain("filter=staffbase.role%20eq%20%22admin%22");
    expect(new URL(page.url()).searchParams.get("filter")).toBe('staffbase.role eq "admin"');
    const roles = await page.locator("[data-testid=results] tbody tr td:nth-child(3)").allTextContents();
    expect(roles.length).toBeGreaterThan(0);
    expect(new Set(roles)).toEqual(new Set(["admin"]));

    // The filter survives a reload.
    await page.reload();
    await expect.poll(() => page.getByRole("textbox", { name: "Filter text" }).inputValue()).toBe('staffbase.role eq "admin"');
    expect(await settledTotal()).toBe(admins);
  });

  it("shows a syntax error at its position and keeps the last results", async () => {
    await page.goto(`${server.url}/?filter=${encodeURIComponent("userName pr")}`);
    const before = await settledTotal();
    const text = page.getByRole("textbox", { name: "Filter text" });
    await text.click();
    await page.keyboard.press("End");
    await page.keyboard.type(" and (");
    const alert = page.getByRole("alert").filter({ hasText: "Syntax error" });
    await alert.waitFor();
    expect(await alert.textContent()).toContain("at line 1, column 18");
    expect(await total()).toBe(before);
    // The URL keeps the last valid text ("userName pr " while typing).
    expect(new URL(page.url()).searchParams.get("filter")?.trim()).toBe("userName pr");
  });

  it("pages through the results", async () => {
    await page.goto(`${server.url}/?filter=${encodeURIComponent('staffbase.role eq "reader"')}`);
    await settledTotal();
    const first = await page.locator("[data-testid=results] tbody tr").first().getAttribute("data-user-id");
    await page.getByRole("button", { name: "Next page" }).click();
    await page.waitForFunction((id) => document.querySelector("[data-testid=results] tbody tr")?.getAttribute("data-user-id") !== id, first);
    expect(await page.getByTestId("results-status").textContent()).toContain("showing 26–50");
  });

  it("explains a match from the results and a user fetched by id", async () => {
    await page.goto(`${server.url}/?filter=${encodeURIComponent('staffbase.role eq "admin"')}`);
    await settledTotal();
    await page.locator("[data-testid=results] tbody tr").first().getByRole("button", { name: /^Explain / }).click();
    const panel = page.getByTestId("explanation");
    await panel.waitFor();
    expect(await page.getByTestId("explanation-verdict").textContent()).toContain("The filter matches");
    // The explained user is marked in the results, and the trace stands under the filter, before the request.
    const firstRow = page.locator("[data-testid=results] tbody tr").first();
    expect(await firstRow.getAttribute("aria-current")).toBe("true");
    expect(await page.locator("[data-testid=results] tbody tr[aria-current]").count()).toBe(1);
    const requestFollows = await page.evaluate(() => {
      const explanation = document.querySelector("[data-testid=explanation]");
      const request = document.querySelector("#request-heading")?.closest("section");
      return explanation !== null && request != null && (explanation.compareDocumentPosition(request) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
    });
    expect(requestFollows).toBe(true);
    const rule = page.locator(".sfb-builder .sfb-rule").first();
    await expect.poll(() => rule.getAttribute("class")).toContain("sfb-met");
    expect(await panel.textContent()).toContain("status is activated (default)");
    const marks = page.getByRole("figure", { name: "Deciding clauses" }).locator("mark");
    expect(await marks.allTextContents()).toEqual(['staffbase.role eq "admin" (met)']);

    const response = await fetch(`${server.url}/api/users?filter=staffbase.role%20eq%20%22reader%22&limit=1`);
    const { data } = (await response.json()) as { data: { id: string }[] };
    const readerId = data[0]?.id ?? "";
    expect(readerId).not.toBe("");
    await page.getByRole("textbox", { name: "User id or external id" }).fill(readerId);
    await page.getByRole("button", { name: "Explain", exact: true }).click();
    await expect.poll(() => page.getByTestId("explanation-verdict").textContent()).toContain("does not match");
    await expect.poll(() => rule.getAttribute("class")).toContain("sfb-not-met");
    const roleClause = panel.locator("li.demo-not-met", { hasText: "staffbase.role" }).first();
    expect(await roleClause.locator(".demo-verdict").first().textContent()).toBe("not met");
    // The deciding clause is marked by its span in the copy of the text under the text view.
    const deciding = page.getByRole("figure", { name: "Deciding clauses" }).locator("mark");
    await expect.poll(() => deciding.allTextContents()).toEqual(['staffbase.role eq "admin" (not met)']);
    expect(await deciding.first().getAttribute("class")).toContain("sfb-not-met");

    // An unknown id is reported; Clear removes the explanation.
    await page.getByRole("textbox", { name: "User id or external id" }).fill("no-such-user");
    await page.getByRole("button", { name: "Explain", exact: true }).click();
    expect(await page.getByTestId("explain-error").textContent()).toContain("No user with id");
    await page.getByRole("button", { name: "Clear" }).click();
    await panel.waitFor({ state: "detached" });
  });
});

describe("the schema switch in Chromium", () => {
  const EMPLOYEE_NUMBER = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber";
  const schemaParam = () => new URL(page.url()).searchParams.get("schema");
  const filterText = () => page.getByRole("textbox", { name: "Filter text" }).inputValue();
  const firstRule = () => page.locator(".sfb-builder .sfb-rule").first();
  const firstRuleClass = () => firstRule().getAttribute("class");
  /** Opens the field picker of a new rule and returns the names it offers. */
  async function offeredFields(rule: number): Promise<string[]> {
    await page.getByRole("button", { name: "Add a rule to Filter" }).click();
    await page.getByRole("combobox", { name: `Field of rule ${rule}` }).click();
    await page.getByRole("option").first().waitFor();
    const names = await page.getByRole("option").allTextContents();
    await page.keyboard.press("Escape");
    return names;
  }

  it("switches by keyboard to Generic SCIM, keeps the filter (now an error), offers the enterprise extension and keeps the choice in the URL", async () => {
    await page.goto(`${server.url}/?filter=${encodeURIComponent('staffbase.role eq "admin"')}`);
    await settledTotal();
    const staffbase = page.getByRole("radio", { name: "Staffbase User API" });
    expect(await staffbase.isChecked()).toBe(true);
    expect(await page.getByRole("group", { name: "Start from an example" }).count()).toBe(1);
    expect(schemaParam()).toBeNull();

    // Native radios: arrow keys move the choice.
    await staffbase.focus();
    await page.keyboard.press("ArrowDown");
    expect(await page.getByRole("radio", { name: "Generic SCIM (RFC 7643 example)" }).isChecked()).toBe(true);
    expect(schemaParam()).toBe("rfc7643");
    await page.getByTestId("generic-schema-note").waitFor();
    expect(await page.getByRole("group", { name: "Start from an example" }).count()).toBe(0);
    // The rule stays, kept as text with the new schema's error (the field picker cannot show an attribute
    // the schema lacks); the filter text and its URL parameter are unchanged.
    await expect.poll(firstRuleClass).toContain("sfb-raw");
    expect(await firstRule().textContent()).toContain('staffbase.role eq "admin"');
    expect(await firstRule().textContent()).toContain("The RFC 7643 example schema has no filterable attribute staffbase.role");
    expect(await filterText()).toBe('staffbase.role eq "admin"');
    expect(new URL(page.url()).searchParams.get("filter")).toBe('staffbase.role eq "admin"');

    const fields = await offeredFields(2);
    expect(fields.some((name) => name.startsWith("Employee number (Enterprise User)"))).toBe(true);
    expect(fields.some((name) => name.startsWith("Emails"))).toBe(true);

    await page.reload();
    expect(await page.getByRole("radio", { name: "Generic SCIM (RFC 7643 example)" }).isChecked()).toBe(true);
    await expect.poll(filterText).toBe('staffbase.role eq "admin"');
    await expect.poll(firstRuleClass).toContain("sfb-raw");

    // Back to Staffbase: the same rule is an editable, valid rule again.
    await page.getByRole("radio", { name: "Staffbase User API" }).check();
    await expect.poll(firstRuleClass).toBe("sfb-rule");
    expect(schemaParam()).toBeNull();
  });

  it("an attribute the Staffbase backend does not know gets the server's 400 at its position", async () => {
    const filter = `${EMPLOYEE_NUMBER} eq "701984"`;
    await page.goto(`${server.url}/?schema=rfc7643&filter=${encodeURIComponent(filter)}`);
    const error = page.getByTestId("server-error");
    await error.waitFor();
    expect(await error.textContent()).toContain("The server answered 400");
    // Valid against the generic schema, so the builder shows the server's complaint on the rule.
    await expect.poll(() => page.locator(".sfb-builder").textContent()).toContain("The server says");
  });

  it("a filter from the URL that the builder already rejects gets no second copy of the server's 400", async () => {
    await page.goto(`${server.url}/?filter=${encodeURIComponent('emails[type eq "work"]')}`);
    await page.getByTestId("server-error").waitFor();
    const builder = page.locator(".sfb-builder");
    await expect.poll(() => builder.locator(".sfb-rule.sfb-invalid").count()).toBe(1);
    expect(await builder.textContent()).toContain("emails has no sub-attributes");
    expect(await builder.textContent()).not.toContain("The server says");
  });

  it("explains with the backend's semantics: its status default applies under a generic schema too", async () => {
    const filter = "userName pr";
    const response = await fetch(`${server.url}/api/users?filter=${encodeURIComponent('staffbase.status eq "pending" and userName pr')}&limit=1`);
    const { data } = (await response.json()) as { data: { id: string }[] };
    const pendingId = data[0]?.id ?? "";
    expect(pendingId).not.toBe("");
    await page.goto(`${server.url}/?schema=rfc7643&filter=${encodeURIComponent(filter)}`);
    await settledTotal();
    expect(await page.getByTestId("generic-schema-note").textContent()).toContain("Explanations follow that backend too");

    // The backend leaves pending users out of `userName pr`; the explanation says why instead of "matches".
    await page.getByRole("textbox", { name: "User id or external id" }).fill(pendingId);
    await page.getByRole("button", { name: "Explain", exact: true }).click();
    await expect.poll(() => page.getByTestId("explanation-verdict").textContent()).toContain("does not match");
    const implicit = page.getByTestId("explanation").locator("li[data-kind=implicit]");
    expect(await implicit.getAttribute("class")).toContain("demo-not-met");
    expect(await implicit.textContent()).toContain("status is activated (default)");
    await expect.poll(firstRuleClass).toContain("sfb-met");
  });

  it("loads a /Schemas file, keeps it over a reload, and a bad file is an alert that keeps the schema", async () => {
    const acme = {
      Resources: [
        {
          id: "urn:example:scim:schemas:extension:acme:2.0:User",
          name: "AcmeUser",
          attributes: [{ name: "badgeNumber", type: "string", multiValued: false }],
        },
      ],
    };
    await page.goto(`${server.url}/?schema=rfc7643`);
    const sample = page.getByRole("link", { name: "the RFC 7643 example /Schemas response" });
    const response = await fetch(new URL((await sample.getAttribute("href")) ?? "", server.url));
    expect(response.status).toBe(200);

    await page.getByRole("radio", { name: "Your /Schemas JSON…" }).check();
    const status = page.getByTestId("schema-file-status");
    expect(await status.textContent()).toContain("the Generic SCIM (RFC 7643 example) schema stays in use");
    expect(schemaParam()).toBe("rfc7643");

    const input = page.getByLabel("/Schemas JSON file");
    await input.setInputFiles({ name: "acme.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(acme)) });
    await expect.poll(() => status.textContent()).toContain("In use: acme.json");
    expect(schemaParam()).toBe("file");
    expect((await offeredFields(1)).some((name) => name.startsWith("Badge number (Acme User)"))).toBe(true);

    await input.setInputFiles({ name: "broken.json", mimeType: "application/json", buffer: Buffer.from('{ "totalResults": 1 }') });
    const alert = page.getByRole("alert").filter({ hasText: "broken.json" });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('broken.json is not a SCIM /Schemas document: Expected a /Schemas ListResponse ({ "Resources": [ … ] })');
    expect(await alert.textContent()).toContain("The schema in use did not change.");
    expect(await status.textContent()).toContain("In use: acme.json");

    await page.reload();
    expect(await page.getByRole("radio", { name: "Your /Schemas JSON…" }).isChecked()).toBe(true);
    expect(await page.getByTestId("schema-file-status").textContent()).toContain("In use: acme.json");
  });
  it("runs under its Content-Security-Policy without a violation; a filter no URL can carry is an error, not a query that never runs", async () => {
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/content.security.policy/i.test(message.text())) violations.push(message.text());
    });
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (event) => console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`));
    });
    const response = await page.goto(server.url);
    expect(response?.headers()["content-security-policy"]).toContain("script-src 'self';");
    expect(response?.headers()["x-content-type-options"]).toBe("nosniff");
    await settledTotal();
    // A Radix list open and closed (its scroll lock adds a <style>), a rule built, results loaded.
    await page.getByRole("button", { name: "Add a rule to Filter" }).click();
    await page.getByRole("combobox", { name: "Field of rule 1" }).click();
    await page.getByRole("option", { name: /^Role/ }).click();

    // A lone surrogate (made in the page: the way in would replace it): the builder takes it, encodeURIComponent cannot.
    await page.getByRole("textbox", { name: "Filter text" }).evaluate((element) => {
      const input = element as HTMLTextAreaElement | HTMLInputElement;
      Object.getOwnPropertyDescriptor(Object.getPrototypeOf(input), "value")?.set?.call(input, `staffbase.role eq "${String.fromCharCode(0xd800)}"`);
      input.dispatchEvent(new Event("input", { bubbles: true }));
    });
    await expect.poll(() => page.getByTestId("server-error").textContent()).toContain("The filter cannot be sent");
    await page.getByRole("textbox", { name: "Filter text" }).fill('staffbase.role eq "admin"');
    await page.getByTestId("server-error").waitFor({ state: "detached" });
    expect(violations).toEqual([]);
  });
});
