import type { Filter } from "@scim-filter/core";
import { formatFilter } from "@scim-filter/core";
import { useEffect, useLayoutEffect, useRef, useState } from "react";
import type { BuilderState, BuilderStore } from "../store/builder-store.js";
import { isBuilderValid } from "../store/builder-store.js";
import type { FilterChangeDetails } from "./FilterBuilderProvider.js";

// Layout effects do not run on the server; React 18 warns about them there.
const useIsomorphicLayoutEffect = typeof window === "undefined" ? useEffect : useLayoutEffect;

/** The builder's value: the text last reported (or loaded), which invalid text being typed does not change. */
const valueText = (state: BuilderState): string => state.lastEmitted ?? state.derived.text;

/** Whether a state's value is `text`, as written or in canonical form (a parent may normalize, or pass a Filter). */
const holds = (state: BuilderState, text: string): boolean => text === valueText(state) || text === state.derived.text;

/**
 * `value` / `onValueChange` as React's `<input value>` has them. Every change of the value made in the
 * builder is reported; then, after the parent's render, the builder's value is the `value` prop: an edit
 * the parent did not take is undone (history included, actions.revert), a new value replaces the filter
 * (with an undo step), and following the prop is not reported. Invalid text being typed is not a value:
 * it stays while the parent renders with the same value. Without `value` the builder keeps its own.
 */
export function useValueSync(store: BuilderStore, value: string | Filter | undefined, onValueChange: ((text: string, details: FilterChangeDetails) => void) | undefined): void {
  const text = typeof value === "object" ? formatFilter(value) : value;
  /** The last state whose value the parent held: where an edit it does not take goes back to. */
  const held = useRef<BuilderState | null>(null);
  /** Set while the builder follows the prop. */
  const following = useRef(false);
  // Bumped on each report in controlled use, so this component renders (and checks) even when the parent does not.
  const [reports, setReports] = useState(0);

  useEffect(
    () =>
      store.subscribe((state, previous) => {
        if (text !== undefined && holds(state, text)) held.current = state;
        if (following.current || valueText(state) === valueText(previous)) return;
        const { diagnostics, filter } = state.derived;
        onValueChange?.(valueText(state), { filter, diagnostics, valid: isBuilderValid(state) });
        if (text !== undefined) setReports((count) => count + 1);
      }),
    [store, onValueChange, text],
  );

  useIsomorphicLayoutEffect(() => {
    if (text === undefined) return;
    const state = store.getState();
    if (!holds(state, text)) {
      following.current = true;
      try {
        // The parent kept its value: the edit is undone. Else it has a new value: the filter is replaced.
        if (held.current !== null && holds(held.current, text)) state.actions.revert(held.current);
        else state.actions.setText(text);
      } finally {
        following.current = false;
      }
    }
    if (holds(store.getState(), text)) held.current = store.getState();
  }, [text, reports, store]);
}
