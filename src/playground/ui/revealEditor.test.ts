// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { revealSnippet } from './revealEditor';

function page(): Document {
  document.body.innerHTML = `
    <div class="tabs-container">
      <ul role="tablist"><li role="tab" id="t1">Python SDK</li><li role="tab" id="t2">Registry App</li></ul>
      <div>
        <div role="tabpanel" hidden><div data-runnable-snippet data-world="docs" id="s1"></div></div>
        <div role="tabpanel"><div id="app"></div></div>
      </div>
    </div>
    <div data-runnable-snippet data-world="docs" id="s2"></div>`;
  return document;
}

describe('revealSnippet', () => {
  it('selects the hidden tab holding the first snippet of the world', () => {
    const doc = page();
    let clicked = '';
    doc.getElementById('t1')!.addEventListener('click', () => (clicked = 't1'));
    doc.getElementById('t2')!.addEventListener('click', () => (clicked = 't2'));
    expect(revealSnippet('docs', doc)?.id).toBe('s1');
    expect(clicked).toBe('t1');
  });

  it('returns null when no snippet of that world exists, clicking nothing', () => {
    const doc = page();
    let clicks = 0;
    for (const t of doc.querySelectorAll('[role="tab"]'))
      t.addEventListener('click', () => clicks++);
    expect(revealSnippet('other-world', doc)).toBeNull();
    expect(clicks).toBe(0);
  });
});
