/** How a document's status reads at a glance: still to do (`open`), done, or neither (drafts, called off). */
export type StatusTone = 'open' | 'done' | 'quiet';

export type StatusTagProps = {
  /** The status as the API names it, kept on the tag for tests and styles. */
  readonly status: string;
  readonly label: string;
  readonly tone: StatusTone;
  readonly testId: string;
};

/** A stock document's status in words, in a small coloured pill. */
export function StatusTag({ status, label, tone, testId }: StatusTagProps) {
  return (
    <span className={`status-tag status-tag--${tone}`} data-status={status} data-testid={testId}>
      {label}
    </span>
  );
}
