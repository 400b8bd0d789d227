import type { Diagnostic, Filter, FilterSchema } from "@scim-filter/core";
import type { ReactNode } from "react";
import { useEffect, useId, useMemo, useState } from "react";
import type { LoadOptions } from "../context.js";
import { BuilderContext } from "../context.js";
import type { BuilderMessages } from "../i18n/messages.js";
import { mergeMessages } from "../i18n/messages.js";
import type { ExplanationForText, ExternalDiagnostics } from "../store/derive.js";
import { createBuilderStore } from "../store/builder-store.js";
import { useValueSync } from "./use-value-sync.js";

export interface FilterChangeDetails {
  /** The parsed filter, or null when the text is empty. */
  filter: Filter | null;
  diagnostics: readonly Diagnostic[];
  /** No syntax error and no error diagnostic (warnings allowed). */
  valid: boolean;
}

export interface FilterBuilderProviderProps {
  schema?: FilterSchema | undefined;
  /** The filter text (controlled). A parsed Filter is accepted too. */
  value?: string | Filter | undefined;
  /** The initial filter text (uncontrolled). */
  defaultValue?: string | Filter | undefined;
  onValueChange?: ((text: string, details: FilterChangeDetails) => void) | undefined;
  messages?: Partial<BuilderMessages> | undefined;
  loadOptions?: LoadOptions | undefined;
  /** Diagnostics reported elsewhere (e.g. by the server) for one text; shown until the text changes. */
  externalDiagnostics?: ExternalDiagnostics | null | undefined;
  /**
   * Why one user does or does not match: `{ text, explanation: explainFilter(text, user, schema) }`.
   * Read-only: each rule shows met / not met / unknown while the shown filter text is exactly `text`.
   */
  explanation?: ExplanationForText | null | undefined;
  children: ReactNode;
}

/**
 * Owns one builder's store (per instance, never shared). `value` + `onValueChange` work as React's
 * `<input value>` (controlled: the builder shows `value`, an edit the parent does not take is undone),
 * `defaultValue` for uncontrolled use. The schema is compared by content: a new but equal object is not a
 * change. Use it directly with the headless hooks to bring your own markup.
 */
export function FilterBuilderProvider({ schema, value, defaultValue, onValueChange, messages, loadOptions, externalDiagnostics, explanation, children }: FilterBuilderProviderProps) {
  const domId = `sfb${useId().replace(/[^A-Za-z0-9_-]/g, "")}`;
  const [store] = useState(() => createBuilderStore({ schema, initial: value ?? defaultValue, idPrefix: "n" }));

  useEffect(() => {
    // The store compares schemas by content; a new one re-judges the filter, which is not a change of the value.
    if (schema !== store.getState().schema) store.getState().actions.setSchema(schema);
  }, [schema, store]);

  useValueSync(store, value, onValueChange);

  useEffect(() => {
    store.getState().actions.setExternalDiagnostics(externalDiagnostics ?? null);
  }, [externalDiagnostics, store]);

  useEffect(() => {
    store.getState().actions.setExplanation(explanation ?? null);
  }, [explanation, store]);

  const mergedMessages = useMemo(() => mergeMessages(messages), [messages]);
  const context = useMemo(() => ({ store, messages: mergedMessages, loadOptions, domId }), [store, mergedMessages, loadOptions, domId]);
  return <BuilderContext.Provider value={context}>{children}</BuilderContext.Provider>;
}
