import { memo } from "react";
import type { NodeId } from "../model/types.js";
import { NodeView } from "./NodeView.js";

const FANOUT = 8;
// Up to this many children a group renders them in one flat list. A rule that crosses a range edge (an
// insert or removal before it, or the group growing past a power of 8) is remounted and loses its local
// state; only groups large enough for the walk to matter pay that.
const FLAT_UP_TO = FANOUT * FANOUT;

interface NodeRangeProps {
  ids: readonly NodeId[];
  from: number;
  to: number;
  /** Position prefix of the group's children, e.g. "3." */
  prefix: string;
}

function sameRange(a: NodeRangeProps, b: NodeRangeProps): boolean {
  if (a.from !== b.from || a.to !== b.to || a.prefix !== b.prefix) return false;
  for (let index = a.from; index < a.to; index++) if (a.ids[index] !== b.ids[index]) return false;
  return true;
}

/**
 * A group's children ids[from, to) as NodeViews, in nested memoized ranges of at most FANOUT each (in a
 * group of more than FLAT_UP_TO children; smaller ones render flat). When
 * one rule updates, React clones every sibling fiber on the way down to it and reads each clone's
 * children: with a flat list that is every rule of the group, with small ranges a few dozen fibers per
 * level. The ranges render fragments: `ul > li` stays.
 */
export const NodeRange = /* @__PURE__ */ memo(function NodeRange({ ids, from, to, prefix }: NodeRangeProps) {
  let step = 1;
  if (ids.length > FLAT_UP_TO) while ((to - from) / step > FANOUT) step *= FANOUT;
  const parts = [];
  for (let start = from; start < to; start += step) {
    const end = Math.min(to, start + step);
    parts.push(
      step === 1 ? (
        <NodeView key={ids[start]} id={ids[start] as NodeId} position={`${prefix}${start + 1}`} />
      ) : (
        <NodeRange key={start} ids={ids} from={start} to={end} prefix={prefix} />
      ),
    );
  }
  return parts;
}, sameRange);
