import type { FilterSchema } from "@scim-filter/core";
import { useCallback, useRef, useState } from "react";
import type { BuiltInChoice, SchemaChoice } from "../schema/choices.js";
import { parseChoice } from "../schema/choices.js";
import { parseSchemasFile, tooLarge } from "../schema/schemas-file.js";
import { readStoredFile, storeFile } from "../schema/stored-file.js";

const PARAM = "schema";

export interface LoadedSchemaFile {
  name: string;
  schema: FilterSchema;
}

export interface SchemaChoiceState {
  /** What the switch shows. */
  choice: SchemaChoice;
  /** What the builder uses: the choice, except that "file" keeps the previous built-in schema until a file loads. */
  active: SchemaChoice;
  /** The built-in choice in use while "file" waits for a file. */
  fallback: BuiltInChoice;
  file: LoadedSchemaFile | null;
  /** Why the last picked file was refused; the schema in use did not change. */
  fileError: string | null;
  choose: (choice: SchemaChoice) => void;
  loadFile: (file: File) => void;
}

function restoreFile(): LoadedSchemaFile | null {
  const stored = readStoredFile();
  if (stored === null) return null;
  const result = parseSchemasFile(stored.text, stored.name);
  return result.ok ? { name: stored.name, schema: result.schema } : null;
}

function writeChoice(choice: SchemaChoice): void {
  const url = new URL(window.location.href);
  if (choice === "staffbase") url.searchParams.delete(PARAM);
  else url.searchParams.set(PARAM, choice);
  window.history.replaceState(null, "", url);
}

/**
 * The schema choice, kept in the page URL (?schema=…) like the filter, so a link shares it and a reload
 * keeps it; a loaded file is kept in sessionStorage for the reload.
 */
export function useSchemaChoice(): SchemaChoiceState {
  const [choice, setChoice] = useState<SchemaChoice>(() => parseChoice(new URLSearchParams(window.location.search).get(PARAM)));
  const [fallback, setFallback] = useState<BuiltInChoice>(() => (choice === "file" ? "staffbase" : choice));
  const [file, setFile] = useState(restoreFile);
  const [fileError, setFileError] = useState<string | null>(null);
  // Each choice or picked file takes a ticket: a file still being read when the user moves on is ignored.
  const ticket = useRef(0);

  const choose = useCallback(
    (next: SchemaChoice) => {
      ticket.current += 1;
      setChoice(next);
      setFileError(null);
      if (next !== "file") setFallback(next);
      // The URL names the schema in use: "file" only once a file is loaded, so a reload never lands on a
      // file choice with no file while the URL claims one.
      if (next !== "file" || file !== null) writeChoice(next);
    },
    [file],
  );

  const loadFile = useCallback((picked: File) => {
    const mine = ++ticket.current;
    const refused = tooLarge(picked);
    if (refused !== null) {
      setFileError(refused);
      return;
    }
    picked.text().then(
      (text) => {
        if (mine !== ticket.current) return;
        const result = parseSchemasFile(text, picked.name);
        if (!result.ok) {
          setFileError(result.message);
          return;
        }
        setFile({ name: picked.name, schema: result.schema });
        setFileError(null);
        storeFile({ name: picked.name, text });
        setChoice("file");
        writeChoice("file");
      },
      (error: unknown) => {
        if (mine === ticket.current) setFileError(`${picked.name} could not be read: ${error instanceof Error ? error.message : String(error)}`);
      },
    );
  }, []);

  const active = choice === "file" && file === null ? fallback : choice;
  return { choice, active, fallback, file, fileError, choose, loadFile };
}
