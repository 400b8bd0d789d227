// The embedded mock User API on its own loopback server. Every expectation about which users match is
// computed here, in plain JavaScript over the seeded user objects — never with @scim-filter/core's
// evaluator, which is what the mock itself filters with.
import { createServer } from "node:http";
import type { Server } from "node:http";
import type { MockUser } from "../../shared/mock-facts.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MOCK_PROFILE_FIELDS } from "../../shared/profile-fields.js";
import { GROUPS, seedUsers, SPACES } from "../../server/mock/seed.js";
import { createMockUsersApi, SEARCH_V1, V3_USER } from "../../server/mock/users-api.js";
import type { Envelope, Reply } from "./helpers.js";
import { close, listen, send, sendRaw } from "./helpers.js";

const TOKEN = Buffer.from("test-client:test-secret").toString("base64");
const AUTH = { authorization: `Basic ${TOKEN}` };
const GROUP = "604fab5e830203614e6fa59d";
const SPACE = "5fc7743d3dd910548d350a2a";

const users = seedUsers(5000);
const byId = new Map(users.map((user) => [user.id, user]));

interface LegacyPage {
  total: number;
  limit: number;
  offset: number;
  data: MockUser[];
}

interface SearchPage {
  total: number;
  entries: { data: Record<string, unknown> }[];
  cursor: string | null;
}

// ---- Independent facts about a seeded user ------------------------------------------------------

type Predicate = (user: MockUser) => boolean;

const isActivated: Predicate = (user) => user.status === "activated";
const roleOf = (user: MockUser): string | undefined => (typeof user.role === "string" ? user.role : user.role?.type);
const hasEmail: Predicate = (user) => (user.emails ?? []).some((email) => email.value !== "");
const userNameOf = (user: MockUser): string | null => (typeof user.userName === "string" ? user.userName : (user.userName?.value ?? null));
const hasUserName: Predicate = (user) => (userNameOf(user) ?? "") !== "";
const hasPassword: Predicate = (user) => user._mock?.hasPassword === true;
const hasExternalId: Predicate = (user) => typeof user.externalID === "string" && user.externalID !== "";
const time = (iso: string | null | undefined): number => (iso === null || iso === undefined ? Number.NaN : Date.parse(iso));
/** The status default the mock documents: activated only, unless the filter says something about status. */
const activatedAnd =
  (predicate: Predicate): Predicate =>
  (user) =>
    isActivated(user) && predicate(user);

function expectedIds(predicate: Predicate): string[] {
  return users
    .filter(predicate)
    .map((user) => user.id)
    .sort();
}

// ---- HTTP ---------------------------------------------------------------------------------------

let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer(createMockUsersApi({ users, token: TOKEN }));
  base = await listen(server);
});

afterAll(async () => {
  await close(server);
});

/** A query string the way the Staffbase documentation writes it: spaces and quotes percent-encoded. */
function qs(params: Record<string, string | number>): string {
  return Object.entries(params)
    .map(([name, value]) => `${name}=${encodeURIComponent(String(value))}`)
    .join("&");
}

function get(path: string, headers: Record<string, string> = AUTH): Promise<Reply> {
  return send(base, path, { headers });
}

async function getJson<T>(path: string, headers: Record<string, string> = AUTH): Promise<T> {
  const reply = await get(path, headers);
  expect(reply.status, `${path}: ${reply.text.slice(0, 300)}`).toBe(200);
  return reply.json<T>();
}

/** Every matching user via GET /api/users, 1000 per page. */
async function listAll(params: Record<string, string>): Promise<{ total: number; users: MockUser[] }> {
  const all: MockUser[] = [];
  let total = 0;
  for (let offset = 0; offset === 0 || offset < total; offset += 1000) {
    const page = await getJson<LegacyPage>(`/api/users?${qs({ ...params, limit: 1000, offset })}`);
    total = page.total;
    all.push(...page.data);
  }
  return { total, users: all };
}

/** Every matching user via GET /api/users/search, following the cursor to its end. */
async function searchAll(params: Record<string, string>, limit = 1000): Promise<{ total: number; entries: Record<string, unknown>[]; pages: number }> {
  const entries: Record<string, unknown>[] = [];
  let cursor: string | null = null;
  let total = 0;
  let pages = 0;
  do {
    const page: SearchPage = await getJson<SearchPage>(`/api/users/search?${qs({ ...params, limit, ...(cursor === null ? {} : { cursor }) })}`, { ...AUTH, accept: SEARCH_V1 });
    total = page.total;
    entries.push(...page.entries.map((entry) => entry.data));
    cursor = page.cursor;
    pages++;
    if (pages > 100) throw new Error("the cursor never ends");
  } while (cursor !== null);
  return { total, entries, pages };
}

function expectEnvelope(reply: Reply, status: number): Envelope {
  expect(reply.status).toBe(status);
  expect(reply.headers["content-type"]).toMatch(/^application\/json/);
  const body = reply.json<Envelope>();
  expect(body).toMatchObject({ statusCode: status });
  expect(typeof body.traceId).toBe("string");
  expect(typeof body.type).toBe("string");
  expect(typeof body.ref).toBe("string");
  expect(typeof body.message).toBe("string");
  expect(typeof body.identifier).toBe("number");
  return body;
}

// ---- The seed -----------------------------------------------------------------------------------

describe("seeded users", () => {
  it("are deterministic: the same arguments give deep-equal users, another seed other users", () => {
    expect(seedUsers(5000)).toEqual(users);
    expect(JSON.stringify(seedUsers(5000))).toBe(JSON.stringify(users));
    expect(seedUsers(50, 1)).not.toEqual(seedUsers(50));
  });

  it("are at least 5,000 with unique 24-hex ids", () => {
    expect(users.length).toBeGreaterThanOrEqual(5000);
    expect(new Set(users.map((user) => user.id)).size).toBe(users.length);
    for (const user of users) expect(user.id).toMatch(/^[0-9a-f]{24}$/);
  });

  it("cover every status (contact included), every documented role and every documented creation type", () => {
    expect(new Set(users.map((user) => user.status))).toEqual(new Set(["activated", "pending", "deactivated", "contact"]));
    expect(new Set(users.map(roleOf))).toEqual(new Set(["admin", "editor", "moderator", "managingEditor", "reader"]));
    expect(new Set(users.map((user) => user._mock?.creationType))).toEqual(new Set(["csv", "direct", "scim", "sso"]));
  });

  it("cover every sign-in type: e-mail + password, user name + password, access code, SSO", () => {
    const emailPassword = users.filter((user) => hasEmail(user) && hasPassword(user));
    const userNamePassword = users.filter((user) => !hasEmail(user) && hasUserName(user) && hasPassword(user));
    const accessCode = users.filter((user) => !hasEmail(user) && !hasUserName(user) && hasPassword(user));
    const sso = users.filter((user) => hasExternalId(user) && !hasPassword(user));
    for (const kind of [emailPassword, userNamePassword, accessCode, sso]) expect(kind.length).toBeGreaterThan(50);
    expect(users.some((user) => user._mock?.hasRecoveryCode === true)).toBe(true);
    expect(users.some((user) => user._mock?.hasRecoveryCode !== true)).toBe(true);
  });

  it("have members of the documented group and space (and of every other group and space)", () => {
    for (const group of GROUPS) expect(users.some((user) => (user.groupIDs ?? []).includes(group.id)), group.name).toBe(true);
    for (const space of SPACES) expect(users.some((user) => (user._mock?.spaceIDs ?? []).includes(space.id)), space.name).toBe(true);
    expect(GROUPS.map((group) => group.id)).toContain(GROUP);
    expect(SPACES.map((space) => space.id)).toContain(SPACE);
  });

  it("have created/updated dates over several years, updated never before created", () => {
    const created = users.map((user) => time(user.created));
    const years = new Set(created.map((ms) => new Date(ms).getUTCFullYear()));
    expect(years.size).toBeGreaterThanOrEqual(5);
    for (const user of users) {
      expect(Number.isNaN(time(user.created))).toBe(false);
      expect(time(user.updated)).toBeGreaterThanOrEqual(time(user.created));
    }
  });

  it("have a deactivation time exactly on the deactivated users", () => {
    for (const user of users) {
      const deactivated = user._mock?.deactivated ?? null;
      if (user.status === "deactivated") {
        expect(deactivated).not.toBeNull();
        expect(time(deactivated)).toBeGreaterThanOrEqual(time(user.updated));
      } else {
        expect(deactivated).toBeNull();
      }
    }
  });

  it("have the custom profile fields with their declared options", () => {
    for (const field of MOCK_PROFILE_FIELDS) {
      const values = new Set(users.map((user) => user.profile?.[field.id]));
      expect(values.has(undefined), field.id).toBe(false);
      if (field.options !== undefined) expect(values).toEqual(new Set(field.options.map((option) => option.value)));
    }
  });
});

// ---- Authentication -----------------------------------------------------------------------------

describe("authentication", () => {
  const expect401 = (reply: Reply) => {
    const body = expectEnvelope(reply, 401);
    expect(body).toEqual({
      traceId: body.traceId,
      type: "NotLoggedInException",
      ref: "ERROR_LOGIN_REQUIRED",
      statusCode: 401,
      message: "This end point requires authentication.",
      identifier: 40102,
    });
  };

  it("answers 401 with the API's envelope when Authorization is missing", async () => {
    for (const path of ["/api/users", "/api/users/search", `/api/users/${users[0]?.id ?? ""}`]) expect401(await get(path, {}));
  });

  it("answers 401 for a wrong token, another scheme or a re-encoded token", async () => {
    expect401(await get("/api/users", { authorization: "Basic d3Jvbmc6dG9rZW4=" }));
    expect401(await get("/api/users", { authorization: `Bearer ${TOKEN}` }));
    expect401(await get("/api/users", { authorization: TOKEN }));
    expect401(await get("/api/users", { authorization: `Basic ${Buffer.from(TOKEN).toString("base64")}` }));
    expect401(await get("/api/users", { authorization: "Basic test-client:test-secret" }));
  });

  it("accepts the right token (the scheme name in any case)", async () => {
    expect((await get("/api/users?limit=1")).status).toBe(200);
    expect((await get("/api/users?limit=1", { authorization: `basic ${TOKEN}` })).status).toBe(200);
  });
});

// ---- Pagination and sorting ---------------------------------------------------------------------

describe("GET /api/users paging", () => {
  const activatedCount = users.filter(isActivated).length;

  it("defaults to limit 100, offset 0, activated users, total = all matches", async () => {
    const page = await getJson<LegacyPage>("/api/users");
    expect(page).toMatchObject({ total: activatedCount, limit: 100, offset: 0 });
    expect(page.data).toHaveLength(100);
    for (const user of page.data) expect(user.status).toBe("activated");
  });

  it("returns the requested page; total counts the matches before paging", async () => {
    const page = await getJson<LegacyPage>("/api/users?limit=7&offset=30");
    expect(page).toMatchObject({ total: activatedCount, limit: 7, offset: 30 });
    expect(page.data).toHaveLength(7);
  });

  it("limit=0 only counts", async () => {
    const page = await getJson<LegacyPage>("/api/users?limit=0");
    expect(page).toEqual({ total: activatedCount, limit: 0, offset: 0, data: [] });
  });

  it("clamps a limit over 1000 to 1000 and echoes the clamped value", async () => {
    const page = await getJson<LegacyPage>("/api/users?limit=5000");
    expect(page.limit).toBe(1000);
    expect(page.data).toHaveLength(1000);
  });

  it("returns an empty page past the end, with the same total", async () => {
    const page = await getJson<LegacyPage>(`/api/users?offset=${activatedCount + 10}`);
    expect(page).toEqual({ total: activatedCount, limit: 100, offset: activatedCount + 10, data: [] });
  });

  it.each(["limit=-1", "limit=1.5", "limit=abc", "limit=1e3", "offset=-5", "offset=2.5", "offset=x"])("answers 400 for %s", async (param) => {
    const body = expectEnvelope(await get(`/api/users?${param}`), 400);
    expect(body.message).toContain(param.split("=")[0] as string);
  });

  it("pages are disjoint, ordered, and together are exactly the matching users", async () => {
    const pages: MockUser[][] = [];
    for (let offset = 0; offset < activatedCount; offset += 333) {
      const page = await getJson<LegacyPage>(`/api/users?limit=333&offset=${offset}`);
      pages.push(page.data);
    }
    const ids = pages.flat().map((user) => user.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(expectedIds(isActivated));
    // The same order as one big listing.
    const big = await listAll({});
    expect(big.users.map((user) => user.id)).toEqual(ids);
  });

  it("sorts by lastName, then firstName by default", async () => {
    const { users: listed } = await listAll({});
    for (let index = 1; index < listed.length; index++) {
      const previous = listed[index - 1] as MockUser;
      const current = listed[index] as MockUser;
      const byLast = (previous.lastName ?? "").toLowerCase().localeCompare((current.lastName ?? "").toLowerCase());
      expect(byLast, `${previous.lastName ?? ""} before ${current.lastName ?? ""}`).toBeLessThanOrEqual(0);
      if (byLast === 0) expect((previous.firstName ?? "").toLowerCase().localeCompare((current.firstName ?? "").toLowerCase())).toBeLessThanOrEqual(0);
    }
    const explicit = await listAll({ sort: "lastName_ASC_firstName_ASC" });
    expect(explicit.users.map((user) => user.id)).toEqual(listed.map((user) => user.id));
  });

  it("sort=created_DESC lists the newest first", async () => {
    const { users: listed } = await listAll({ sort: "created_DESC", filter: 'staffbase.role eq "admin"' });
    expect(listed.length).toBeGreaterThan(100);
    for (let index = 1; index < listed.length; index++) expect(time(listed[index - 1]?.created)).toBeGreaterThanOrEqual(time(listed[index]?.created));
  });

  it.each(["name_ASC", "created", "created_UP", "lastName_ASC_", "DROP TABLE"])("answers 400 for sort=%s", async (sort) => {
    const body = expectEnvelope(await get(`/api/users?${qs({ sort })}`), 400);
    expect(body.message).toContain("sort");
  });
});

// ---- The documented filter examples -------------------------------------------------------------

/** Seed 004's examples (its lines 2–49), `profile.{fieldID}` instantiated with the mock's fields. */
const DOCUMENTED: { comment: string; filter: string; expected: Predicate }[] = [
  { comment: "Only members of the given group ID", filter: `groups eq "${GROUP}"`, expected: activatedAnd((user) => (user.groupIDs ?? []).includes(GROUP)) },
  { comment: "Only members part of the given space ID", filter: `staffbase.space eq "${SPACE}"`, expected: activatedAnd((user) => (user._mock?.spaceIDs ?? []).includes(SPACE)) },
  { comment: "Only registered admin users", filter: 'staffbase.status eq "activated" and staffbase.role eq "admin"', expected: (user) => user.status === "activated" && roleOf(user) === "admin" },
  {
    comment: "Only users created via CSV import or SSO",
    filter: 'staffbase.creationType eq "csv" or staffbase.creationType eq "sso"',
    expected: activatedAnd((user) => user._mock?.creationType === "csv" || user._mock?.creationType === "sso"),
  },
  { comment: "Custom profile fields", filter: 'profile.department eq "Sales"', expected: activatedAnd((user) => user.profile?.department === "Sales") },
  { comment: "Custom profile fields (string field)", filter: 'profile.costCenter eq "CC-120"', expected: activatedAnd((user) => user.profile?.costCenter === "CC-120") },
  {
    comment: "Only users with primary email or username and Staffbase password",
    filter: "(emails pr or userName pr) and password pr",
    expected: activatedAnd((user) => (hasEmail(user) || hasUserName(user)) && hasPassword(user)),
  },
  {
    comment: "Only access code users (no primary email and username)",
    filter: "(not (emails pr) and not (userName pr) and password pr)",
    expected: activatedAnd((user) => (user.emails ?? []).length === 0 && userNameOf(user) === null && hasPassword(user)),
  },
  { comment: "Only SSO users (identifier, but no Staffbase password)", filter: "(externalId pr and not (password pr))", expected: activatedAnd((user) => hasExternalId(user) && !hasPassword(user)) },
  {
    comment: "All users that were created since day = 2021-01-01, time = 10:00",
    filter: 'created gt "2021-01-01T10:00"',
    expected: activatedAnd((user) => time(user.created) > Date.parse("2021-01-01T10:00:00.000Z")),
  },
  { comment: "All users that were created before day = 2022-01-01", filter: 'created lt "2022-01-01"', expected: activatedAnd((user) => time(user.created) < Date.parse("2022-01-01T00:00:00.000Z")) },
  {
    comment: "All users that were updated since day = 2021-07-07, time = 10:00",
    filter: 'updated gt "2021-07-07T10:00"',
    expected: activatedAnd((user) => time(user.updated) > Date.parse("2021-07-07T10:00:00.000Z")),
  },
  { comment: "All users that were updated before day = 2021-05-24", filter: 'updated lt "2021-05-24"', expected: activatedAnd((user) => time(user.updated) < Date.parse("2021-05-24T00:00:00.000Z")) },
  // A filter on the deactivation time gets no activated default (it would match nobody otherwise).
  {
    comment: "All users that were deactivated since day = 2021-07-07, time = 10:00",
    filter: 'deactivated gt "2021-07-07T10:00"',
    expected: (user) => time(user._mock?.deactivated) > Date.parse("2021-07-07T10:00:00.000Z"),
  },
  { comment: "All users that were deactivated before day = 2021-05-24", filter: 'deactivated lt "2021-05-24"', expected: (user) => time(user._mock?.deactivated) < Date.parse("2021-05-24T00:00:00.000Z") },
];

describe("the documented filter examples (seed 004) against the seeded users", () => {
  it.each(DOCUMENTED)("GET /api/users: $comment — $filter", async ({ filter, expected }) => {
    const ids = expectedIds(expected);
    // Each example selects some users, but not all of them: otherwise it would prove little.
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.length).toBeLessThan(users.length);
    const { total, users: listed } = await listAll({ filter });
    expect(total).toBe(ids.length);
    expect(listed.map((user) => user.id).sort()).toEqual(ids);
  });

  it.each(DOCUMENTED)("GET /api/users/search: $comment — $filter", async ({ filter, expected }) => {
    const ids = expectedIds(expected);
    const { total, entries } = await searchAll({ filter });
    expect(total).toBe(ids.length);
    expect(entries.map((entry) => entry.id as string).sort()).toEqual(ids);
  });

  it("the documentation's URL-encoded example gives the access-code users", async () => {
    const page = await getJson<LegacyPage>("/api/users?filter=(not%20(emails%20pr)%20and%20not%20(userName%20pr)%20and%20password%20pr)&limit=1000");
    const ids = expectedIds(activatedAnd((user) => !hasEmail(user) && !hasUserName(user) && hasPassword(user)));
    expect(page.total).toBe(ids.length);
    expect(page.data.map((user) => user.id).sort()).toEqual(ids);
  });

  it("the activated default: only when the filter says nothing about staffbase.status", async () => {
    const cases: [string, Predicate][] = [
      ['staffbase.role eq "admin"', (user) => isActivated(user) && roleOf(user) === "admin"],
      ['staffbase.role eq "admin" or staffbase.status eq "pending"', (user) => roleOf(user) === "admin" || user.status === "pending"],
      ['not (staffbase.status eq "activated")', (user) => user.status !== "activated"],
      ['staffbase.status eq "contact"', (user) => user.status === "contact"],
      ['staffbase.status eq "deactivated" and deactivated lt "2021-05-24"', (user) => user.status === "deactivated" && time(user._mock?.deactivated) < Date.parse("2021-05-24T00:00:00Z")],
      ['staffbase.role eq "admin" and deactivated gt "2000-01-01"', (user) => roleOf(user) === "admin" && user.status === "deactivated"],
    ];
    for (const [filter, predicate] of cases) {
      const ids = expectedIds(predicate);
      expect(ids.length, filter).toBeGreaterThan(0);
      const { total, users: listed } = await listAll({ filter });
      expect(total, filter).toBe(ids.length);
      expect(listed.map((user) => user.id).sort(), filter).toEqual(ids);
    }
  });

  it("profile values compare case-insensitively, ids exactly", async () => {
    const sales = await listAll({ filter: 'profile.department eq "sales"' });
    expect(sales.total).toBe(expectedIds(activatedAnd((user) => user.profile?.department === "Sales")).length);
    const upper = await getJson<LegacyPage>(`/api/users?${qs({ filter: `groups eq "${GROUP.toUpperCase()}"` })}`);
    expect(upper.total).toBe(0);
  });
});

// ---- Bad filters ----------------------------------------------------------------------------------

describe("bad filters → 400", () => {
  const bad = async (filter: string, path = "/api/users") => {
    const body = expectEnvelope(await get(`${path}?${qs({ filter })}`), 400);
    expect(body).toMatchObject({ type: "BadRequestException", ref: "ERROR_INVALID_FILTER", identifier: 40001 });
    return body;
  };

  it("a syntax error names the position, line and column", async () => {
    const filter = `groups eq "${GROUP}" and`;
    const body = await bad(filter);
    expect(body.details).toMatchObject({ position: filter.length, line: 1, column: filter.length + 1, code: "syntax" });
    expect(body.message).toMatch(/line 1, column 41/);
  });

  it("a syntax error on a later line counts lines and columns from there", async () => {
    const filter = 'staffbase.role eq "admin"\n  and (created gt "2021-01-01"';
    const body = await bad(filter);
    const position = body.details?.position as number;
    expect(position).toBeGreaterThan(filter.indexOf("\n"));
    const before = filter.slice(0, position);
    expect(body.details).toMatchObject({ line: 2, column: position - before.lastIndexOf("\n") });
  });

  it("an unknown attribute is named", async () => {
    const body = await bad('department eq "Sales"');
    expect(body.message).toContain("department");
    expect(body.details).toMatchObject({ code: "unknown-attribute", position: 0, line: 1, column: 1, found: "department" });
  });

  it("a value outside an enum names the allowed values", async () => {
    const role = await bad('staffbase.role eq "boss"');
    for (const value of ["admin", "editor", "moderator", "managingEditor", "reader"]) expect(role.message).toContain(value);
    expect(role.details).toMatchObject({ code: "value-not-allowed", position: 18, found: '"boss"' });
    const status = await bad('staffbase.status eq "Activated"');
    expect(status.message).toContain("activated");
    const creation = await bad('staffbase.creationType eq "import"');
    for (const value of ["csv", "direct", "scim", "sso"]) expect(creation.message).toContain(value);
  });

  it("an unparsable date is refused", async () => {
    for (const filter of ['created gt "2021-13-45"', 'updated lt "yesterday"', 'deactivated gt "30.05.2022"']) {
      const body = await bad(filter);
      expect(body.details, filter).toMatchObject({ code: "invalid-date" });
    }
  });

  it("an operator the attribute does not allow is refused", async () => {
    const profile = await bad('profile.department co "x"');
    expect(profile.message).toContain("eq");
    expect(profile.details).toMatchObject({ code: "operator-not-allowed", found: "co", position: 19 });
    await bad('staffbase.role ne "admin"');
    await bad('staffbase.space ne "5fc7743d3dd910548d350a2a"');
    await bad('created co "2021"');
    await bad('emails co "anna"');
    await bad('userName eq "anna"');
  });

  it("an invalid id is refused", async () => {
    const body = await bad('groups eq "sales"');
    expect(body.details).toMatchObject({ code: "invalid-id" });
  });

  it("search refuses bad filters the same way", async () => {
    await bad('foo eq "x"', "/api/users/search");
    await bad("(groups pr", "/api/users/search");
  });

  it("keeps serving after bad filters", async () => {
    for (const filter of ["(((", '"', "and", 'staffbase.role eq "boss"', "not"]) await bad(filter);
    const page = await getJson<LegacyPage>(`/api/users?${qs({ filter: 'staffbase.role eq "admin"', limit: 1 })}`);
    expect(page.total).toBe(expectedIds(activatedAnd((user) => roleOf(user) === "admin")).length);
  });
});

// ---- Other parameters ---------------------------------------------------------------------------

describe("status= and query=", () => {
  it("status= (legacy) selects the listed statuses when the filter says nothing about status", async () => {
    const pendingOrDeactivated = await listAll({ status: "pending,deactivated" });
    expect(pendingOrDeactivated.users.map((user) => user.id).sort()).toEqual(expectedIds((user) => user.status === "pending" || user.status === "deactivated"));
    const pendingAdmins = await listAll({ status: "pending", filter: 'staffbase.role eq "admin"' });
    expect(pendingAdmins.users.map((user) => user.id).sort()).toEqual(expectedIds((user) => user.status === "pending" && roleOf(user) === "admin"));
    // A status clause in the filter wins over the parameter.
    const activatedAdmins = await listAll({ status: "pending", filter: 'staffbase.status eq "activated" and staffbase.role eq "admin"' });
    expect(activatedAdmins.users.map((user) => user.id).sort()).toEqual(expectedIds((user) => isActivated(user) && roleOf(user) === "admin"));
  });

  it("an unknown status= value is a 400", async () => {
    const body = expectEnvelope(await get("/api/users?status=active"), 400);
    expect(body.message).toContain("active");
  });

  it("query= is a case-insensitive substring over names, e-mails, user names and profile values, combinable with filter", async () => {
    const matches = (user: MockUser, needle: string) =>
      [user.firstName, user.lastName, userNameOf(user), ...(user.emails ?? []).map((email) => email.value), ...Object.values(user.profile ?? {})].some(
        (value) => typeof value === "string" && value.toLowerCase().includes(needle),
      );
    for (const query of ["MÜLLER", "berlin", "anna.", "cc-12"]) {
      const { users: listed } = await listAll({ query });
      const ids = expectedIds(activatedAnd((user) => matches(user, query.toLowerCase())));
      expect(ids.length, query).toBeGreaterThan(0);
      expect(listed.map((user) => user.id).sort(), query).toEqual(ids);
    }
    const combined = await listAll({ query: "berlin", filter: 'staffbase.role eq "admin"' });
    expect(combined.users.map((user) => user.id).sort()).toEqual(expectedIds(activatedAnd((user) => roleOf(user) === "admin" && matches(user, "berlin"))));
  });
});

// ---- Single users -------------------------------------------------------------------------------

describe("GET /api/users/{id}", () => {
  it("returns a user by id, whatever its status, in the legacy shape", async () => {
    const deactivated = users.find((user) => user.status === "deactivated") as MockUser;
    const reply = await get(`/api/users/${deactivated.id}`);
    expect(reply.status).toBe(200);
    expect(reply.json()).toEqual(JSON.parse(JSON.stringify(deactivated)));
  });

  it("returns a user by external id", async () => {
    const sso = users.find((user) => user.externalID?.startsWith("EMP-") === true) as MockUser;
    const body = await getJson<MockUser>(`/api/users/${encodeURIComponent(sso.externalID as string)}`);
    expect(body.id).toBe(sso.id);
  });

  it("returns the v3 shape for the v3 media type", async () => {
    const user = users.find((candidate) => hasEmail(candidate) && hasUserName(candidate)) as MockUser;
    const reply = await get(`/api/users/${user.id}`, { ...AUTH, accept: V3_USER });
    expect(reply.headers["content-type"]).toContain(V3_USER);
    const body = reply.json();
    expect(body).toMatchObject({ id: user.id, email: { value: user.emails?.[0]?.value }, userName: { value: userNameOf(user) }, status: user.status, role: roleOf(user), createdAt: user.created });
    expect(body).not.toHaveProperty("groupIDs");
    expect(body).not.toHaveProperty("_mock");
    expect(body).not.toHaveProperty("profile");
  });

  it("answers 404 in the envelope for an unknown id", async () => {
    const body = expectEnvelope(await get("/api/users/000000000000000000000000"), 404);
    expect(body).toMatchObject({ type: "NotFoundException", ref: "ERROR_NOT_FOUND" });
    expect(body.message).toContain("000000000000000000000000");
  });

  it("answers 400 for an id that is not valid percent-encoding, and keeps serving", async () => {
    expectEnvelope(await get("/api/users/%E0%A4%A"), 400);
    expect((await get("/api/users?limit=1")).status).toBe(200);
  });
});

// ---- /api/users/search --------------------------------------------------------------------------

describe("GET /api/users/search", () => {
  it.each(["0", "1001", "-1", "abc", "2.5"])("answers 400 for limit=%s", async (limit) => {
    const body = expectEnvelope(await get(`/api/users/search?limit=${limit}`, { ...AUTH, accept: SEARCH_V1 }), 400);
    expect(body.message).toContain("limit");
  });

  it("accepts limit 1 and 1000 and defaults to 100", async () => {
    for (const [param, size] of [["limit=1", 1], ["limit=1000", 1000], ["", 100]] as const) {
      const page = await getJson<SearchPage>(`/api/users/search?${param}`, { ...AUTH, accept: SEARCH_V1 });
      expect(page.entries).toHaveLength(size);
    }
  });

  it("pages through all results with the cursor: no duplicates, cursor null at the end", async () => {
    const filter = 'staffbase.role eq "admin" or staffbase.role eq "editor"';
    const ids = expectedIds(activatedAnd((user) => roleOf(user) === "admin" || roleOf(user) === "editor"));
    const { total, entries, pages } = await searchAll({ filter }, 97);
    expect(total).toBe(ids.length);
    expect(pages).toBe(Math.ceil(ids.length / 97));
    const seen = entries.map((entry) => entry.id as string);
    expect(new Set(seen).size).toBe(seen.length);
    expect([...seen].sort()).toEqual(ids);
  });

  it("answers with entries[].data in the v3 shape and the search media type", async () => {
    const reply = await get(`/api/users/search?${qs({ limit: 50, filter: "emails pr" })}`, { ...AUTH, accept: SEARCH_V1 });
    expect(reply.status).toBe(200);
    expect(reply.headers["content-type"]).toContain(SEARCH_V1);
    const page = reply.json<SearchPage>();
    expect(Object.keys(page).sort()).toEqual(["cursor", "entries", "total"]);
    expect(typeof page.cursor).toBe("string");
    for (const { data } of page.entries) {
      const user = byId.get(data.id as string) as MockUser;
      expect(data).toMatchObject({ id: user.id, email: { value: user.emails?.[0]?.value, source: "staffbase" }, status: user.status, role: roleOf(user), createdAt: user.created });
      expect(data.externalId).toBe(user.externalID ?? null);
      expect(data).not.toHaveProperty("groupIDs");
      expect(data).not.toHaveProperty("emails");
      expect(data).not.toHaveProperty("_mock");
      expect(data).not.toHaveProperty("profile");
    }
    const withProfile = await getJson<SearchPage>("/api/users/search?limit=3&includeProfile=true", { ...AUTH, accept: SEARCH_V1 });
    for (const { data } of withProfile.entries) expect(data.profile).toMatchObject({ firstName: byId.get(data.id as string)?.firstName, department: byId.get(data.id as string)?.profile?.department });
  });

  it("allows co/sw/ew/eq on emails, userName and externalId", async () => {
    const lower = (value: string | null | undefined) => (value ?? "").toLowerCase();
    const sso = users.find((user) => isActivated(user) && user.externalID?.startsWith("EMP-") === true) as MockUser;
    const externalId = lower(sso.externalID);
    const cases: [string, Predicate][] = [
      ['emails co "anna"', (user) => (user.emails ?? []).some((email) => lower(email.value).includes("anna"))],
      ['userName sw "ben."', (user) => lower(userNameOf(user)).startsWith("ben.")],
      ['emails ew "7@example.com"', (user) => (user.emails ?? []).some((email) => lower(email.value).endsWith("7@example.com"))],
      [`externalId eq "${externalId}"`, (user) => lower(user.externalID) === externalId],
      ['emails co "anna" or externalId co "anna" or userName co "anna"', (user) => [...(user.emails ?? []).map((email) => email.value), user.externalID, userNameOf(user)].some((value) => lower(value).includes("anna"))],
    ];
    for (const [filter, predicate] of cases) {
      const ids = expectedIds(activatedAnd(predicate));
      expect(ids.length, filter).toBeGreaterThan(0);
      const { total, entries } = await searchAll({ filter });
      expect(total, filter).toBe(ids.length);
      expect(entries.map((entry) => entry.id as string).sort(), filter).toEqual(ids);
    }
  });

  it("finds contact users when asked", async () => {
    const { total } = await searchAll({ filter: 'staffbase.status eq "contact"' });
    expect(total).toBe(expectedIds((user) => user.status === "contact").length);
  });

  it("refuses a cursor it did not issue", async () => {
    expectEnvelope(await get("/api/users/search?cursor=bogus", { ...AUTH, accept: SEARCH_V1 }), 400);
  });
});

// ---- Media types, methods, paths, limits --------------------------------------------------------

describe("media types, methods and paths", () => {
  it("v3 Accept on GET /api/users with filter or query → 400 pointing to /users/search", async () => {
    for (const param of [qs({ filter: 'staffbase.role eq "admin"' }), "query=anna"]) {
      const body = expectEnvelope(await get(`/api/users?${param}`, { ...AUTH, accept: V3_USER }), 400);
      expect(body.message).toContain("/users/search");
    }
  });

  it("v3 Accept on GET /api/users without a filter lists v3 users", async () => {
    const page = await getJson<LegacyPage & { data: Record<string, unknown>[] }>("/api/users?limit=5", { ...AUTH, accept: V3_USER });
    expect(page.data).toHaveLength(5);
    for (const user of page.data) {
      expect(typeof user.role).toBe("string");
      expect(user).toHaveProperty("createdAt");
      expect(user).not.toHaveProperty("groupIDs");
    }
  });

  it("no Accept, */* and application/json give the legacy shape", async () => {
    for (const accept of ["*/*", "application/json", "application/json, text/plain, */*"]) {
      const page = await getJson<LegacyPage>("/api/users?limit=1", { ...AUTH, accept });
      expect(page.data[0]).toHaveProperty("groupIDs");
      expect(page.data[0]?.role).toEqual({ type: expect.any(String) as unknown });
    }
  });

  it("an unknown application/vnd.staffbase.* Accept → 406", async () => {
    for (const accept of ["application/vnd.staffbase.accessors.user.v9+json", "application/vnd.staffbase.accessors.groups-search.v1+json"]) {
      const body = expectEnvelope(await get("/api/users", { ...AUTH, accept }), 406);
      expect(body.message).toContain(accept);
    }
  });

  it.each(["POST", "PUT", "PATCH", "DELETE"])("%s → 405 with Allow: GET", async (method) => {
    for (const path of ["/api/users", `/api/users/${users[0]?.id ?? ""}`, "/api/users/search"]) {
      const reply = await send(base, path, { method, headers: { ...AUTH, "content-type": "application/json" }, body: "{}" });
      expectEnvelope(reply, 405);
      expect(reply.headers.allow).toBe("GET");
    }
  });

  it.each(["/", "/api", "/api/groups", "/api/users/a/b", "/api/users/search/more", "/users", "/api/user"])("unknown path %s → 404", async (path) => {
    const body = expectEnvelope(await get(path), 404);
    expect(body.type).toBe("NotFoundException");
  });

  it("checks credentials before anything else: an unknown path or method without them → 401", async () => {
    for (const path of ["/api/groups", "/api/users/a/b"]) expectEnvelope(await send(base, path, { method: "GET", headers: {} }), 401);
    expectEnvelope(await send(base, "/api/users", { method: "DELETE", headers: {} }), 401);
  });

  it("a request line over 8 KB → 414", async () => {
    const filter = `groups eq "${GROUP}"${' or groups eq "604fab5e830203614e6fa5a1"'.repeat(220)}`;
    const path = `/api/users?${qs({ filter })}`;
    expect(path.length).toBeGreaterThan(8 * 1024);
    expectEnvelope(await get(path), 414);
    expect((await get("/api/users?limit=1")).status).toBe(200);
  });

  it("a request target no URL parser accepts does not take the server down", async () => {
    expect(await sendRaw(base, "GET //[ HTTP/1.1")).toMatch(/^HTTP\/1\.1 4\d\d/);
    expect(await sendRaw(base, "GET //x:99999/api/users HTTP/1.1")).toMatch(/^HTTP\/1\.1 4\d\d/);
    expect((await get("/api/users?limit=1")).status).toBe(200);
  });
});

describe("rate limit simulation", () => {
  it("answers 429 with Retry-After once the per-minute budget is used, in the envelope", async () => {
    const limited = createServer(createMockUsersApi({ users: users.slice(0, 20), token: TOKEN, rateLimitPerMinute: 3 }));
    const limitedBase = await listen(limited);
    try {
      for (let index = 0; index < 3; index++) expect((await send(limitedBase, "/api/users?limit=1", { headers: AUTH })).status).toBe(200);
      const reply = await send(limitedBase, "/api/users?limit=1", { headers: AUTH });
      const body = expectEnvelope(reply, 429);
      expect(body).toMatchObject({ type: "TooManyRequestsException", ref: "ERROR_TOO_MANY_REQUESTS" });
      const retryAfter = Number(reply.headers["retry-after"]);
      expect(Number.isInteger(retryAfter)).toBe(true);
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      expect(retryAfter).toBeLessThanOrEqual(60);
    } finally {
      await close(limited);
    }
  });

  it("is off by default", async () => {
    for (let index = 0; index < 30; index++) expect((await get("/api/users?limit=0")).status).toBe(200);
  });
});
