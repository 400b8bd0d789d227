import type { AttributeSchema, FilterValue } from "@scim-filter/core";
import { useEffect, useState } from "react";
import { useBuilderContext, useMessages } from "../context.js";
import { valueText } from "./value-text.js";

export interface IdValueInputProps {
  id: string;
  "aria-label": string;
  "aria-invalid"?: boolean | undefined;
  "aria-describedby"?: string | undefined;
  field: string;
  value: FilterValue;
  attribute: AttributeSchema;
  ruleName: string;
  onChange: (value: string) => void;
}

const LOOKUP_DELAY_MS = 200;

/**
 * An id input that checks the id format as you type and, with `loadOptions`, suggests ids by name
 * through a native datalist (keyboard and screen-reader support come with it).
 */
export function IdValueInput({ id, field, value, attribute, onChange, ...aria }: IdValueInputProps) {
  const { loadOptions } = useBuilderContext();
  const messages = useMessages();
  const text = valueText(value);
  const [options, setOptions] = useState<{ value: string; label: string }[]>([]);
  const [loading, setLoading] = useState(false);
  const format = attribute.idFormat;
  const formatOk = text === "" || format === undefined || new RegExp(format.pattern).test(text);
  const hintId = `${id}-hint`;

  useEffect(() => {
    if (loadOptions === undefined) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      setLoading(true);
      loadOptions({ field, query: text, signal: controller.signal })
        .then((found) => {
          if (!controller.signal.aborted) setOptions(found);
        })
        .catch(() => {
          if (!controller.signal.aborted) setOptions([]);
        })
        .finally(() => {
          if (!controller.signal.aborted) setLoading(false);
        });
    }, LOOKUP_DELAY_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [loadOptions, field, text]);

  const describedBy = [aria["aria-describedby"], formatOk ? undefined : hintId].filter(Boolean).join(" ") || undefined;
  const match = options.find((option) => option.value === text);
  return (
    <span className="sfb-id">
      <input
        id={id}
        className="sfb-input sfb-value-input sfb-id-input"
        value={text}
        spellCheck={false}
        autoComplete="off"
        placeholder={format?.example}
        list={loadOptions === undefined ? undefined : `${id}-options`}
        onChange={(event) => onChange(event.target.value.trim())}
        aria-label={aria["aria-label"]}
        aria-invalid={aria["aria-invalid"] === true || !formatOk ? true : undefined}
        aria-describedby={describedBy}
        aria-busy={loading || undefined}
      />
      {loadOptions === undefined ? null : (
        <datalist id={`${id}-options`}>
          {options.map((option) => (
            <option key={option.value} value={option.value} label={option.label} />
          ))}
        </datalist>
      )}
      {match === undefined ? null : <span className="sfb-id-name">{match.label}</span>}
      {formatOk || format === undefined ? null : (
        <span id={hintId} className="sfb-hint sfb-hint-error">
          {messages.idFormatHint(format.description)}
        </span>
      )}
    </span>
  );
}
