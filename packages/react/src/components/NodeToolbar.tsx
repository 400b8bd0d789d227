import type { ReactNode } from "react";
import { useMessages, useNodeState } from "../context.js";
import type { GroupNode } from "../model/types.js";
import { useBuilderActions } from "../hooks/use-actions.js";

/** Where a node sits among its siblings, to enable only the moves that are possible. */
export function useNodePlace(id: string) {
  // Select the parent's children array (the same array until the group's structure changes) and search
  // it only when this component renders.
  const { siblings, nested, inValuePath } = useNodeState(
    id,
    (state) => {
      const parentId = state.tree.parents[id];
      const parent = parentId === undefined ? undefined : (state.tree.nodes[parentId] as GroupNode);
      return {
        siblings: parent === undefined ? NO_SIBLINGS : parent.children,
        nested: parentId !== undefined && parentId !== state.tree.rootId,
        inValuePath: parent?.valuePath !== undefined,
      };
    },
    samePlace,
  );
  // Out of a value path's brackets the field would name another attribute: outdent is refused there.
  return { index: siblings.indexOf(id), count: siblings.length, nested, canOutdent: nested && !inValuePath };
}

const NO_SIBLINGS: readonly string[] = [];

interface Place {
  siblings: readonly string[];
  nested: boolean;
  inValuePath: boolean;
}

// What zustand's `shallow` would compare, without bundling its generic Map/iterable walk.
function samePlace(a: Place, b: Place): boolean {
  return a.siblings === b.siblings && a.nested === b.nested && a.inValuePath === b.inValuePath;
}

/** Move, indent, outdent, duplicate and remove buttons of a rule or group, named after it. */
export function NodeToolbar({ id, name }: { id: string; name: string }) {
  const messages = useMessages();
  const actions = useBuilderActions();
  const { index, count, canOutdent } = useNodePlace(id);
  return (
    <span className="sfb-node-toolbar">
      <IconButton label={messages.moveUp(name)} keys="Alt+ArrowUp" disabled={index <= 0} onClick={() => actions.move(id, -1)}>
        ↑
      </IconButton>
      <IconButton label={messages.moveDown(name)} keys="Alt+ArrowDown" disabled={index === -1 || index >= count - 1} onClick={() => actions.move(id, 1)}>
        ↓
      </IconButton>
      <IconButton label={messages.outdent(name)} keys="Alt+ArrowLeft" disabled={!canOutdent} onClick={() => actions.outdent(id)}>
        ⇤
      </IconButton>
      <IconButton label={messages.indent(name)} keys="Alt+ArrowRight" onClick={() => actions.indent(id)}>
        ⇥
      </IconButton>
      <IconButton label={messages.duplicateNode(name)} onClick={() => actions.duplicate(id)}>
        {/* Drawn, not a character: no common font has one for "duplicate". */}
        <svg viewBox="0 0 16 16" width="1em" height="1em" aria-hidden="true">
          <path d="M5.5 1.5h9v9h-9zM3.5 4.5h-2v10h10v-2" fill="none" stroke="currentColor" strokeWidth="1.5" />
        </svg>
      </IconButton>
      <IconButton label={messages.removeNode(name)} keys="Alt+Delete" className=" sfb-remove" onClick={() => actions.remove(id)}>
        ✕
      </IconButton>
    </span>
  );
}

/** A toolbar button shown as a symbol: its name is the accessible name and, for pointer users, the tooltip. */
function IconButton({ label, keys, disabled, className = "", onClick, children }: { label: string; keys?: string; disabled?: boolean; className?: string; onClick: () => void; children: ReactNode }) {
  return (
    <button type="button" className={`sfb-button sfb-icon-button${className}`} aria-label={label} title={label} aria-keyshortcuts={keys} disabled={disabled} onClick={onClick}>
      {children}
    </button>
  );
}
