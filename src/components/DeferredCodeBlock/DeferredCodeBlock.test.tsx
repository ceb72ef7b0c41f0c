// @vitest-environment jsdom
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import DeferredCodeBlock from './index';

/** An IntersectionObserver the test drives: `enter()` reports every observed element near. */
let observers: { callback: IntersectionObserverCallback; targets: Element[] }[] = [];
class FakeObserver {
  targets: Element[] = [];
  constructor(public callback: IntersectionObserverCallback) {
    observers.push(this);
  }
  observe(el: Element) {
    this.targets.push(el);
  }
  disconnect() {
    this.targets = [];
  }
  unobserve() {}
  takeRecords() {
    return [];
  }
}
function enter() {
  for (const o of observers) {
    const entries = o.targets.map((target) => ({ target, isIntersecting: true }));
    if (entries.length) o.callback(entries as unknown as IntersectionObserverEntry[], {} as never);
  }
}

beforeEach(() => {
  observers = [];
  vi.stubGlobal('IntersectionObserver', FakeObserver);
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const CODE = 'import wandb\nrun = wandb.init()\n';

describe('DeferredCodeBlock', () => {
  it('shows the code as plain text in the theme box until the block comes near', () => {
    const { container } = render(
      <DeferredCodeBlock className="language-python" metastring='world=docs title="Link it"'>
        {CODE}
      </DeferredCodeBlock>,
    );
    const box = container.firstElementChild as HTMLElement;
    expect(box.classList.contains('theme-code-block')).toBe(true);
    expect(box.classList.contains('language-python')).toBe(true);
    expect(screen.getByText('Link it')).toBeTruthy();
    // One text node: no token spans, the trailing newline dropped as the theme does.
    const code = container.querySelector('pre > code');
    expect(code?.textContent).toBe('import wandb\nrun = wandb.init()');
    expect(code?.children.length).toBe(0);
    expect(screen.queryByTestId('theme-code-block')).toBeNull();
  });

  it("adds the language class when the block has none (the theme's default is text)", () => {
    const { container } = render(<DeferredCodeBlock>{'plain'}</DeferredCodeBlock>);
    expect(container.firstElementChild?.classList.contains('language-text')).toBe(true);
  });

  it("becomes the theme's block near the viewport, with the same code", async () => {
    render(<DeferredCodeBlock className="language-python">{CODE}</DeferredCodeBlock>);
    await act(async () => enter());
    const themed = await screen.findByTestId('theme-code-block');
    expect(themed.textContent).toBe(CODE);
  });

  it('turns blocks that come near together one at a time, each in a task of its own', async () => {
    const { container } = render(
      <>
        <DeferredCodeBlock className="language-python">{'a = 1\n'}</DeferredCodeBlock>
        <DeferredCodeBlock className="language-python">{'b = 2\n'}</DeferredCodeBlock>
        <DeferredCodeBlock className="language-python">{'c = 3\n'}</DeferredCodeBlock>
      </>,
    );
    // One observer serves every block.
    expect(observers).toHaveLength(1);
    // Mutation records are delivered after each task: a block per task shows as 1, 2, 3.
    const seen: number[] = [];
    const themed = () => container.querySelectorAll('[data-testid="theme-code-block"]').length;
    const watch = new MutationObserver(() => seen.push(themed()));
    watch.observe(container, { childList: true, subtree: true });
    await act(async () => enter());
    await waitFor(() => expect(themed()).toBe(3));
    watch.disconnect();
    expect(seen).toEqual([1, 2, 3]);
    expect([...container.querySelectorAll('code')].map((c) => c.textContent)).toEqual([
      'a = 1\n',
      'b = 2\n',
      'c = 3\n',
    ]);
  });

  it("renders element children with the theme's block at once (no plain text to show)", async () => {
    render(
      <DeferredCodeBlock>
        <span>jsx</span>
      </DeferredCodeBlock>,
    );
    expect((await screen.findByTestId('theme-code-block')).textContent).toBe('jsx');
  });
});
