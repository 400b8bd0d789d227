import type { FilterPreset } from "@scim-filter/core";
import type { KeyboardEvent } from "react";
import { useBuilderState, useMessages } from "../context.js";
import { DiagnosticsSummary } from "./DiagnosticsSummary.js";
import type { FilterBuilderProviderProps } from "./FilterBuilderProvider.js";
import { FilterBuilderProvider } from "./FilterBuilderProvider.js";
import { FilterSummary } from "./FilterSummary.js";
import { GroupView } from "./GroupView.js";
import { HistoryButtons } from "./HistoryButtons.js";
import { LiveRegion } from "./LiveRegion.js";
import { Presets } from "./Presets.js";
import { TextView } from "./TextView.js";
import { useBuilderActions } from "../hooks/use-actions.js";

export interface FilterBuilderProps extends Omit<FilterBuilderProviderProps, "children"> {
  /** One-click starting points shown above the rules. */
  presets?: readonly FilterPreset[] | undefined;
  /** Show the editable text view (default true). */
  showText?: boolean | undefined;
  /** Show the plain-language summary and the list of problems (default true). */
  showSummary?: boolean | undefined;
  className?: string | undefined;
  /** The builder's accessible name. */
  "aria-label"?: string | undefined;
}

function isTextEntry(target: EventTarget): boolean {
  return target instanceof HTMLTextAreaElement || (target instanceof HTMLInputElement && target.type !== "checkbox" && target.type !== "radio");
}

function BuilderLayout({ presets, showText, showSummary, className, label }: { presets: readonly FilterPreset[]; showText: boolean; showSummary: boolean; className: string | undefined; label: string | undefined }) {
  const messages = useMessages();
  const rootId = useBuilderState((state) => state.tree.rootId);
  const actions = useBuilderActions();

  const onKeyDown = (event: KeyboardEvent) => {
    // Text fields keep their own undo; everywhere else Ctrl/Cmd+Z undoes builder changes.
    if (!(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== "z" || isTextEntry(event.target)) return;
    event.preventDefault();
    if (event.shiftKey) actions.redo();
    else actions.undo();
  };

  return (
    <section className={`sfb-builder${className === undefined ? "" : ` ${className}`}`} aria-label={label ?? messages.builderLabel} onKeyDown={onKeyDown}>
      <div className="sfb-toolbar">
        <HistoryButtons />
        <Presets presets={presets} />
      </div>
      <GroupView id={rootId} position="" />
      {showText ? <TextView /> : null}
      {showSummary ? (
        <div className="sfb-summaries">
          <FilterSummary />
          <DiagnosticsSummary />
        </div>
      ) : null}
      <LiveRegion />
    </section>
  );
}

/** The visual SCIM filter builder: rules and groups, the filter text, validation and undo, kept in sync. */
export function FilterBuilder({ presets = [], showText = true, showSummary = true, className, "aria-label": label, ...provider }: FilterBuilderProps) {
  return (
    <FilterBuilderProvider {...provider}>
      <BuilderLayout presets={presets} showText={showText} showSummary={showSummary} className={className} label={label} />
    </FilterBuilderProvider>
  );
}
