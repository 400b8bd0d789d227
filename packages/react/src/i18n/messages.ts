/** Every word the builder shows or announces. Pass a partial dictionary to translate or reword it. */
export interface BuilderMessages {
  builderLabel: string;
  rootGroup: string;
  group: (position: string) => string;
  /** A value path `emails[…]` as a group: its position and the attribute's label ("Emails"). */
  valuePath: (position: string, attribute: string) => string;
  /** The picker of a value path's attribute, and the word between it and the conditions ("Emails where …"). */
  valuePathAttributeLabel: (group: string) => string;
  valuePathWhere: string;
  rule: (position: string, summary: string) => string;
  combinatorLabel: (group: string) => string;
  combinatorAnd: string;
  combinatorOr: string;
  notLabel: (group: string) => string;
  addRule: (group: string) => string;
  addGroup: (group: string) => string;
  addValuePath: (group: string) => string;
  /** The visible text of the add and NOT buttons; their accessible names (above) must contain it. */
  addRuleText: string;
  addGroupText: string;
  addValuePathText: string;
  notText: string;
  removeNode: (node: string) => string;
  duplicateNode: (node: string) => string;
  moveUp: (node: string) => string;
  moveDown: (node: string) => string;
  indent: (node: string) => string;
  outdent: (node: string) => string;
  /** The menu button that holds a node's secondary actions (move, indent, outdent, duplicate). */
  moreActions: (node: string) => string;
  /** The visible words of those actions in the menu (their accessible names are the ones above). */
  moveUpText: string;
  moveDownText: string;
  outdentText: string;
  indentText: string;
  duplicateText: string;
  fieldLabel: (rule: string) => string;
  fieldPlaceholder: string;
  operatorLabel: (rule: string) => string;
  valueLabel: (rule: string) => string;
  valuePlaceholder: string;
  /** The switch between a date and a date with time: its visible text, and its name for one rule. */
  dateTimeToggle: string;
  dateTimeToggleLabel: (rule: string) => string;
  emptyGroup: string;
  unfinishedRule: string;
  rawRule: (reason: "valuePath" | "unknownAttribute") => string;
  rawRuleLabel: (rule: string) => string;
  /** An explanation's verdict on a rule: met, not met, or unknown (the user lacks the attribute). */
  explanationResult: (result: boolean | "unknown") => string;
  /** Appended (visually hidden) to the verdict of a rule that decided the overall result. */
  explanationDecisive: string;
  /** Before the clauses the schema adds on its own, e.g. the status default. */
  explanationImplicit: string;
  /** Names the read-only copy of the filter text under the text view with the decisive clauses marked. */
  explanationHighlight: string;
  applySuggestion: (label: string) => string;
  textLabel: string;
  textHelp: string;
  textErrorPrefix: string;
  undo: string;
  redo: string;
  presetsLabel: string;
  summaryLabel: string;
  diagnosticsLabel: string;
  noDiagnostics: string;
  diagnosticsCount: (errors: number, warnings: number) => string;
  severity: (severity: "error" | "warning") => string;
  idFormatHint: (description: string) => string;
  trueLabel: string;
  falseLabel: string;
  announce: {
    add: string;
    remove: string;
    duplicate: string;
    move: string;
    indent: string;
    outdent: string;
    undo: string;
    redo: string;
    load: string;
    textError: (message: string) => string;
  };
}

export const defaultMessages: BuilderMessages = {
  builderLabel: "Filter builder",
  rootGroup: "Filter",
  group: (position) => `group ${position}`,
  valuePath: (position, attribute) => `Value path ${position}: ${attribute}`,
  valuePathAttributeLabel: (group) => `Attribute of ${group}`,
  valuePathWhere: "where",
  rule: (position, summary) => (summary === "" ? `rule ${position}` : `rule ${position}: ${summary}`),
  combinatorLabel: (group) => `Combine the conditions of ${group} with`,
  combinatorAnd: "all (and)",
  combinatorOr: "any (or)",
  notLabel: (group) => `Negate ${group} (not)`,
  addRule: (group) => `Add a rule to ${group}`,
  addGroup: (group) => `Add a group to ${group}`,
  addValuePath: (group) => `Add a value path to ${group}`,
  addRuleText: "+ Rule",
  addGroupText: "+ Group",
  addValuePathText: "+ Value path",
  notText: "NOT",
  removeNode: (node) => `Remove ${node}`,
  duplicateNode: (node) => `Duplicate ${node}`,
  moveUp: (node) => `Move ${node} up`,
  moveDown: (node) => `Move ${node} down`,
  indent: (node) => `Indent ${node} into a group`,
  outdent: (node) => `Move ${node} out of its group`,
  moreActions: (node) => `More actions for ${node}`,
  moveUpText: "Move up",
  moveDownText: "Move down",
  outdentText: "Move out of group",
  indentText: "Indent into a group",
  duplicateText: "Duplicate",
  fieldLabel: (rule) => `Field of ${rule}`,
  fieldPlaceholder: "Choose a field…",
  operatorLabel: (rule) => `Operator of ${rule}`,
  valueLabel: (rule) => `Value of ${rule}`,
  valuePlaceholder: "Choose a value…",
  dateTimeToggle: "time (UTC)",
  dateTimeToggleLabel: (rule) => `time (UTC) for ${rule}`,
  emptyGroup: "No conditions yet: add a rule.",
  unfinishedRule: "Choose a field: this rule is not part of the filter yet.",
  rawRule: (reason) =>
    reason === "valuePath" ? "Shown as text: value paths are edited only for attributes whose sub-attributes the schema lists." : "Shown as text: the schema has no such attribute.",
  rawRuleLabel: (rule) => `Filter text of ${rule}`,
  explanationResult: (result) => (result === "unknown" ? "unknown" : result ? "met" : "not met"),
  explanationDecisive: "(decisive)",
  explanationImplicit: "Also applied:",
  explanationHighlight: "Deciding clauses",
  applySuggestion: (label) => label,
  textLabel: "Filter text",
  textHelp: "Edit the filter as text; the rules follow as soon as it is valid.",
  textErrorPrefix: "Syntax error:",
  undo: "Undo",
  redo: "Redo",
  presetsLabel: "Start from an example",
  summaryLabel: "In words",
  diagnosticsLabel: "Problems",
  noDiagnostics: "No problems found.",
  diagnosticsCount: (errors, warnings) =>
    [errors > 0 ? `${errors} error${errors === 1 ? "" : "s"}` : "", warnings > 0 ? `${warnings} warning${warnings === 1 ? "" : "s"}` : ""].filter(Boolean).join(", "),
  severity: (severity) => (severity === "error" ? "Error" : "Warning"),
  idFormatHint: (description) => `Expected ${description}.`,
  trueLabel: "true",
  falseLabel: "false",
  announce: {
    add: "Added.",
    remove: "Removed.",
    duplicate: "Duplicated.",
    move: "Moved.",
    indent: "Moved into a group.",
    outdent: "Moved out of the group.",
    undo: "Undone.",
    redo: "Redone.",
    load: "Filter loaded.",
    textError: (message) => `Syntax error: ${message}`,
  },
};

export function mergeMessages(overrides: Partial<BuilderMessages> | undefined): BuilderMessages {
  if (overrides === undefined) return defaultMessages;
  return { ...defaultMessages, ...overrides, announce: { ...defaultMessages.announce, ...overrides.announce } };
}
