import type { FilterSchema } from "@scim-filter/core";
import { createContext, useCallback, useContext, useMemo, useSyncExternalStore } from "react";
import type { BuilderMessages } from "./i18n/messages.js";
import { defaultMessages } from "./i18n/messages.js";
import type { NodeId } from "./model/types.js";
import type { BuilderState, BuilderStore } from "./store/builder-store.js";
import { nodeChannelOf } from "./store/node-channel.js";

/** Looks up names for id values (groups, spaces) as the user types. */
export type LoadOptions = (request: { field: string; query: string; signal: AbortSignal }) => Promise<{ value: string; label: string }[]>;

export interface BuilderContextValue {
  store: BuilderStore;
  messages: BuilderMessages;
  loadOptions?: LoadOptions | undefined;
  /** Prefix for DOM ids, unique per builder instance. */
  domId: string;
}

export const BuilderContext = /* @__PURE__ */ createContext<BuilderContextValue | null>(null);

export function useBuilderContext(): BuilderContextValue {
  const context = useContext(BuilderContext);
  if (context === null) throw new Error("Filter builder hooks must be used inside <FilterBuilder> or <FilterBuilderProvider>");
  return context;
}

/** Subscribes to one slice of this builder's state; the component re-renders only when that slice changes. */
export function useBuilderState<T>(selector: (state: BuilderState) => T): T {
  const { store } = useBuilderContext();
  // What zustand's useStore does, without bundling its React binding for this one call.
  return useSyncExternalStore(
    store.subscribe,
    () => selector(store.getState()),
    () => selector(store.getInitialState()),
  );
}

/**
 * Subscribes to one node's slice of the state: the component is woken only when that node, its place
 * among its siblings, its diagnostics or explanation, or the schema change (see store/node-channel.ts),
 * so an edit elsewhere costs it nothing. The selector must read only those parts of the state (and the
 * value path the node is in, which is fixed for its id).
 */
export function useNodeState<T>(id: NodeId, selector: (state: BuilderState) => T, equal: (a: T, b: T) => boolean = Object.is): T {
  const { store } = useBuilderContext();
  const subscribe = useCallback((listener: () => void) => nodeChannelOf(store).subscribe(id, listener), [store, id]);
  // The last selection is kept, so an unchanged (or equal) slice returns the same value and React bails out.
  const getSelection = useMemo(() => {
    let memo: { state: BuilderState; value: T } | null = null;
    return () => {
      const state = store.getState();
      if (memo !== null && memo.state === state) return memo.value;
      const value = selector(state);
      memo = { state, value: memo !== null && equal(memo.value, value) ? memo.value : value };
      return memo.value;
    };
  }, [store, selector, equal]);
  return useSyncExternalStore(subscribe, getSelection, getSelection);
}

export function useSchema(): FilterSchema | undefined {
  return useBuilderState((state) => state.schema);
}

export function useMessages(): BuilderMessages {
  return useContext(BuilderContext)?.messages ?? defaultMessages;
}
