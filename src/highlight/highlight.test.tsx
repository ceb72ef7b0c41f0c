// @vitest-environment jsdom
import { Highlight as LibraryHighlight, themes } from 'prism-react-renderer';
import type { ComponentProps } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Highlight, Prism } from './index';

type Props = ComponentProps<typeof LibraryHighlight>;

/** A code block as the theme's CodeBlock/Content renders it from Highlight's render props. */
const block: Props['children'] = ({ className, style, tokens, getLineProps, getTokenProps }) => (
  <pre className={className} style={style}>
    {tokens.map((line, i) => (
      // biome-ignore lint/suspicious/noArrayIndexKey: lines have no other identity, as in the theme
      <div key={i} {...getLineProps({ line, className: i === 1 ? 'highlighted' : undefined })}>
        {line.map((token, j) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: as above
          <span key={j} {...getTokenProps({ token })} />
        ))}
      </div>
    ))}
  </pre>
);

const PYTHON = `import wandb

run = wandb.init(project="demo")  # a comment
art = wandb.Artifact("model", type='model')
run.link_artifact(art, f"wandb-registry-model/{name}:v0")
"""a
multi-line string"""
print(1.5e3, None, True)
`;

const render = (H: typeof LibraryHighlight, props: Omit<Props, 'children'>) =>
  renderToStaticMarkup(<H {...props}>{block}</H>);

describe('Highlight', () => {
  for (const [name, theme] of Object.entries({ github: themes.github, dracula: themes.dracula })) {
    it(`renders python as prism-react-renderer does (${name})`, () => {
      const ours = render(Highlight, { code: PYTHON, language: 'python', theme });
      expect(ours).toContain('token keyword');
      expect(ours).toBe(render(LibraryHighlight, { code: PYTHON, language: 'python', theme }));
    });
  }

  it('renders a language without a grammar as plain lines, as prism-react-renderer does', () => {
    const code = '- removed\n+ added\n\nwandb: ERROR Run failed\n';
    for (const language of ['text', 'diff', 'Text']) {
      const ours = render(Highlight, { code, language, theme: themes.github });
      expect(ours).not.toContain('token keyword');
      expect(ours).toBe(render(LibraryHighlight, { code, language, theme: themes.github }));
    }
  });

  it('knows the languages the docs highlight', () => {
    expect(Object.keys(Prism.languages)).toContain('python');
  });
});

describe('Prism', () => {
  it('is in manual mode: it highlights only what it is asked to, never the page on its own', () => {
    // Without it, Prism highlights every language-… element once it loads (the plain blocks).
    expect(Prism.manual).toBe(true);
  });
});
