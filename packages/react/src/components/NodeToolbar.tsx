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
      <button type="button" className="sfb-button sfb-icon-button" aria-label={messages.moveUp(name)} aria-keyshortcuts="Alt+ArrowUp" disabled={index <= 0} onClick={() => actions.move(id, -1)}>
        ↑
      </button>
      <button type="button" className="sfb-button sfb-icon-button" aria-label={messages.moveDown(name)} aria-keyshortcuts="Alt+ArrowDown" disabled={index === -1 || index >= count - 1} onClick={() => actions.move(id, 1)}>
        ↓
      </button>
      <button type="button" className="sfb-button sfb-icon-button" aria-label={messages.outdent(name)} aria-keyshortcuts="Alt+ArrowLeft" disabled={!canOutdent} onClick={() => actions.outdent(id)}>
        ⇤
      </button>
      <button type="button" className="sfb-button sfb-icon-button" aria-label={messages.indent(name)} aria-keyshortcuts="Alt+ArrowRight" onClick={() => actions.indent(id)}>
        ⇥
      </button>
      <button type="button" className="sfb-button sfb-icon-button" aria-label={messages.duplicateNode(name)} onClick={() => actions.duplicate(id)}>
        ⧉
      </button>
      <button type="button" className="sfb-button sfb-icon-button sfb-remove" aria-label={messages.removeNode(name)} aria-keyshortcuts="Alt+Delete" onClick={() => actions.remove(id)}>
        ✕
      </button>
    </span>
  );
}
