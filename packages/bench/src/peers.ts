// The parsers people would pick instead, behind one signature: parse a filter or throw.
import { parseFilter } from "@scim-filter/core";
import scimQueryFilterParser from "scim-query-filter-parser";
import { parse as scim2ParseFilter } from "scim2-parse-filter";
import SCIMMY from "scimmy";

export interface Parser {
  name: string;
  parse: (text: string) => unknown;
  /** What the result offers: spans and precise errors, or less. */
  note: string;
}

export const OURS: Parser = { name: "@scim-filter/core", parse: parseFilter, note: "AST with spans, errors with position/expected/found" };

export const PEERS: Parser[] = [
  { name: "scim2-parse-filter", parse: scim2ParseFilter, note: "AST, no spans" },
  { name: "scim-query-filter-parser", parse: (text) => scimQueryFilterParser.compileFilter(text), note: "compiles a predicate, no AST" },
  { name: "scimmy", parse: (text) => new SCIMMY.Types.Filter(text), note: "expression object, no spans" },
];
