// The one-sentence reason of each explanation node: `<text> — <result>: <why>`.
import type { CompareFilter } from "../ast.js";
import { formatValue } from "../format/value.js";
import type { ExplanationNode, ExplanationResult } from "./types.js";
import type { Subject } from "./words.js";
import { counted, holder, listWords, nodeName, plural, possessive, verdict } from "./words.js";

function sentence(head: string, result: ExplanationResult, why: string): string {
  return `${head} — ${verdict(result)}: ${why}`;
}

/** What a comparison or presence test saw. */
export interface LeafFacts {
  /** The node's text, or an implicit clause's label. */
  head: string;
  /** The attribute in words. */
  name: string;
  subject: Subject;
  result: ExplanationResult;
  matched: boolean;
  /** The values compared; `undefined` when the reader found nothing. */
  values: readonly unknown[] | undefined;
  /** A presence test (`pr`). */
  presence?: boolean;
  /** Set when no user can match the comparison, whatever their values. */
  impossible?: CompareFilter;
}

function impossibility(filter: CompareFilter, name: string): string {
  if (filter.value === null) return `only eq and ne compare with null, so no user matches`;
  return `${name} cannot be compared with ${formatValue(filter.value)} by ${filter.operator}, so no user matches`;
}

export function leafReason(facts: LeafFacts): string {
  const { head, name, subject, result, matched, values } = facts;
  if (facts.impossible !== undefined) return sentence(head, result, impossibility(facts.impossible, name));
  if (values === undefined) return sentence(head, result, `${holder(subject)} has no ${name} (${counted(matched)})`);
  if (values.length === 0) return sentence(head, result, `${subject === "user" ? "the user has" : "this entry has"} no ${name}`);
  // A fact the schema reads as a flag (password, recovery code): its value says nothing more.
  if (values.every((value) => value === true) && facts.presence === true) return sentence(head, result, `${possessive(subject)} ${name} is set`);
  if (values.length === 1) return sentence(head, result, `${possessive(subject)} ${name} is ${listWords(values)}`);
  return sentence(head, result, `${possessive(subject)} ${name} values are ${listWords(values)}`);
}

function unknownParts(children: readonly ExplanationNode[], matched: boolean): string {
  const unknown = children.filter((child) => child.result === "unknown").length;
  return `${plural(unknown, "condition", "conditions")} of ${children.length} cannot be decided for this user (${counted(matched)})`;
}

export function logicalReason(kind: "and" | "or", head: string, result: ExplanationResult, matched: boolean, children: readonly ExplanationNode[]): string {
  if (result === "unknown") return sentence(head, result, unknownParts(children, matched));
  if (kind === "and") {
    const failed = children.find((child) => child.result === false);
    return sentence(head, result, failed === undefined ? (children.length === 2 ? "both conditions are met" : `all ${children.length} conditions are met`) : `${nodeName(failed)} is not met`);
  }
  const met = children.find((child) => child.result === true);
  return sentence(head, result, met === undefined ? (children.length === 2 ? "neither condition is met" : `none of the ${children.length} conditions is met`) : `${nodeName(met)} is met`);
}

export function notReason(head: string, result: ExplanationResult, matched: boolean, child: ExplanationNode): string {
  if (result === "unknown") return sentence(head, result, `${nodeName(child)} cannot be decided for this user (${counted(matched)})`);
  return sentence(head, result, `${nodeName(child)} is ${result ? "not met" : "met"}`);
}

/** What a value path saw: its elements (`undefined` when the reader found nothing) and each one's evaluation. */
export interface ValuePathFacts {
  head: string;
  name: string;
  subject: Subject;
  result: ExplanationResult;
  matched: boolean;
  elements: readonly unknown[] | undefined;
  children: readonly ExplanationNode[];
}

export function valuePathReason(facts: ValuePathFacts): string {
  const { head, name, subject, result, matched, elements, children } = facts;
  if (elements === undefined) return sentence(head, result, `${holder(subject)} has no ${name} (${counted(matched)})`);
  if (elements.length === 0) return sentence(head, result, `${subject === "user" ? "the user has" : "this entry has"} no ${name}`);
  const entries = plural(elements.length, "entry", "entries");
  const met = children.findIndex((child) => child.result === true);
  if (met !== -1) return sentence(head, result, `${name} entry ${met + 1} of ${elements.length} meets the condition`);
  if (result === "unknown") {
    const unknown = children.filter((child) => child.result === "unknown").length;
    return sentence(head, result, `no ${name} entry meets the condition for certain; ${unknown} of ${entries} cannot be decided (${counted(matched)})`);
  }
  return sentence(head, result, `none of ${possessive(subject)} ${entries} for ${name} meets the condition`);
}
