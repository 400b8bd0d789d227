// The loaded /Schemas file, kept in sessionStorage: the URL holds the choice (`?schema=file`), but a file
// cannot travel in a URL, and without this a reload would lose it. Per tab, gone when the tab closes.
const KEY = "scim-filter-demo.schemas-file";

export interface StoredFile {
  name: string;
  text: string;
}

export function readStoredFile(): StoredFile | null {
  try {
    const raw = window.sessionStorage.getItem(KEY);
    if (raw === null) return null;
    const value = JSON.parse(raw) as Partial<StoredFile>;
    return typeof value.name === "string" && typeof value.text === "string" ? { name: value.name, text: value.text } : null;
  } catch {
    return null;
  }
}

/** Best effort: storage may be full or disabled, and then only a reload forgets the file. */
export function storeFile(file: StoredFile): void {
  try {
    window.sessionStorage.setItem(KEY, JSON.stringify(file));
  } catch {
    // Nothing to do: the file stays loaded for this page.
  }
}
