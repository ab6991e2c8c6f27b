import type { ReactNode } from 'react';
import { Field } from './field';

export type TextFieldProps = {
  readonly label: ReactNode;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly maxLength: number;
  readonly testId: string;
};

/** A labelled one-line text input, as most forms' free-text fields are. */
export function TextField({ label, value, onChange, maxLength, testId }: TextFieldProps) {
  return (
    <Field label={label}>
      {(control) => (
        <input
          {...control}
          value={value}
          maxLength={maxLength}
          onChange={(e) => onChange(e.target.value)}
          data-testid={testId}
        />
      )}
    </Field>
  );
}
