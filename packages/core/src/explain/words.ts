// Names and values in the words an explanation uses.
import type { AttributePath } from "../ast.js";
import type { AttributeSchema } from "../schema/types.js";
import type { ExplanationNode, ExplanationResult } from "./types.js";

/** Whose attribute a comparison reads: the user's, or (inside a value path) one entry's. */
export type Subject = "user" | "entry";

const MAX_LISTED = 5;
/** A value longer than this is cut in a sentence (the explanation's `actual` keeps it whole). */
const MAX_VALUE_CHARACTERS = 200;

/** The attribute as a sentence names it: the schema's label ("role"), else the path as written. */
export function attributeName(attribute: AttributePath, schema: AttributeSchema | undefined): string {
  const label = schema?.label;
  if (label === undefined || label === "") return attribute.path;
  // Keep acronyms and field ids as they are ("URL", "ID"); lower-case an ordinary first word.
  const second = label.charAt(1);
  return second !== "" && second === second.toUpperCase() && second !== second.toLowerCase() ? label : label.charAt(0).toLowerCase() + label.slice(1);
}

function shortened(text: string): string {
  return text.length <= MAX_VALUE_CHARACTERS ? text : `${text.slice(0, MAX_VALUE_CHARACTERS)}…`;
}

/** A user's value: plain words as they are, anything else as JSON; long values cut. */
export function valueWords(value: unknown): string {
  if (typeof value === "string" && /^[^\s"]+$/.test(value)) return shortened(value);
  let json: string | undefined;
  try {
    json = JSON.stringify(value);
  } catch {
    // JSON.stringify recurses: an object nested thousands of levels deep is still a value the user has.
    return "(a value nested too deeply to show)";
  }
  return shortened(json ?? String(value));
}

/** "a", "a and b", "a, b and c" (at most a few, then how many more). */
export function listWords(values: readonly unknown[]): string {
  const words = values.slice(0, MAX_LISTED).map(valueWords);
  if (values.length > MAX_LISTED) words.push(`${values.length - MAX_LISTED} more`);
  const last = words.pop() ?? "";
  return words.length === 0 ? last : `${words.join(", ")} and ${last}`;
}

export function possessive(subject: Subject): string {
  return subject === "user" ? "the user's" : "this entry's";
}

export function holder(subject: Subject): string {
  return subject === "user" ? "the user object" : "this entry";
}

export function verdict(result: ExplanationResult): string {
  return result === "unknown" ? "unknown" : String(result);
}

/** How the evaluator counts an unknown node. */
export function counted(matched: boolean): string {
  return `counts as ${matched ? "met" : "not met"}`;
}

/** A node as another node's reason names it: an implicit clause by its label, others by their text. */
export function nodeName(node: ExplanationNode): string {
  return node.label ?? node.text;
}

export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}
