export type StatusChipsProps<S extends string> = {
  /** The choices in order; '' (all of them) comes first on its own. */
  readonly statuses: readonly S[];
  readonly value: S | '';
  readonly onChange: (status: S | '') => void;
  /** What the row of chips picks, for screen readers. */
  readonly legend: string;
  readonly labelOf: (status: S) => string;
  /** Each chip gets `<testId>-<status>`, the first `<testId>-all`. */
  readonly testId: string;
  /** The first chip's words: all orders, all transfers. */
  readonly allLabel: string;
};

/**
 * A list's filter as a row of chips, "all" first; on a phone the row stays one line that scrolls
 * sideways instead of pushing the list down.
 */
export function StatusChips<S extends string>({
  statuses,
  value,
  onChange,
  legend,
  labelOf,
  testId,
  allLabel,
}: StatusChipsProps<S>) {
  return (
    <fieldset className="segmented status-chips">
      <legend className="visually-hidden">{legend}</legend>
      {(['', ...statuses] as const).map((s) => (
        <button
          key={s || 'all'}
          type="button"
          className="chip"
          aria-pressed={value === s}
          onClick={() => onChange(s)}
          data-testid={`${testId}-${s || 'all'}`}
        >
          {s ? labelOf(s) : allLabel}
        </button>
      ))}
    </fieldset>
  );
}
