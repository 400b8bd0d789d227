import type { FilterValue } from "@scim-filter/core";
import { parseFilterDate } from "@scim-filter/core";
import { useState } from "react";
import { useMessages } from "../context.js";
import { valueText } from "./value-text.js";

export interface DateValueInputProps {
  id: string;
  "aria-label": string;
  "aria-invalid"?: boolean | undefined;
  "aria-describedby"?: string | undefined;
  value: FilterValue;
  /** The rule's name, so the time switch says which rule it acts on. */
  ruleName?: string | undefined;
  onChange: (value: string) => void;
}

const NATIVE_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

/**
 * A date, or a date and time (UTC, as the server reads zone-less values). Values the native inputs
 * cannot show (seconds, zones) stay editable as text.
 */
export function DateValueInput({ id, value, ruleName, onChange, ...aria }: DateValueInputProps) {
  const messages = useMessages();
  const text = valueText(value);
  const parsed = text === "" ? null : parseFilterDate(text);
  // An emptied date-and-time input stays one (a native input reports "" while a part is being retyped).
  const [emptyWithTime, setEmptyWithTime] = useState(false);
  const withTime = text === "" ? emptyWithTime : parsed !== null && parsed.ok && parsed.precision !== "day";
  const native = text === "" || (parsed?.ok === true && (parsed.precision === "day" || NATIVE_DATE_TIME.test(text)));

  return (
    <span className="sfb-date">
      <input
        id={id}
        className="sfb-input sfb-value-input"
        type={native ? (withTime ? "datetime-local" : "date") : undefined}
        value={text}
        placeholder={native ? undefined : "2022-05-30T10:00:00.000Z"}
        onChange={(event) => {
          if (native && event.target.value === "") setEmptyWithTime(withTime);
          onChange(event.target.value);
        }}
        {...aria}
      />
      <label className="sfb-date-time-toggle">
        <input
          type="checkbox"
          checked={withTime}
          disabled={!native}
          aria-label={ruleName === undefined ? undefined : messages.dateTimeToggleLabel(ruleName)}
          onChange={(event) => {
            const day = text.slice(0, 10);
            if (!event.target.checked) setEmptyWithTime(false);
            onChange(event.target.checked ? `${day === "" ? new Date().toISOString().slice(0, 10) : day}T00:00` : day);
          }}
        />
        <span>{messages.dateTimeToggle}</span>
      </label>
    </span>
  );
}
