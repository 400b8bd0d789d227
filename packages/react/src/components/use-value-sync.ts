import type { Filter } from "@scim-filter/core";
import { formatFilter } from "@scim-filter/core";
import { useEffect, useLayoutEffect, useRef, useState } from "react";
import type { BuilderState, BuilderStore, ValueCheckpoint } from "../store/builder-store.js";
import { isBuilderValid, valueCheckpoint } from "../store/builder-store.js";
import type { FilterChangeDetails } from "./FilterBuilderProvider.js";

type OnValueChange = ((text: string, details: FilterChangeDetails) => void) | undefined;

// Layout effects do not run on the server; React 18 warns about them there.
const useIsomorphicLayoutEffect = typeof window === "undefined" ? useEffect : useLayoutEffect;

/** The builder's value: the text last reported (or loaded), which invalid text being typed does not change. */
function valueText(state: BuilderState): string {
  return state.lastEmitted ?? state.derived.text;
}

function details(state: BuilderState): FilterChangeDetails {
  const { diagnostics, filter } = state.derived;
  return { filter, diagnostics, valid: isBuilderValid(state) };
}

/** The controlled value as the builder compares it: text as given; a Filter by its canonical text. */
interface Controlled {
  text: string;
  canonical: boolean;
}

function controlledOf(value: string | Filter | undefined): Controlled | null {
  if (value === undefined) return null;
  return typeof value === "string" ? { text: value, canonical: false } : { text: formatFilter(value), canonical: true };
}

/** A state's value as typed and as canonical text. */
interface Value {
  value: string;
  canonical: string;
}

function valueOf(state: BuilderState): Value {
  return { value: valueText(state), canonical: state.derived.text };
}

/** A value the parent held, with the checkpoint to return to it. */
interface Accepted extends Value {
  checkpoint: ValueCheckpoint;
}

function acceptedOf(state: BuilderState): Accepted {
  return { ...valueOf(state), checkpoint: valueCheckpoint(state) };
}

/** Whether a value is the controlled one (a Filter equals any spelling of it). */
function matches(value: Value, controlled: Controlled): boolean {
  return (controlled.canonical ? value.canonical : value.value) === controlled.text;
}

/**
 * `value` / `onValueChange` as React's `<input value>` has them. Every change of the value made in the
 * builder is reported; then, after the parent's render, the builder's value is the `value` prop: an edit
 * the parent did not take is undone (history included, actions.revert), a new value replaces the filter
 * (with an undo step). Invalid text being typed is not a value: it stays while the parent re-renders
 * with the same value. Without `value` (uncontrolled) the builder keeps its own value.
 */
export function useValueSync(store: BuilderStore, value: string | Filter | undefined, onValueChange: OnValueChange): void {
  const controlled = controlledOf(value);
  const text = controlled?.text;
  const canonical = controlled?.canonical ?? false;
  const latest = useRef({ controlled, onValueChange });
  useIsomorphicLayoutEffect(() => {
    latest.current = { controlled, onValueChange };
  });
  /** The last state whose value the parent held: where an edit it does not take goes back to. */
  const accepted = useRef<Accepted>(acceptedOf(store.getState()));
  /** Set while the builder follows the prop: that is not a change to report. */
  const following = useRef(false);
  // Bumped on each report in controlled use, so this component renders (and checks) even when the parent does not.
  const [reports, setReports] = useState(0);

  useEffect(
    () =>
      store.subscribe((state, previous) => {
        const { controlled: current, onValueChange: report } = latest.current;
        if (current !== null && matches(valueOf(state), current)) accepted.current = acceptedOf(state);
        // Not a change of the value: a new schema, diagnostics or explanation, invalid text, or following the prop.
        if (valueText(state) === valueText(previous) || following.current) return;
        report?.(valueText(state), details(state));
        if (current !== null) setReports((count) => count + 1);
      }),
    [store],
  );

  useIsomorphicLayoutEffect(() => {
    if (text === undefined) return;
    const wanted = { text, canonical };
    const state = store.getState();
    if (matches(valueOf(state), wanted)) {
      accepted.current = acceptedOf(state);
      return;
    }
    following.current = true;
    try {
      // The parent kept its value: the edit is undone. Else it has a new value: the filter is replaced.
      if (matches(accepted.current, wanted)) state.actions.revert(accepted.current.checkpoint);
      else state.actions.setText(text);
    } finally {
      following.current = false;
    }
  }, [text, canonical, reports, store]);
}
