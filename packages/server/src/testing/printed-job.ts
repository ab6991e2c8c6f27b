import iconv from 'iconv-lite';

// What a test reads back from the bytes a printer was sent.

/** Whether the job holds these bytes (a command such as the drawer pulse, or encoded text). */
export function jobContains(job: Uint8Array, needle: readonly number[] | Uint8Array): boolean {
  return Buffer.from(job).indexOf(Buffer.from(needle)) >= 0;
}

/** The printed text: GB18030 between the control codes, which decode as stray characters at line ends. */
export function jobText(job: Uint8Array): string {
  return iconv.decode(Buffer.from(job), 'gb18030');
}

/** The printed lines of a job, without the ESC/POS commands around them. */
export function jobLines(job: Uint8Array): string[] {
  return (
    jobText(job)
      .split('\n')
      // biome-ignore lint/suspicious/noControlCharactersInRegex: ESC/POS commands are control characters.
      .map((line) => line.replace(/[\x00-\x1f]./g, '').replace(/[\x00-\x1f]/g, ''))
  );
}
