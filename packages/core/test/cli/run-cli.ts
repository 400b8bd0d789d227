import { runCli } from "../../src/cli/run.js";

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with fake standard streams and an in-memory file system (or `readFile`, e.g. the disk). */
export async function cli(args: string[], options: { stdin?: string; files?: Record<string, string>; readFile?: (path: string) => Promise<string> } = {}): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const code = await runCli(args, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    // eslint-disable-next-line @typescript-eslint/require-await -- an async generator stands in for readline
    stdinLines: async function* () {
      yield* (options.stdin ?? "").split("\n");
    },
    readFile: (path) => {
      if (options.readFile !== undefined) return options.readFile(path);
      const content = options.files?.[path];
      return content === undefined ? Promise.reject(new Error(`ENOENT: no such file, open '${path}'`)) : Promise.resolve(content);
    },
  });
  return { code, stdout, stderr };
}
