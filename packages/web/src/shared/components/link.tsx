import type { ComponentPropsWithoutRef } from 'react';
import { navigate } from '../../use-route';

export type LinkProps = ComponentPropsWithoutRef<'a'> & { readonly href: string };

/** An in-app link: a real `<a href>` (open in new tab works) that navigates without a reload. */
export function Link({ href, onClick, ...rest }: LinkProps) {
  return (
    <a
      href={href}
      onClick={(event) => {
        onClick?.(event);
        if (event.defaultPrevented || event.button !== 0) return;
        if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
        event.preventDefault();
        navigate(href);
      }}
      {...rest}
    />
  );
}
