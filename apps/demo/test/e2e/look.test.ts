// The demo's look, reflow and truthful results in Chromium, at a phone's width and a laptop's (issue #15, points 1–3).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DemoServer } from "../../server/app.js";
import { startDemo } from "./harness.js";

let server: DemoServer;
let browser: Browser;

beforeAll(async () => {
  ({ server, browser } = await startDemo());
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1280, height: 800 };

async function open(viewport: { width: number; height: number }, search = ""): Promise<Page> {
  const page = await browser.newPage({ viewport });
  await page.goto(`${server.url}/${search}`);
  await page.getByTestId("backend").waitFor();
  return page;
}

const withFilter = (filter: string, extra = "") => `?filter=${encodeURIComponent(filter)}${extra}`;

/** Waits until the results answer the current request (not pending, not out of date). */
async function settled(page: Page): Promise<void> {
  await page.getByTestId("total").waitFor();
  await page.waitForFunction(() => document.querySelector("[aria-busy=true]") === null && document.querySelector(".demo-results[data-stale]") === null);
}

const pageOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

// 120 clauses, one with a 400-character value without spaces: long text and a long unbreakable word.
const LONG_FILTER = [`externalId eq "${"x".repeat(400)}"`, ...Array.from({ length: 119 }, (_, index) => `staffbase.role eq "${["admin", "editor", "reader"][index % 3]}"`)].join(" or ");
// A syntax error at the end of a 5,000-character filter: its code frame is as long as the line.
const LONG_ERROR = `staffbase.role eq "admin" and profile.department eq "${"d".repeat(5000)}" and (`;

describe.each([
  ["phone", PHONE],
  ["laptop", LAPTOP],
])("the look at %s width", (_name, viewport) => {
  it("a segmented and/or without radio circles that arrow keys still move, AND between siblings, actions on one line", async () => {
    const page = await open(viewport, withFilter('staffbase.role eq "admin" and (staffbase.creationType eq "sso" or created ge "2024-01-01")'));
    await settled(page);
    const and = page.getByRole("radio", { name: "all (and)" }).first();
    // The native radio is there for keyboards and screen readers, but not drawn.
    expect(await and.evaluate((input) => getComputedStyle(input).opacity)).toBe("0");
    expect(await and.isChecked()).toBe(true);
    // The word between siblings comes from the group's combinator.
    const joiners = await page.locator(".sfb-children > li + li").evaluateAll((items) => items.map((item) => getComputedStyle(item, "::before").content));
    expect(joiners).toEqual(['"and" / ""', '"or" / ""']);
    // Each rule's actions: a menu button and remove, side by side on one line.
    for (const rule of await page.locator(".sfb-rule").all()) {
      const [menu, remove] = await Promise.all([rule.getByRole("button", { name: /^More actions for / }).boundingBox(), rule.getByRole("button", { name: /^Remove / }).boundingBox()]);
      expect(menu?.y).toBe(remove?.y);
    }
    // The and/or control is a radio group for the keyboard.
    await and.focus();
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => page.getByRole("textbox", { name: "Filter text" }).inputValue()).toMatch(/^staffbase\.role eq "admin" or /);
    await page.close();
  });

  it("the secondary actions open as a menu from the keyboard, with their shortcuts", async () => {
    const page = await open(viewport, withFilter('staffbase.role eq "admin" and userName pr'));
    await settled(page);
    const more = page.getByRole("button", { name: "More actions for rule 1: role is Admin" });
    await more.focus();
    await page.keyboard.press("Enter");
    const menu = page.getByRole("menu", { name: "More actions for rule 1: role is Admin" });
    await menu.waitFor();
    expect(await menu.getByRole("menuitem").allTextContents()).toEqual(["Move up", "Move down", "Move out of group", "Indent into a group", "Duplicate"]);
    // Each shortcut is drawn beside its item from aria-keyshortcuts.
    expect(await menu.getByRole("menuitem").first().evaluate((item) => getComputedStyle(item, "::after").content)).toBe('"Alt+ArrowUp"');
    // The open menu stays inside the page: no sideways scroll.
    expect(await pageOverflow(page)).toBeLessThanOrEqual(0);
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.getByRole("textbox", { name: "Filter text" }).inputValue()).toBe('userName pr and staffbase.role eq "admin"');
    await page.close();
  });

  it("the demo's own controls are drawn with the builder's properties, so none is invisible", async () => {
    const page = await open(viewport);
    await settled(page);
    for (const control of [page.getByRole("textbox", { name: "User id or external id" }), page.getByRole("button", { name: "Copy the request URL" }), page.getByRole("button", { name: "Next page" })]) {
      const style = await control.evaluate((element) => {
        const computed = getComputedStyle(element);
        return { border: computed.borderTopWidth, borderColor: computed.borderTopColor, background: computed.backgroundColor };
      });
      expect(style.border).toBe("1px");
      expect(style.borderColor).not.toBe(style.background);
      expect(style.background).not.toBe("rgba(0, 0, 0, 0)");
    }
    await page.close();
  });

  it("follows a dark theme and compact density set on <html>, the demo's controls included", async () => {
    const page = await open(viewport);
    await settled(page);
    await page.getByRole("combobox", { name: "Theme" }).selectOption("dark");
    await page.getByRole("combobox", { name: "Density" }).selectOption("compact");
    expect(await page.evaluate(() => [document.documentElement.dataset.theme, document.documentElement.dataset.density])).toEqual(["dark", "compact"]);
    expect(await page.locator(".demo-panel").first().evaluate((panel) => getComputedStyle(panel).backgroundColor)).toBe("rgb(22, 24, 29)");
    expect(await page.getByRole("button", { name: "Next page" }).evaluate((button) => getComputedStyle(button).minHeight)).toBe("28px");
    // Kept over a reload.
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe("dark");
    await page.close();
  });
});

describe("reflow: no sideways page scroll from 320 to 1920 px", () => {
  it.each([320, 390, 1280, 1920])("at %i px with a 120-clause filter and with a syntax error at the end of 5,000 characters", async (width) => {
    const page = await open({ width, height: 900 }, withFilter(LONG_FILTER));
    await page.locator(".sfb-root").waitFor();
    await page.getByTestId("results-status").waitFor();
    expect(await pageOverflow(page)).toBeLessThanOrEqual(0);

    await page.goto(`${server.url}/${withFilter(LONG_ERROR)}`);
    const frame = page.locator(".sfb-code-frame");
    await frame.waitFor();
    expect(await pageOverflow(page)).toBeLessThanOrEqual(0);
    // The code frame scrolls in its own box.
    expect(await frame.evaluate((element) => element.scrollWidth > element.clientWidth && getComputedStyle(element).overflowX === "auto")).toBe(true);
    await page.close();
  });

  it("at 390 px the results are cards a phone can read: every row's cells are stacked and labelled", async () => {
    const page = await open(PHONE, withFilter('staffbase.role eq "admin"'));
    await settled(page);
    const cell = page.locator("[data-testid=results] tbody tr").first().locator("td").nth(1);
    expect(await cell.evaluate((td) => [getComputedStyle(td).display, getComputedStyle(td, "::before").content])).toEqual(["grid", '"Email"']);
    const table = page.getByTestId("results");
    expect(await table.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
    await page.close();
  });
});

describe.each([
  ["phone", PHONE],
  ["laptop", LAPTOP],
])("results that tell the truth at %s width", (_name, viewport) => {
  it("a failed query marks the results out of date in the results panel, with the reason", async () => {
    const page = await open(viewport, withFilter('staffbase.role eq "admin"'));
    await settled(page);
    const admins = await page.getByTestId("total").textContent();
    // The server refuses the next request.
    await page.route("**/api/users?**", (route) => route.fulfill({ status: 429, contentType: "application/json", headers: { "retry-after": "30" }, body: JSON.stringify({ statusCode: 429, message: "Too many requests", retryAfterSeconds: 30 }) }));
    await page.getByRole("button", { name: "SSO users" }).click();
    const panel = page.getByRole("region", { name: "Results" });
    const failure = panel.getByTestId("server-error");
    await failure.waitFor();
    expect(await failure.textContent()).toContain("The server answered 429: these results are out of date.");
    expect(await failure.textContent()).toContain("Retrying is possible in 30 s.");
    expect(await panel.getAttribute("data-stale")).toBe("true");
    expect(await page.getByTestId("total").textContent()).toBe(admins);
    // A network failure says so too.
    await page.unroute("**/api/users?**");
    await page.route("**/api/users?**", (route) => route.abort());
    await page.getByRole("combobox", { name: "Per page" }).selectOption("10");
    await expect.poll(() => failure.textContent()).toContain("The request failed: these results are out of date.");
    // Once the server answers, the mark goes.
    await page.unroute("**/api/users?**");
    await page.getByRole("combobox", { name: "Per page" }).selectOption("50");
    await settled(page);
    expect(await panel.getAttribute("data-stale")).toBeNull();
    await page.close();
  });

  it("a pending query says that the rows shown are the previous request's", async () => {
    const page = await open(viewport, withFilter('staffbase.role eq "admin"'));
    await settled(page);
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route("**/api/users?**", async (route) => {
      await held;
      await route.continue();
    });
    await page.getByRole("combobox", { name: "Sort" }).selectOption("created_DESC");
    const pending = page.getByRole("region", { name: "Results" }).getByTestId("results-pending");
    await pending.waitFor();
    expect(await pending.textContent()).toContain("Updating: these results are for the previous request.");
    release();
    await pending.waitFor({ state: "detached" });
    await page.close();
  });

  it("a filter the server would refuse as too long is not sent: the panel says so and what to do", async () => {
    const long = Array.from({ length: 250 }, () => 'staffbase.role eq "admin"').join(" or ");
    const page = await open(viewport, withFilter('staffbase.role eq "admin"'));
    await settled(page);
    const sent: string[] = [];
    page.on("request", (request) => {
      if (request.url().includes("/api/users?")) sent.push(request.url());
    });
    const text = page.getByRole("textbox", { name: "Filter text" });
    await text.fill(long);
    const warning = page.getByRole("region", { name: "Results" }).getByTestId("server-error");
    await warning.waitFor();
    expect(await warning.textContent()).toContain("Not sent: the server would refuse this request");
    expect(await warning.textContent()).toMatch(/refuses requests over 8,192 .* Shorten it/);
    expect(sent).toEqual([]);
    await page.close();
  });

  it("an empty result says so", async () => {
    const page = await open(viewport, withFilter('staffbase.role eq "admin" and staffbase.role eq "reader"'));
    await settled(page);
    expect(await page.getByTestId("results-empty").textContent()).toContain("No users match this filter.");
    await page.close();
  });

  it("sorts by the API's sort values, sets the page size, and keeps page, size and sort in the URL", async () => {
    const page = await open(viewport, withFilter('staffbase.role eq "reader"'));
    await settled(page);
    await page.getByRole("combobox", { name: "Sort" }).selectOption("created_DESC");
    await page.getByRole("combobox", { name: "Per page" }).selectOption("10");
    await settled(page);
    await page.getByRole("button", { name: "Next page" }).click();
    await expect.poll(() => page.getByTestId("results-status").textContent()).toContain("showing 11–20");
    await settled(page);
    const url = new URL(page.url());
    expect([url.searchParams.get("sort"), url.searchParams.get("size"), url.searchParams.get("page")]).toEqual(["created_DESC", "10", "2"]);
    expect(await page.getByTestId("request-url").textContent()).toContain("limit=10&offset=10&sort=created_DESC");
    const created = await page.locator("[data-testid=results] tbody tr td:nth-child(5)").allTextContents();
    expect(created).toHaveLength(10);
    expect([...created].sort().reverse()).toEqual(created);
    // A reload lands on the same page.
    await page.reload();
    await settled(page);
    expect(await page.getByTestId("results-status").textContent()).toContain("showing 11–20");
    expect(await page.getByTestId("page-of").textContent()).toMatch(/^Page 2 of \d+$/);
    await page.close();
  });

  it("Back and Forward step through committed filters", async () => {
    const page = await open(viewport, withFilter('staffbase.role eq "admin"'));
    await settled(page);
    const text = page.getByRole("textbox", { name: "Filter text" });
    await page.getByRole("button", { name: "SSO users" }).click();
    await expect.poll(() => text.inputValue()).not.toBe('staffbase.role eq "admin"');
    const sso = await text.inputValue();
    await settled(page);
    await page.goBack();
    await expect.poll(() => text.inputValue()).toBe('staffbase.role eq "admin"');
    await settled(page);
    expect(new URL(page.url()).searchParams.get("filter")).toBe('staffbase.role eq "admin"');
    await page.goForward();
    await expect.poll(() => text.inputValue()).toBe(sso);
    await page.close();
  });
});

describe("the results stay in view on a wide screen", () => {
  it("the results panel is sticky at 1280 px while the filter column scrolls", async () => {
    const page = await open(LAPTOP, withFilter('staffbase.role eq "admin"'));
    await settled(page);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
    const heading = await page.getByRole("heading", { name: "Results" }).boundingBox();
    expect(heading?.y).toBeGreaterThanOrEqual(0);
    expect(heading?.y).toBeLessThan(LAPTOP.height);
    await page.close();
  });
});

describe("the first screen", () => {
  it.each([
    ["phone", PHONE],
    ["laptop", LAPTOP],
  ])("has no axe violations at %s width (heading order included), a skip link to the results and a favicon", async (_name, viewport) => {
    const page = await open(viewport);
    await settled(page);
    const axe = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
    // Evaluated, not added as a <script>: the page's CSP (script-src 'self') rightly refuses inline scripts.
    await page.evaluate(axe);
    const violations = await page.evaluate(async () => {
      const result = await (window as unknown as { axe: { run: (context: Document) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run(document);
      return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
    });
    expect(violations).toEqual([]);
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to the results" });
    expect(await skip.evaluate((link) => link === document.activeElement)).toBe(true);
    expect((await page.request.get(`${server.url}/favicon.svg`)).status()).toBe(200);
    await page.close();
  });
});
