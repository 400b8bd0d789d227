import type { Diagnostic } from "@scim-filter/core";
import { useMessages } from "../context.js";
import { useBuilderActions } from "../hooks/use-actions.js";

export interface DiagnosticListProps {
  id: string;
  /** The node the diagnostics belong to (their spans are relative to it); null for the whole text. */
  nodeId: string | null;
  diagnostics: readonly Diagnostic[];
}

/** A node's errors and warnings, each with one-click fixes. */
export function DiagnosticList({ id, nodeId, diagnostics }: DiagnosticListProps) {
  const messages = useMessages();
  const applySuggestion = useBuilderActions().applySuggestion;
  if (diagnostics.length === 0) return null;
  return (
    <ul id={id} className="sfb-diagnostics">
      {diagnostics.map((diagnostic, index) => (
        <li key={`${diagnostic.code}-${index}`} className={`sfb-diagnostic sfb-diagnostic-${diagnostic.severity}`} data-code={diagnostic.code}>
          <span className="sfb-diagnostic-severity">{messages.severity(diagnostic.severity)}:</span> <span className="sfb-diagnostic-message">{diagnostic.message}</span>
          {diagnostic.suggestions.length === 0 ? null : (
            <span className="sfb-suggestions">
              {diagnostic.suggestions.map((suggestion) => (
                <button key={`${suggestion.label}`} type="button" className="sfb-button sfb-suggestion" onClick={() => applySuggestion(nodeId, suggestion)}>
                  {messages.applySuggestion(suggestion.label)}
                </button>
              ))}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}

const FIELD_CODES = new Set(["unknown-attribute"]);
const OPERATOR_CODES = new Set(["operator-not-allowed", "presence-only"]);

/** Which of a rule's controls its errors concern, to mark them aria-invalid. */
export function invalidParts(diagnostics: readonly Diagnostic[]): { field: boolean; operator: boolean; value: boolean } {
  const errors = diagnostics.filter((diagnostic) => diagnostic.severity === "error");
  return {
    field: errors.some((diagnostic) => FIELD_CODES.has(diagnostic.code)),
    operator: errors.some((diagnostic) => OPERATOR_CODES.has(diagnostic.code)),
    value: errors.some((diagnostic) => !FIELD_CODES.has(diagnostic.code) && !OPERATOR_CODES.has(diagnostic.code)),
  };
}
