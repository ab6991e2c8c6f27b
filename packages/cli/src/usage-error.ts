/** Exit code for a wrong command line: unknown command or flag, or a bad flag value. */
export const EXIT_USAGE = 2;

/**
 * The operator typed something the command does not understand. The CLI prints `message` and the
 * command's usage line, never a stack trace, and exits with {@link EXIT_USAGE}.
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
