import type { CliIo } from './cli-io';
import { BACKUP_HELP, backupCommand } from './commands/backup';
import { BACKUP_VERIFY_HELP, backupVerifyCommand } from './commands/backup-verify';
import { JOURNAL_VERIFY_HELP, journalVerifyCommand } from './commands/journal-verify';
import { RESTORE_HELP, restoreCommand } from './commands/restore';
import { START_HELP, startCommand } from './commands/start';
import { STOCK_REBUILD_HELP, stockRebuildCommand } from './commands/stock-rebuild';
import { EXIT_USAGE, UsageError } from './usage-error';

const KASSA_HELP = `Usage: kassa <command> [flags]

Kassa 智能收银系统 / Kassa point of sale

Commands:
  start            启动服务 / start the server (add --demo for a demo shop)
  journal verify   校验销售流水 / check the sales journal hash chain
  backup           立即备份 / back up the database now (the server also does it nightly)
  backup verify    校验备份 / check a backup file
  restore          恢复备份 / put a backup in place of the database (stop the server first)
  stock rebuild    重算库存 / set stock on hand to the sum of the stock ledger (--check: only report)

Run "kassa <command> --help" for a command's flags.`;

type Command = {
  readonly help: string;
  readonly run: (args: readonly string[], io: CliIo) => Promise<number>;
};

/** Commands by their words; `journal verify`, `backup verify` and `stock rebuild` are two words. */
const COMMANDS: Readonly<Record<string, Command>> = {
  start: { help: START_HELP, run: startCommand },
  'journal verify': { help: JOURNAL_VERIFY_HELP, run: journalVerifyCommand },
  backup: { help: BACKUP_HELP, run: backupCommand },
  'backup verify': { help: BACKUP_VERIFY_HELP, run: backupVerifyCommand },
  restore: { help: RESTORE_HELP, run: restoreCommand },
  'stock rebuild': { help: STOCK_REBUILD_HELP, run: stockRebuildCommand },
};

/**
 * Runs the kassa command line and returns the exit code: 0 done, 1 the command found a problem
 * (e.g. a broken journal), 2 the command line is wrong. Usage errors print a message and the
 * usage, never a stack trace.
 */
export async function runKassa(argv: readonly string[], io: CliIo): Promise<number> {
  const [first, second] = argv;
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    (first === undefined ? io.err : io.out)(KASSA_HELP);
    return first === undefined ? EXIT_USAGE : 0;
  }
  const twoWords = `${first} ${second ?? ''}`;
  const name = twoWords in COMMANDS ? twoWords : first;
  const command = COMMANDS[name];
  if (!command) {
    const hint =
      first === 'journal'
        ? ' (did you mean "kassa journal verify"?)'
        : first === 'stock'
          ? ' (did you mean "kassa stock rebuild"?)'
          : '';
    io.err(`Unknown command / 未知命令: ${argv.slice(0, 2).join(' ')}${hint}\n\n${KASSA_HELP}`);
    return EXIT_USAGE;
  }
  const args = argv.slice(name.split(' ').length);
  if (args.includes('--help') || args.includes('-h')) {
    io.out(command.help);
    return 0;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`kassa ${name}: ${error.message}\n\n${command.help}`);
      return EXIT_USAGE;
    }
    throw error;
  }
}
