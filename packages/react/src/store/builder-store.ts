import type { Diagnostic, Filter, FilterSchema, FilterValue, Operator, ParsedText, ParseResult, Suggestion } from "@scim-filter/core";
import { checkSchema, FilterSyntaxError, formatFilter, isValid, reparseFilter, tryParseFilter, valuePathSchema } from "@scim-filter/core";
import { createStore } from "zustand/vanilla";
import { filterToDraft } from "../model/draft.js";
import {
  createTree,
  duplicateNode,
  emptyRule,
  indentNode,
  insertNode,
  moveNode,
  nodeOfKind,
  outdentNode,
  removeNode,
  replaceChildren,
  updateNode,
} from "../model/operations.js";
import { reconcile } from "../model/reconcile.js";
import type { GroupNode, IdFactory, NodeId, RuleNode, Tree } from "../model/types.js";
import { valuePathGroupOf } from "../model/value-path.js";
import type { Derived, ExplanationForText, ExternalDiagnostics, ShownText } from "./derive.js";
import { derive } from "./derive.js";
import { attributeOf, fieldSchemaOf, schemaInside, valuePathAttributes } from "./node-schema.js";

const HISTORY_LIMIT = 200;

interface Snapshot {
  tree: Tree;
  textDraft: string;
}

/** What changed last, for the live region and for moving focus. */
export interface BuilderEvent {
  type: "add" | "remove" | "duplicate" | "move" | "indent" | "outdent" | "edit" | "text" | "undo" | "redo" | "load";
  /** The node focus should go to next, if any. */
  focus: NodeId | null;
  /** Increases with every event, so equal events still notify. */
  seq: number;
}

export interface BuilderActions {
  /** Replaces the filter from text. Invalid text is kept in the text view with its error; the tree keeps its last valid state. */
  setText: (text: string) => void;
  /** Loads a filter (text or AST) as a new starting point, e.g. a preset. */
  load: (filter: Filter | string) => void;
  addRule: (groupId?: NodeId, field?: string) => NodeId;
  addGroup: (groupId?: NodeId) => NodeId;
  /**
   * Adds a value path `attribute[…]` (default: the schema's first attribute with sub-attributes) with one
   * empty rule. Returns its id, or null when refused: no such attribute, or the group is inside a value path.
   */
  addValuePath: (groupId?: NodeId, attribute?: string) => NodeId | null;
  /** Changes a value path's attribute; its children are replaced by one empty rule (their fields meant the old one). */
  setValuePath: (groupId: NodeId, attribute: string) => void;
  remove: (id: NodeId) => void;
  duplicate: (id: NodeId) => NodeId;
  move: (id: NodeId, delta: -1 | 1) => void;
  indent: (id: NodeId) => void;
  outdent: (id: NodeId) => void;
  setCombinator: (groupId: NodeId, combinator: "and" | "or") => void;
  toggleNot: (groupId: NodeId) => void;
  setField: (ruleId: NodeId, field: string) => void;
  setOperator: (ruleId: NodeId, operator: Operator) => void;
  setValue: (ruleId: NodeId, value: FilterValue) => void;
  /** Applies a fix from a node's diagnostic (spans relative to the node; null for whole-text spans). */
  applySuggestion: (nodeId: NodeId | null, suggestion: Suggestion) => void;
  undo: () => void;
  redo: () => void;
  /** Judges the filter by another schema; one with the same content (a new but equal object) changes nothing. */
  setSchema: (schema: FilterSchema | undefined) => void;
  /** Shows diagnostics from elsewhere (e.g. the server's 400) for the given text, until the text changes. */
  setExternalDiagnostics: (external: ExternalDiagnostics | null) => void;
  /** Shows an explanation (explainFilter) of the given text at its rules, while the shown text is that text. */
  setExplanation: (explanation: ExplanationForText | null) => void;
  /**
   * Returns the value — tree, text and history — to what it was in an earlier state, as if the edits
   * since had not happened: how a controlled builder drops an edit its parent did not take.
   */
  revert: (to: ValueCheckpoint) => void;
}

export interface BuilderState {
  schema: FilterSchema | undefined;
  external: ExternalDiagnostics | null;
  explanation: ExplanationForText | null;
  tree: Tree;
  derived: Derived;
  /** What the text view shows: the canonical text after tree edits, the user's own text while typing. */
  textDraft: string;
  /** The syntax error of `textDraft`, or null when it parses. */
  textError: FilterSyntaxError | null;
  /** The text last reported through onChange, to tell the builder's own echo from a new controlled value. */
  lastEmitted: string | null;
  past: Snapshot[];
  future: Snapshot[];
  event: BuilderEvent;
  actions: BuilderActions;
}

/** The parts of a state that make up the value and its history, to return to (actions.revert): any earlier state. */
export type ValueCheckpoint = Pick<BuilderState, "tree" | "textDraft" | "textError" | "lastEmitted" | "past" | "future">;

export interface BuilderStoreOptions {
  schema?: FilterSchema | undefined;
  initial?: Filter | string | undefined;
  /** Prefix for node ids; each builder instance gets its own. */
  idPrefix?: string;
}

export type BuilderStore = ReturnType<typeof createBuilderStore>;

function initialText(initial: Filter | string | undefined): string {
  if (initial === undefined) return "";
  return typeof initial === "string" ? initial : formatFilter(initial);
}

function defaultOperator(schema: FilterSchema | undefined, field: string): Operator {
  return attributeOf(schema, field)?.operators[0]?.operator ?? "eq";
}

function defaultValue(schema: FilterSchema | undefined, field: string, operator: Operator): FilterValue {
  if (operator === "pr") return null;
  return attributeOf(schema, field)?.type === "boolean" ? true : "";
}

/** The text the user sees when it is a valid spelling of the tree's filter: it parses and is not empty. */
function validShownText(state: Pick<BuilderState, "textDraft" | "textError">): string | undefined {
  return state.textError === null && state.textDraft.trim() !== "" ? state.textDraft : undefined;
}

/** The parse of `text`, an edit of `shown` when that is known: only the edited clause is parsed again. */
function parseEdit(shown: ParsedText | null, text: string): ParseResult {
  if (shown === null) return tryParseFilter(text);
  try {
    return { ok: true, filter: reparseFilter(shown, text) };
  } catch (error) {
    if (error instanceof FilterSyntaxError) return { ok: false, error };
    throw error;
  }
}

/** One builder's state: a vanilla zustand store, so every builder instance has its own. */
export function createBuilderStore(options: BuilderStoreOptions = {}) {
  let counter = 0;
  const prefix = options.idPrefix ?? "n";
  const newId: IdFactory = () => `${prefix}${(counter += 1).toString(36)}`;
  let seq = 0;
  const event = (type: BuilderEvent["type"], focus: NodeId | null = null): BuilderEvent => ({ type, focus, seq: (seq += 1) });

  // A hand-written schema of the wrong shape fails here, naming the bad part (SchemaError).
  checkSchema(options.schema);
  // The schema's content, serialized once per schema taken (not again for every schema offered after it).
  let schemaContent = JSON.stringify(options.schema);
  const text = initialText(options.initial);
  const parsed = text.trim() === "" ? null : tryParseFilter(text);
  const tree = parsed?.ok === true ? reconcile(filterToDraft(parsed.filter, options.schema), null, newId) : createTree(newId);
  const derived = derive(tree, options.schema, null, parsed?.ok === true ? text : undefined);

  return createStore<BuilderState>()((set, get) => {
    /** Commits a new tree from a builder edit: history, canonical text, derived data, onChange. */
    /** The rule whose value is being typed: a run of keystrokes in one value box is one undo step. */
    let typingIn: NodeId | null = null;

    // Derived data for a tree with the state's schema, external diagnostics and explanation.
    const rederive = (state: BuilderState, next: Tree, shown?: ShownText) => derive(next, state.schema, state.derived, shown, state.external, state.explanation);

    const commitTree = (next: Tree, type: BuilderEvent["type"], focus: NodeId | null = null, typing: NodeId | null = null) => {
      const state = get();
      if (next === state.tree) return;
      const continuesTyping = typing !== null && typing === typingIn && state.event.type === "edit";
      typingIn = typing;
      const nextDerived = rederive(state, next);
      set({
        tree: next,
        derived: nextDerived,
        textDraft: nextDerived.text,
        textError: null,
        past: continuesTyping ? state.past : [...state.past, { tree: state.tree, textDraft: state.textDraft }].slice(-HISTORY_LIMIT),
        future: [],
        event: event(type, focus),
        lastEmitted: nextDerived.text,
      });
    };

    // Returns the value to a tree and text with their history: undo, redo, and a controlled builder's revert.
    const returnTo = ({ tree, textDraft, textError, lastEmitted, past, future }: ValueCheckpoint, type: BuilderEvent["type"]) => {
      typingIn = null;
      // Derived again: the schema, external diagnostics or explanation may have changed since.
      const derived = rederive(get(), tree, validShownText({ textDraft, textError }));
      set({ tree, derived, textDraft, textError, past, future, event: event(type), lastEmitted: lastEmitted ?? derived.text });
    };

    const restore = (snapshot: Snapshot, type: "undo" | "redo") => {
      const state = get();
      const result = tryParseFilter(snapshot.textDraft);
      const textError = result.ok || snapshot.textDraft.trim() === "" ? null : result.error;
      const current: Snapshot = { tree: state.tree, textDraft: state.textDraft };
      returnTo(
        {
          ...snapshot,
          textError,
          lastEmitted: validShownText({ textDraft: snapshot.textDraft, textError }) ?? null,
          past: type === "undo" ? state.past.slice(0, -1) : [...state.past, current],
          future: type === "redo" ? state.future.slice(1) : [current, ...state.future],
        },
        type,
      );
    };

    // New external diagnostics or a new explanation: the same tree and text, derived again.
    const setAnnotations = (patch: Pick<BuilderState, "external"> | Pick<BuilderState, "explanation">) => {
      const state = { ...get(), ...patch };
      set({ ...patch, derived: rederive(state, state.tree, validShownText(state)) });
    };

    // A new group (or value path) with one empty rule. Focus goes to the rule: choosing its field is the next thing to do.
    const addGroupWithRule = (parentId: NodeId, fields: Pick<GroupNode, "combinator" | "valuePath">): NodeId => {
      const id = newId();
      const ruleId = newId();
      const withGroup = insertNode(get().tree, parentId, { kind: "group", id, not: false, children: [], ...fields });
      commitTree(insertNode(withGroup, id, emptyRule(ruleId)), "add", ruleId);
      return id;
    };

    // The node an action is for, of the kind it needs: else a BuilderNodeError, before anything changes.
    const rule = (id: NodeId): RuleNode => nodeOfKind(get().tree, id, "rule");
    const group = (id: NodeId): GroupNode => nodeOfKind(get().tree, id, "group");

    // The next sibling, else the previous one, else the group left empty (the root included: it stays).
    const focusAfterRemoval = (id: NodeId): NodeId => {
      const { tree } = get();
      const parentId = tree.parents[id];
      const siblings = parentId === undefined ? [] : (tree.nodes[parentId] as GroupNode).children;
      const index = siblings.indexOf(id);
      return siblings[index + 1] ?? siblings[index - 1] ?? parentId ?? tree.rootId;
    };

    const actions: BuilderActions = {
      setText: (input) => {
        typingIn = null;
        const state = get();
        // An edit of the valid text shown so far re-parses only the clause it touches (reparseFilter).
        const shown = state.textError === null && state.derived.filter !== null ? { text: state.derived.source, filter: state.derived.filter } : null;
        const result = input.trim() === "" ? null : parseEdit(shown, input);
        if (result !== null && !result.ok) {
          set({ textDraft: input, textError: result.error });
          return;
        }
        const next = reconcile(filterToDraft(result?.filter ?? null, state.schema), state.tree, newId);
        const nextDerived = rederive(state, next, result === null ? undefined : { text: input, filter: result.filter });
        // A run of typing is one undo step: only its first change records history. The half-typed
        // (invalid) text before it is not worth restoring: undo goes back to the last valid text.
        const typing = state.event.type === "text";
        const before = state.textError === null ? state.textDraft : (state.lastEmitted ?? state.derived.text);
        set({
          tree: next,
          derived: nextDerived,
          textDraft: input,
          textError: null,
          past: typing ? state.past : [...state.past, { tree: state.tree, textDraft: before }].slice(-HISTORY_LIMIT),
          future: [],
          event: typing ? state.event : event("text"),
          lastEmitted: input,
        });
        },
      load: (filter) => {
        actions.setText(initialText(filter));
        set({ event: event("load") });
      },
      addRule: (groupId, field = "") => {
        const state = get();
        const parentId = group(groupId ?? state.tree.rootId).id;
        const id = newId();
        const schema = schemaInside(state.tree, state.schema, parentId);
        const inserted: RuleNode = { ...emptyRule(id, field), operator: defaultOperator(schema, field) };
        inserted.value = defaultValue(schema, field, inserted.operator);
        commitTree(insertNode(state.tree, parentId, inserted), "add", id);
        return id;
      },
      addGroup: (groupId) => {
        const parent = group(groupId ?? get().tree.rootId);
        return addGroupWithRule(parent.id, { combinator: parent.combinator === "and" ? "or" : "and" });
      },
      addValuePath: (groupId, attribute) => {
        const state = get();
        const parentId = groupId ?? state.tree.rootId;
        const path = attribute ?? valuePathAttributes(state.schema)[0]?.path;
        // One level deep (RFC 7644): no value path inside another.
        if (path === undefined || state.schema === undefined || valuePathSchema(state.schema, path) === null || valuePathGroupOf(state.tree, parentId) !== null) return null;
        return addGroupWithRule(parentId, { combinator: "and", valuePath: path });
      },
      setValuePath: (groupId, attribute) => {
        const state = get();
        const current = state.tree.nodes[groupId];
        if (current?.kind !== "group" || current.valuePath === undefined || state.schema === undefined) return;
        // The same attribute however written (one schema object per attribute): nothing changes.
        const inner = valuePathSchema(state.schema, attribute);
        if (inner === null || inner === valuePathSchema(state.schema, current.valuePath)) return;
        const renamed = updateNode<GroupNode>(state.tree, groupId, { valuePath: attribute });
        commitTree(replaceChildren(renamed, groupId, emptyRule(newId())), "edit");
      },
      remove: (id) => {
        const focus = focusAfterRemoval(id);
        commitTree(removeNode(get().tree, id), "remove", focus);
      },
      duplicate: (id) => {
        const result = duplicateNode(get().tree, id, newId);
        commitTree(result.tree, "duplicate", result.id);
        return result.id;
      },
      move: (id, delta) => commitTree(moveNode(get().tree, id, delta), "move", id),
      indent: (id) => commitTree(indentNode(get().tree, id, newId), "indent", id),
      outdent: (id) => commitTree(outdentNode(get().tree, id), "outdent", id),
      setCombinator: (groupId, combinator) => {
        group(groupId);
        commitTree(updateNode<GroupNode>(get().tree, groupId, { combinator }), "edit");
      },
      toggleNot: (groupId) => commitTree(updateNode<GroupNode>(get().tree, groupId, { not: !group(groupId).not }), "edit"),
      setField: (ruleId, field) => {
        const state = get();
        const current = rule(ruleId);
        // Inside a value path the field is a sub-attribute of its attribute.
        const schema = fieldSchemaOf(state.tree, state.schema, ruleId);
        const before = attributeOf(schema, current.field);
        const after = attributeOf(schema, field);
        // The same kind of field (created → updated, or the id of a custom profile field being typed)
        // keeps operator and value; another kind starts from its own default operator.
        const sameKind =
          schema === undefined ||
          after === null ||
          (before !== null && before.type === after.type && after.operators.some((option) => option.operator === current.operator));
        const operator = sameKind && current.field !== "" ? current.operator : defaultOperator(schema, field);
        const keepValue = sameKind && current.field !== "" && after?.type !== "enum";
        const value = keepValue ? current.value : defaultValue(schema, field, operator);
        commitTree(updateNode<RuleNode>(state.tree, ruleId, { field, operator, value }), "edit");
      },
      setOperator: (ruleId, operator) => {
        const state = get();
        const current = rule(ruleId);
        const schema = fieldSchemaOf(state.tree, state.schema, ruleId);
        const value = operator === "pr" ? null : current.operator === "pr" ? defaultValue(schema, current.field, operator) : current.value;
        commitTree(updateNode<RuleNode>(state.tree, ruleId, { operator, value }), "edit");
      },
      setValue: (ruleId, value) => {
        const typing = typeof value === "string" && typeof rule(ruleId).value === "string" ? ruleId : null;
        commitTree(updateNode<RuleNode>(get().tree, ruleId, { value }), "edit", null, typing);
      },
      applySuggestion: (nodeId, suggestion) => {
        const state = get();
        const base = nodeId === null ? 0 : (state.derived.nodeSpans.get(nodeId)?.start ?? 0);
        // The text the spans point into (not the text view's invalid draft, nor the canonical text).
        const { source } = state.derived;
        const start = base + suggestion.span.start;
        const end = base + suggestion.span.end;
        set({ event: event("edit") });
        actions.setText(`${source.slice(0, start)}${suggestion.text}${source.slice(end)}`);
      },
      undo: () => {
        const snapshot = get().past.at(-1);
        if (snapshot !== undefined) restore(snapshot, "undo");
      },
      redo: () => {
        const snapshot = get().future[0];
        if (snapshot !== undefined) restore(snapshot, "redo");
      },
      setExternalDiagnostics: (external) => setAnnotations({ external }),
      setExplanation: (explanation) => setAnnotations({ explanation }),
      revert: (to) => returnTo(to, "edit"),
      setSchema: (schema) => {
        // Compared by content: a schema built anew in each render (withProfileFields(…) in a component) is
        // no change. Functions (an attribute's `read`) are left out: the builder never evaluates.
        const content = JSON.stringify(checkSchema(schema));
        if (content === schemaContent) return;
        schemaContent = content;
        const state = { ...get(), schema };
        const result = state.textDraft.trim() === "" ? null : tryParseFilter(state.textDraft);
        const filter = result?.ok === true ? result.filter : null;
        const next = filter === null ? state.tree : reconcile(filterToDraft(filter, schema), state.tree, newId);
        set({ schema, tree: next, derived: rederive(state, next, filter === null ? undefined : state.textDraft) });
      },
    };

    return {
      schema: options.schema,
      external: null,
      explanation: null,
      tree,
      derived,
      textDraft: text,
      textError: parsed !== null && !parsed.ok ? parsed.error : null,
      lastEmitted: text,
      past: [],
      future: [],
      event: event("load"),
      actions,
    };
  });
}

/** Diagnostics of a node, with spans relative to the node. */
export function selectNodeDiagnostics(state: BuilderState, id: NodeId): readonly Diagnostic[] | undefined {
  return state.derived.nodeDiagnostics[id];
}

/** No syntax error in the text and no error diagnostic (warnings allowed). */
export function isBuilderValid(state: BuilderState): boolean {
  return state.textError === null && isValid(state.derived.diagnostics);
}
