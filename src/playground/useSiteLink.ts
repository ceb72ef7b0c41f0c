// A prose link to another page of the site, as the theme's Link makes it (base URL, the build's
// broken-link check, client-side navigation on a plain click, the page's chunks preloaded when a
// pointer or finger comes to it), without the theme's IntersectionObserver per link, which
// prefetches the target once the link is on screen. Error messages has 200 links to one page:
// their observers and the five components each theme link mounts were a third of what its
// hydration did.
import { useHistory } from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import type { MouseEvent } from 'react';

/**
 * True for an href this link handles: a path on this site ("/docs/page#anchor"), not "#anchor"
 * alone, not a URL with a scheme or host, and not one ending in "/" (the theme's Link rewrites
 * those by the site's trailingSlash setting).
 */
export function isSitePageHref(href: unknown): href is string {
  if (typeof href !== 'string' || !href.startsWith('/') || href.startsWith('//')) return false;
  const path = href.replace(/[?#].*$/, '');
  return path.length > 1 && !path.endsWith('/');
}

/** What a site-page link renders: its href with the base URL, and its event handlers. */
export function useSiteLink(href: string) {
  const history = useHistory();
  const target = useBaseUrl(href);
  useBrokenLinks().collectLink(target);
  // window.docusaurus is Docusaurus's client API (absent in tests that do not stub it).
  const preload = () => {
    (window.docusaurus as typeof window.docusaurus | undefined)?.preload(target);
  };
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    // As react-router's Link: other buttons and modifier keys keep the browser's behaviour
    // (new tab, new window, download).
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.altKey || e.ctrlKey || e.shiftKey)
      return;
    e.preventDefault();
    history.push(target);
  };
  return { href: target, onClick, onMouseEnter: preload, onTouchStart: preload };
}
