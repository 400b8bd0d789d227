/** What a CLI command may touch, so tests can run commands in-process. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Lines of standard input, read lazily (only `--stdin` reads them). */
  stdinLines: () => AsyncIterable<string>;
  readFile: (path: string) => Promise<string>;
}

/** Exit codes: 0 success, 1 the input is invalid (syntax, validation), 2 the command line is wrong. */
export const EXIT_OK = 0;
export const EXIT_INVALID = 1;
export const EXIT_USAGE = 2;

export class UsageError extends Error {
  override readonly name = "UsageError";
}

/** A file given on the command line is unreadable or of the wrong shape: exit 2, one line without the help. */
export class InputFileError extends Error {
  override readonly name = "InputFileError";
}

/** A message folded onto one line: the CLI reports a bad file in one. */
export const oneLine = (text: string) => text.replace(/\s+/g, " ").trim();

/** A JSON file given on the command line; unreadable or not JSON is an InputFileError on one line. */
export async function readJsonFile(path: string, io: CliIo, what: string): Promise<unknown> {
  try {
    return JSON.parse(await io.readFile(path)) as unknown;
  } catch (error) {
    throw new InputFileError(`Cannot read ${what} from ${path}: ${oneLine((error as Error).message)}`);
  }
}
