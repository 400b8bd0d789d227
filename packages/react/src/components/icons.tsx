/**
 * The builder's icons: one 16×16 stroke set, drawn in the text colour (stroke width and caps are in
 * styles.css, so each icon is one path). Decorative: the button around an icon carries its name.
 */
const PATHS = {
  remove: "M4 4l8 8M12 4l-8 8",
  more: "M3 8h.01M8 8h.01M13 8h.01",
} as const;

export type IconName = keyof typeof PATHS;

export function Icon({ name }: { name: IconName }) {
  return (
    <svg className="sfb-icon" viewBox="0 0 16 16" aria-hidden="true">
      <path d={PATHS[name]} />
    </svg>
  );
}
