/**
 * The builder's icons: one 16×16 stroke set, drawn in the text colour (stroke width and caps are in
 * styles.css, so each icon is one path). Decorative: the button around an icon carries its name.
 */
const PATHS = {
  up: "M8 13V3M4 7l4-4 4 4",
  down: "M8 3v10M4 9l4 4 4-4",
  outdent: "M14 8H6M9 5 6 8l3 3M2 3v10",
  indent: "M2 8h8M7 5l3 3-3 3M14 3v10",
  duplicate: "M5.5 1.5h9v9h-9zM3.5 4.5h-2v10h10v-2",
  remove: "M4 4l8 8M12 4l-8 8",
  more: "M3 8h.01M8 8h.01M13 8h.01",
} as const;

export type IconName = keyof typeof PATHS;

export function Icon({ name }: { name: IconName }) {
  return (
    <svg className={`sfb-icon sfb-icon-${name}`} viewBox="0 0 16 16" aria-hidden="true">
      <path d={PATHS[name]} />
    </svg>
  );
}
