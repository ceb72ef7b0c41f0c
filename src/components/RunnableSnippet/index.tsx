import useBaseUrl from '@docusaurus/useBaseUrl';
import CodeEditor from '@site/src/components/CodeEditor';
import RunOutput from '@site/src/components/RunOutput';
import { loadAnalyzer } from '@site/src/playground/engine';
import { rewriteCode } from '@site/src/playground/myNames';
import { useMyNames } from '@site/src/playground/useMyNames';
import type { Diagnostic } from 'playground-engine';
import { useSnippetRunner } from '@site/src/playground/useSnippetRunner';
import { usePageWorld } from '@site/src/playground/WorldScopeContext';
import { type ReactNode, type MouseEvent, useCallback, useRef, useState } from 'react';
import styles from './styles.module.css';

export interface RunnableSnippetProps {
  /** The snippet as written in the page. */
  code: string;
  /** A key of the engine's worldSeeds; snippets naming the same id on a page share a world. */
  worldId: string;
  /** The declared outcome (`ok` or an error type), shown to the reader. */
  expect?: string;
  title?: string;
  /** The wandb version to simulate (a block's `sdk=`); default: the world's. */
  sdkVersion?: string;
  /** `names=off`: the block keeps the docs' names under "Use my names" (its point is a name). */
  namesOff?: boolean;
  /** Renders the static highlighted block (the theme's original CodeBlock). */
  renderStatic: (code: string, highlightLine?: number) => ReactNode;
}

/**
 * A docs snippet that can run. The static block stays the server-rendered
 * content; the engine loads on Run, Monaco on Edit.
 */
export default function RunnableSnippet({
  code: written,
  worldId,
  expect,
  title,
  sdkVersion,
  namesOff = false,
  renderStatic,
}: RunnableSnippetProps) {
  // "Use my names": the code shown, run and copied is in the reader's names.
  const names = useMyNames();
  const original = namesOff ? written : rewriteCode(written, names);
  const [code, setCode] = useState(original);
  const [shownFor, setShownFor] = useState(original);
  if (shownFor !== original) {
    // New names: show the block in them (an edit is replaced too: its world was rebuilt).
    setShownFor(original);
    setCode(original);
  }
  const [editing, setEditing] = useState(false);
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
  const rootRef = useRef<HTMLDivElement>(null);
  const runButton = useRef<HTMLButtonElement>(null);
  const { slot } = usePageWorld(worldId);
  const playgroundPath = useBaseUrl('/playground');

  const openInEditor = useCallback((next: string) => {
    setCode(next);
    setEditing(true);
    rootRef.current?.scrollIntoView?.({ block: 'nearest' });
  }, []);

  const { state, run } = useSnippetRunner({
    slot,
    code,
    elementRef: rootRef,
    onOpenInEditor: openInEditor,
    sdkVersion,
  });
  const errorLine = state.status === 'done' ? state.result.error?.line : undefined;
  const name = title ?? 'snippet';

  const getDiagnostics = useCallback(
    async (text: string): Promise<Diagnostic[]> => {
      const [analyzer, world] = await Promise.all([loadAnalyzer(), slot.ensure()]);
      return analyzer.analyze(text, world);
    },
    [slot],
  );

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code);
      setCopied('copied');
    } catch {
      setCopied('failed');
    }
  };

  // The codec (lz-string) loads on click, keeping it out of every page's initial JS.
  // The link carries the code, the world id and, once it exists, the world's snapshot.
  const openInPlayground = async (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    const { shareHref } = await import('@site/src/playground/shareCodec');
    const snapshot = slot.current()?.snapshot();
    window.location.assign(shareHref(playgroundPath, { v: 1, code, worldId, snapshot }));
  };

  return (
    <div
      ref={rootRef}
      className={styles.snippet}
      data-runnable-snippet=""
      data-world={worldId}
      data-expect={expect}
    >
      {editing ? (
        <CodeEditor
          value={code}
          onChange={setCode}
          onRun={run}
          onEscape={() => runButton.current?.focus()}
          getDiagnostics={getDiagnostics}
          errorLine={errorLine}
          ariaLabel={`Python editor: ${name}`}
          autoFocus
        />
      ) : (
        renderStatic(code, errorLine)
      )}
      <fieldset className={styles.controls} aria-label={`Controls for ${name}`}>
        <button
          ref={runButton}
          type="button"
          className="button button--primary button--sm"
          onClick={run}
          disabled={state.status === 'running'}
        >
          {state.status === 'running' ? 'Running…' : 'Run'}
        </button>
        {editing ? null : (
          <button
            type="button"
            className="button button--secondary button--sm"
            onClick={() => setEditing(true)}
          >
            Edit
          </button>
        )}
        <button
          type="button"
          className="button button--secondary button--sm"
          onClick={() => setCode(original)}
          disabled={code === original}
        >
          Reset
        </button>
        <button type="button" className="button button--secondary button--sm" onClick={copy}>
          Copy
        </button>
        <a
          className="button button--secondary button--sm"
          href={playgroundPath}
          onClick={openInPlayground}
        >
          Open in playground
        </a>
        <span className={styles.meta}>
          World: <code>{worldId}</code>
          {sdkVersion ? (
            <>
              {' '}
              · wandb <code>{sdkVersion}</code>
            </>
          ) : null}
          {expect && expect !== 'ok' ? (
            <>
              {' '}
              · expected to raise <code>{expect}</code>
            </>
          ) : null}
        </span>
        <span className={styles.srOnly} aria-live="polite">
          {copied === 'copied'
            ? 'Code copied'
            : copied === 'failed'
              ? 'Copy failed: select the code and copy it by hand'
              : ''}
        </span>
      </fieldset>
      <RunOutput state={state} label={`Output of ${name}`} expect={expect} />
    </div>
  );
}
