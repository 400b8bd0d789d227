// Throughput of the demo's embedded GET /api/users over 5,000 and 100,000 seeded users for the documented
// example filters, in-process (no sockets), and the share of that time spent filtering.
import type { IncomingMessage, ServerResponse } from "node:http";
import { compileFilter } from "@scim-filter/core";
import { createMockUsersApi } from "../../../../apps/demo/server/mock/users-api.js";
import { legacySchema } from "../../../../apps/demo/server/mock/schemas.js";
import { seedUsers } from "../../../../apps/demo/server/mock/seed.js";
import { STAFFBASE_EXAMPLES } from "../inputs.js";
import { opsPerSecond } from "../measure.js";

export interface MockApiRow {
  users: number;
  filter: string;
  total: number;
  queriesPerSecond: number;
  /** Time spent evaluating the filter over all users, as a share of the request's time. */
  filteringShare: number;
}

const TOKEN = "YmVuY2g6YmVuY2g=";

function fakeExchange(url: string): { request: IncomingMessage; response: ServerResponse; body: () => string } {
  let body = "";
  const request = { url, method: "GET", headers: { authorization: `Basic ${TOKEN}`, accept: "application/json" } } as unknown as IncomingMessage;
  const response = {
    writeHead: () => response,
    end: (text: string) => {
      body = text;
    },
  } as unknown as ServerResponse;
  return { request, response, body: () => body };
}

export function runMockApiSuite(options: { quick: boolean }): MockApiRow[] {
  const sizes = options.quick ? [200] : [5000, 100_000];
  const timing = options.quick ? { roundMs: 5, rounds: 1 } : { roundMs: 200, rounds: 3 };
  const filters = options.quick ? STAFFBASE_EXAMPLES.slice(0, 2) : STAFFBASE_EXAMPLES;
  const rows: MockApiRow[] = [];
  for (const count of sizes) {
    const users = seedUsers(count);
    const handle = createMockUsersApi({ users, token: TOKEN });
    for (const filter of filters) {
      const url = `/api/users?limit=100&filter=${encodeURIComponent(filter)}`;
      const probe = fakeExchange(url);
      handle(probe.request, probe.response);
      const total = (JSON.parse(probe.body()) as { total: number }).total;
      const queriesPerSecond = opsPerSecond(() => {
        const exchange = fakeExchange(url);
        handle(exchange.request, exchange.response);
      }, timing);
      const matches = compileFilter(filter, legacySchema);
      const filtersPerSecond = opsPerSecond(() => {
        users.filter((user) => matches(user));
      }, timing);
      rows.push({ users: count, filter, total, queriesPerSecond, filteringShare: Math.min(1, queriesPerSecond / filtersPerSecond) });
    }
  }
  return rows;
}
