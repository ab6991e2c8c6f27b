import { useEffect } from 'react';

/**
 * Points the page's web app manifest at `href` while the calling screen is shown, so installing
 * Kassa from the back office gives the owner's app (opening on today's figures) rather than the
 * register's. The register's manifest comes back when the screen goes.
 */
export function useManifest(href: string): void {
  useEffect(() => {
    const link = document.querySelector<HTMLLinkElement>('link[rel="manifest"]');
    if (!link) return;
    const before = link.getAttribute('href');
    link.setAttribute('href', href);
    return () => {
      if (before !== null) link.setAttribute('href', before);
    };
  }, [href]);
}
