import { staffbaseUserSchema } from "@scim-filter/core";
import { fireEvent, render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { filterText, rules } from "../test/builder.js";
import { FilterBuilder } from "./FilterBuilder.js";

interface Fiber {
  child: Fiber | null;
  sibling: Fiber | null;
  stateNode: { current: Fiber } | null;
}

/** React's current fiber tree under a root container (its internals: the container's HostRoot fiber). */
function fibers(container: HTMLElement): Set<Fiber> {
  const key = Object.keys(container).find((name) => name.startsWith("__reactContainer$"));
  const hostRoot = key === undefined ? undefined : (container as unknown as Record<string, Fiber>)[key];
  if (hostRoot?.stateNode == null) throw new Error("no React root");
  const found = new Set<Fiber>();
  const walk = (fiber: Fiber | null) => {
    for (let next = fiber; next !== null; next = next.sibling) {
      found.add(next);
      walk(next.child);
    }
  };
  walk(hostRoot.stateNode.current);
  return found;
}

/**
 * How many fibers React touches when one value of an `and` chain of `count` rules is edited: the fibers
 * it visited — new objects in the committed tree (double buffering), the rest are the same objects —
 * and their children, which it reads to complete each visited fiber.
 */
function fibersTouchedByEdit(count: number): number {
  const text = Array.from({ length: count }, (_, i) => `profile.f${i} eq "v${i}"`).join(" and ");
  const { container, unmount } = render(<FilterBuilder schema={staffbaseUserSchema} defaultValue={text} showSummary={false} />);
  expect(rules()).toHaveLength(count);
  const input = screen.getByRole("textbox", { name: new RegExp(`^Value of rule ${count / 2}:`) });
  // One edit first, so the edited rule's own subtree is settled and both sizes count the same thing.
  fireEvent.change(input, { target: { value: "first" } });
  const before = fibers(container);
  fireEvent.change(input, { target: { value: "second" } });
  expect(filterText().value).toContain(`profile.f${count / 2 - 1} eq "second"`);
  let touched = 0;
  for (const fiber of fibers(container)) {
    if (before.has(fiber)) continue;
    touched += 1;
    for (let child = fiber.child; child !== null; child = child.sibling) touched += 1;
  }
  unmount();
  return touched;
}

describe("children in ranges", () => {
  it("an edit of one value touches about as many fibers with 1,000 rules as with 100 (not every sibling)", () => {
    const small = fibersTouchedByEdit(100);
    const large = fibersTouchedByEdit(1000);
    // A flat list touches every sibling twice (about 3,000 here against 400); ranges of 8 add a few dozen per level.
    expect(large).toBeLessThan(small + 100);
  }, 60_000);

  it.each([8, 63])("keeps a group of up to 64 rules flat: adding a rule to %i remounts no other rule", (count) => {
    const text = Array.from({ length: count }, (_, i) => `profile.f${i} pr`).join(" and ");
    const { unmount } = render(<FilterBuilder schema={staffbaseUserSchema} defaultValue={text} showSummary={false} />);
    const before = rules();
    fireEvent.click(screen.getByRole("button", { name: "Add a rule to Filter" }));
    const after = rules();
    expect(after).toHaveLength(count + 1);
    // The same elements: React kept the components (and any state they hold).
    for (const [index, item] of before.entries()) expect(after[index]).toBe(item);
    unmount();
  });

  it("keeps positions and order across range boundaries", () => {
    const text = Array.from({ length: 70 }, (_, i) => `profile.f${i} pr`).join(" and ");
    render(<FilterBuilder schema={staffbaseUserSchema} defaultValue={text} showSummary={false} />);
    const shown = rules();
    expect(shown).toHaveLength(70);
    // 70 rules: a range of 64 (eight of 8) and one of 6.
    for (const index of [7, 8, 63, 64, 69]) {
      expect(shown[index]).toHaveAccessibleName(new RegExp(`^rule ${index + 1}: `));
      expect(shown[index]).toHaveTextContent(`f${index}`);
    }
  });
});
