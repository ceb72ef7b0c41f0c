// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { collected } from '../../../test/stubs/docusaurus/useBrokenLinks';
import { isSitePageHref } from '../../playground/useSiteLink';
import ProseLink from './index';

afterEach(() => {
  cleanup();
  collected.length = 0;
  window.history.replaceState(null, '', '/');
  vi.unstubAllGlobals();
});

describe('ProseLink', () => {
  it("renders a link to another page as a plain anchor, checked by the build's broken-link check", () => {
    render(<ProseLink href="/docs/troubleshooting#offline">Offline</ProseLink>);
    const link = screen.getByRole('link', { name: 'Offline' });
    expect(link.getAttribute('href')).toBe('/docs/troubleshooting#offline');
    expect(link.hasAttribute('data-theme-link')).toBe(false);
    expect(collected).toEqual(['/docs/troubleshooting#offline']);
  });

  it('navigates in the page on a plain click, and leaves modified and other-button clicks to the browser', () => {
    render(<ProseLink href="/docs/troubleshooting#offline">Offline</ProseLink>);
    const link = screen.getByRole('link', { name: 'Offline' });
    for (const init of [{ ctrlKey: true }, { metaKey: true }, { shiftKey: true }, { button: 1 }]) {
      expect(fireEvent.click(link, init)).toBe(true); // not prevented: new tab, window, ...
    }
    expect(window.location.pathname).toBe('/');
    expect(fireEvent.click(link)).toBe(false);
    expect(window.location.pathname + window.location.hash).toBe('/docs/troubleshooting#offline');
  });

  it('preloads the target page when a pointer or a finger comes to the link', () => {
    const preload = vi.fn();
    vi.stubGlobal('docusaurus', { preload });
    render(<ProseLink href="/docs/error-messages">Error messages</ProseLink>);
    const link = screen.getByRole('link', { name: 'Error messages' });
    fireEvent.mouseEnter(link);
    fireEvent.touchStart(link);
    expect(preload).toHaveBeenCalledWith('/docs/error-messages');
  });

  it("leaves anchors on the page, other sites, footnotes and new-tab links to the theme's link", () => {
    render(
      <>
        <ProseLink href="#offline">anchor</ProseLink>
        <ProseLink href="https://docs.wandb.ai/">external</ProseLink>
        <ProseLink href="/docs/guide/">slash</ProseLink>
        <ProseLink href="/docs/guide" id="user-content-fn-1">
          footnote
        </ProseLink>
        <ProseLink href="/docs/guide" target="_blank">
          new tab
        </ProseLink>
      </>,
    );
    for (const name of ['anchor', 'external', 'slash', 'footnote', 'new tab']) {
      expect(screen.getByRole('link', { name }).hasAttribute('data-theme-link')).toBe(true);
    }
  });
});

describe('isSitePageHref', () => {
  it('takes a path on this site and nothing else', () => {
    expect(isSitePageHref('/docs/troubleshooting#offline')).toBe(true);
    expect(isSitePageHref('/registry-docs/docs/guide?x=1')).toBe(true);
    for (const href of [
      '#offline',
      'https://wandb.ai/',
      '//cdn.example/x',
      '/',
      '/docs/',
      'docs/x',
      undefined,
    ]) {
      expect(isSitePageHref(href)).toBe(false);
    }
  });
});
