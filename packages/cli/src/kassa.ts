import { processIo } from './cli-io';
import { runKassa } from './run-kassa';

// The `kassa` executable: everything lives in run-kassa.ts so tests can run it in-process.
runKassa(process.argv.slice(2), processIo()).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `kassa: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
