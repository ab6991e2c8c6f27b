/** What a command reads and writes, passed in so tests can run commands in-process. */
export type CliIo = {
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Prints a line (or lines) to standard output. */
  readonly out: (text: string) => void;
  /** Prints a line (or lines) to standard error. */
  readonly err: (text: string) => void;
};

/** The real process's environment and streams. */
export function processIo(): CliIo {
  return {
    env: process.env,
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
  };
}
