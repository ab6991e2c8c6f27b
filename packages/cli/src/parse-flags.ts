import { type ParseArgsConfig, parseArgs } from 'node:util';
import { UsageError } from './usage-error';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * `util.parseArgs` in strict mode, with its errors (unknown flag, missing value, stray argument)
 * turned into a {@link UsageError} the operator can read.
 */
export function parseFlags<const O extends Options>(args: readonly string[], options: O) {
  try {
    return parseArgs({ args: [...args], options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      throw new UsageError(readableParseError(error.message));
    }
    throw error;
  }
}

/** Node's messages end with advice about `--` that does not apply to kassa. */
function readableParseError(message: string): string {
  return message.split('. To specify')[0]?.replace(/\.$/, '') ?? message;
}

/**
 * A TCP port from a flag or an environment variable: an integer 0–65535 (0 = any free port, for
 * tests; operators pass 1–65535).
 */
export function parsePort(text: string, source: string): number {
  const port = /^\d{1,5}$/.test(text.trim()) ? Number(text.trim()) : Number.NaN;
  if (!Number.isInteger(port) || port > 65535) {
    throw new UsageError(
      `${source} must be a port number 1–65535 / 端口号必须是 1–65535, got ${JSON.stringify(text)}`,
    );
  }
  return port;
}
