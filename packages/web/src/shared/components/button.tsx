import type { ComponentPropsWithRef } from 'react';

export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'ghost';

export type ButtonProps = Omit<ComponentPropsWithRef<'button'>, 'type'> & {
  readonly variant?: ButtonVariant;
  readonly size?: 'md' | 'lg';
  /** Submit buttons are explicit; everything else never submits a form by accident. */
  readonly submit?: boolean;
};

/** A button with the app's look; at least 44 px tall so it works under a finger. */
export function Button({
  variant = 'secondary',
  size = 'md',
  submit = false,
  className,
  ...rest
}: ButtonProps) {
  const classes = ['btn', `btn--${variant}`, size === 'lg' ? 'btn--lg' : '', className ?? '']
    .filter(Boolean)
    .join(' ');
  return submit ? (
    <button type="submit" className={classes} {...rest} />
  ) : (
    <button type="button" className={classes} {...rest} />
  );
}
