import { type ParseArgsConfig, parseArgs } from 'node:util';
import { parseFlags } from '../parse-flags';
import { UsageError } from '../usage-error';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * The flags (as {@link parseFlags} reads them) and the one file named among them, for commands
 * such as `kassa restore FILE [--data-dir DIR]`.
 * @throws UsageError without a file, with more than one, or on a bad flag.
 */
export function parseFlagsAndFile<const O extends Options>(args: readonly string[], options: O) {
  // A lenient pass only finds the file; the strict one then checks every flag.
  const { tokens } = parseArgs({
    args: [...args],
    options,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const files = tokens.filter((token) => token.kind === 'positional');
  const [file, extra] = files;
  if (!file) throw new UsageError('name the backup file / 请指定备份文件');
  if (extra)
    throw new UsageError(`one file only / 只能指定一个文件, got ${files.map((f) => f.value).join(' ')}`);
  return {
    flags: parseFlags(
      args.filter((_, i) => i !== file.index),
      options,
    ),
    file: file.value,
  };
}
