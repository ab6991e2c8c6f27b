import { Button } from '../../shared/components/button';

export type BookButtonProps = {
  readonly label: string;
  readonly disabled: boolean;
  readonly onBook: () => void;
  readonly testId: string;
};

/** The primary button that books a stock document, on a line of its own. */
export function BookButton({ label, disabled, onBook, testId }: BookButtonProps) {
  return (
    <div>
      <Button variant="primary" disabled={disabled} onClick={onBook} data-testid={testId}>
        {label}
      </Button>
    </div>
  );
}
