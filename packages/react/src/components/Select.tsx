import * as RadixSelect from "@radix-ui/react-select";
import type { ReactNode } from "react";
import { useEffect, useRef, useState } from "react";

export interface SelectOption {
  value: string;
  label: string;
  description?: string | undefined;
}

export interface SelectGroup {
  label?: string | undefined;
  options: readonly SelectOption[];
}

export interface SelectProps {
  id?: string;
  /** The accessible name: says which rule or group the control acts on. */
  label: string;
  value: string | undefined;
  onValueChange: (value: string) => void;
  groups: readonly SelectGroup[];
  placeholder?: string;
  invalid?: boolean;
  describedBy?: string | undefined;
  className?: string;
  disabled?: boolean;
}

function items(options: readonly SelectOption[]): ReactNode {
  return options.map((option) => (
    <RadixSelect.Item key={option.value} value={option.value} className="sfb-select-item">
      <RadixSelect.ItemText>{option.label}</RadixSelect.ItemText>
      {option.description === undefined ? null : <span className="sfb-select-item-description">{option.description}</span>}
    </RadixSelect.Item>
  ));
}

function selectedLabel(groups: readonly SelectGroup[], value: string | undefined): string | undefined {
  for (const group of groups) for (const option of group.options) if (option.value === value) return option.label;
  return undefined;
}

/** The theme variables the open list needs; it is portalled to document.body, outside the ancestors that may set them. */
const THEME_VARIABLES = ["--sfb-font", "--sfb-font-size", "--sfb-font-size-sm", "--sfb-radius", "--sfb-bg", "--sfb-border", "--sfb-text", "--sfb-muted", "--sfb-accent", "--sfb-accent-soft", "--sfb-shadow"];

/** Gives the portalled list the theme (light or dark, density, custom colours) in effect where its trigger is. */
function inheritTheme(content: HTMLElement | null, trigger: HTMLElement | null): void {
  if (content === null || trigger === null) return;
  const style = getComputedStyle(trigger);
  for (const name of THEME_VARIABLES) {
    const value = style.getPropertyValue(name);
    if (value !== "") content.style.setProperty(name, value);
  }
}

/** What the stand-in button and the Radix trigger both carry: the same id, look and accessible name. */
function triggerProps({ id, label, invalid, describedBy, className }: SelectProps) {
  return {
    id,
    className: `sfb-select-trigger${className === undefined ? "" : ` ${className}`}`,
    "aria-label": label,
    "aria-invalid": invalid === true ? true : undefined,
    "aria-describedby": describedBy,
  };
}

/**
 * A Radix Select with the builder's markup; its options are rendered only while it is open. Until the
 * user reaches it (focus, pointer), a plain button with the same name, look and role stands in: a
 * 1,000-rule filter then mounts 2,000 buttons instead of 2,000 Radix selects.
 */
export function Select(props: SelectProps) {
  const [active, setActive] = useState<"idle" | "focus" | "open">("idle");
  if (active !== "idle") return <ActiveSelect {...props} activation={active} />;
  const shown = selectedLabel(props.groups, props.value);
  return (
    <button
      type="button"
      {...triggerProps(props)}
      role="combobox"
      aria-expanded={false}
      aria-autocomplete="none"
      disabled={props.disabled}
      data-placeholder={shown === undefined ? "" : undefined}
      onFocus={() => setActive("focus")}
      onPointerDown={(event) => {
        if (event.button === 0 && !event.ctrlKey) setActive("open");
      }}
      onKeyDown={(event) => {
        // Alt+arrows move the rule (node-keys.ts); only plain keys open the picker.
        if (event.altKey || event.ctrlKey || event.metaKey) return;
        if (event.key === "Enter" || event.key === " " || event.key === "ArrowDown" || event.key === "ArrowUp") {
          event.preventDefault();
          setActive("open");
        }
      }}
    >
      <span>{shown ?? props.placeholder}</span>
      <span className="sfb-select-icon" aria-hidden>
        ▾
      </span>
    </button>
  );
}

function ActiveSelect(props: SelectProps & { activation: "focus" | "open" }) {
  const { value, onValueChange, groups, placeholder, disabled, activation } = props;
  const trigger = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    // Keep the focus the stand-in button had.
    trigger.current?.focus();
  }, []);
  return (
    <RadixSelect.Root value={value ?? ""} onValueChange={onValueChange} disabled={disabled ?? false} defaultOpen={activation === "open"}>
      <RadixSelect.Trigger
        ref={trigger}
        {...triggerProps(props)}
        onKeyDown={(event) => {
          // Radix opens on any arrow key; Alt+arrows belong to the rule (move, indent), so keep it closed.
          if (event.altKey && event.key.startsWith("Arrow")) event.preventDefault();
        }}
      >
        <RadixSelect.Value placeholder={placeholder} />
        <RadixSelect.Icon className="sfb-select-icon" aria-hidden>
          ▾
        </RadixSelect.Icon>
      </RadixSelect.Trigger>
      <RadixSelect.Portal>
        <RadixSelect.Content ref={(content) => inheritTheme(content, trigger.current)} className="sfb-select-content" position="popper" sideOffset={4}>
          <RadixSelect.Viewport className="sfb-select-viewport">
            {groups.map((group, index) =>
              group.label === undefined ? (
                items(group.options)
              ) : (
                <RadixSelect.Group key={group.label ?? index} className="sfb-select-group">
                  <RadixSelect.Label className="sfb-select-group-label">{group.label}</RadixSelect.Label>
                  {items(group.options)}
                </RadixSelect.Group>
              ),
            )}
          </RadixSelect.Viewport>
        </RadixSelect.Content>
      </RadixSelect.Portal>
    </RadixSelect.Root>
  );
}
