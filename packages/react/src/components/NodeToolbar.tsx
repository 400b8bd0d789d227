import { useMessages, useNodeState } from "../context.js";
import type { GroupNode } from "../model/types.js";
import { useBuilderActions } from "../hooks/use-actions.js";
import { ActionsMenu } from "./ActionsMenu.js";
import { Icon } from "./icons.js";

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

/**
 * A rule's or group's actions on one line that never wraps: remove stays visible, the others (move,
 * outdent, indent, duplicate) are in a menu. Each names the node; shortcuts show in the menu and tooltip.
 */
export function NodeToolbar({ id, name }: { id: string; name: string }) {
  const messages = useMessages();
  const actions = useBuilderActions();
  const { index, count, canOutdent } = useNodePlace(id);
  return (
    <span className="sfb-node-toolbar">
      <ActionsMenu
        label={messages.moreActions(name)}
        actions={[
          { label: messages.moveUp(name), text: messages.moveUpText, keys: "Alt+ArrowUp", disabled: index <= 0, run: () => actions.move(id, -1) },
          { label: messages.moveDown(name), text: messages.moveDownText, keys: "Alt+ArrowDown", disabled: index === -1 || index >= count - 1, run: () => actions.move(id, 1) },
          { label: messages.outdent(name), text: messages.outdentText, keys: "Alt+ArrowLeft", disabled: !canOutdent, run: () => actions.outdent(id) },
          { label: messages.indent(name), text: messages.indentText, keys: "Alt+ArrowRight", run: () => actions.indent(id) },
          { label: messages.duplicateNode(name), text: messages.duplicateText, run: () => actions.duplicate(id) },
        ]}
      />
      <button type="button" className="sfb-button sfb-icon-button sfb-remove" aria-label={messages.removeNode(name)} aria-keyshortcuts="Alt+Delete" onClick={() => actions.remove(id)}>
        <Icon name="remove" />
      </button>
    </span>
  );
}
