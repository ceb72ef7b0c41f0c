import { type RefObject, useCallback, useEffect, useRef, useState } from 'react';
import type { NetworkEntry, RunResult } from 'playground-engine';
import { loadEngine } from './engine';
import type { SlotMember, WorldSlot } from './pageWorlds';

export type RunState =
  | { status: 'idle' }
  | { status: 'running' }
  | { status: 'done'; result: RunResult; replayed: number }
  | { status: 'failed'; message: string };

interface Options {
  slot: WorldSlot;
  code: string;
  /** The snippet's root element: its document position defines page order. */
  elementRef: RefObject<Element | null>;
  /** Called when another part of the page hands this snippet code to edit. */
  onOpenInEditor?: (code: string) => void;
  /** The wandb version to simulate (a block's `sdk=`); default: the world's. */
  sdkVersion?: string;
}

/**
 * Runs one snippet against its page world. Before the first run, earlier
 * snippets on the same world that have not run yet are run first, so the world
 * matches what the page has shown up to this point.
 */
export function useSnippetRunner({ slot, code, elementRef, onOpenInEditor, sdkVersion }: Options) {
  const [state, setState] = useState<RunState>({ status: 'idle' });
  const codeRef = useRef(code);
  codeRef.current = code;
  const openRef = useRef(onOpenInEditor);
  openRef.current = onOpenInEditor;
  const hasRun = useRef(false);
  const busy = useRef(false);
  const memberRef = useRef<SlotMember | null>(null);

  const runSelf = useCallback(async (): Promise<RunResult | null> => {
    setState({ status: 'running' });
    try {
      const world = await slot.ensure();
      const engine = await loadEngine();
      let live = 0;
      const onEntry = (e: NetworkEntry) => {
        live++;
        slot.log.append(e);
      };
      const result = await engine.runSnippet(codeRef.current, { world, onEntry, sdkVersion });
      // An engine that only reports requests at the end still fills the log.
      if (live === 0) for (const e of result.requests) slot.log.append(e);
      hasRun.current = true;
      setState({ status: 'done', result, replayed: 0 });
      return result;
    } catch (err) {
      setState({ status: 'failed', message: describeFailure(err) });
      return null;
    }
  }, [slot, sdkVersion]);

  useEffect(() => {
    const member: SlotMember = {
      element: () => elementRef.current,
      hasRun: () => hasRun.current,
      run: runSelf,
      onReset: () => {
        hasRun.current = false;
        setState({ status: 'idle' });
      },
      openInEditor: (c) => openRef.current?.(c),
    };
    memberRef.current = member;
    return slot.register(member);
  }, [slot, runSelf, elementRef]);

  const run = useCallback(async () => {
    const member = memberRef.current;
    if (busy.current || !member) return;
    busy.current = true;
    try {
      setState({ status: 'running' });
      // The world must exist before members can be ordered against it.
      await slot.ensure().catch(() => undefined);
      const earlier = slot.pendingBefore(member);
      for (const m of earlier) await m.run();
      const result = await runSelf();
      if (result && earlier.length > 0) {
        setState({ status: 'done', result, replayed: earlier.length });
      }
    } finally {
      busy.current = false;
    }
  }, [slot, runSelf]);

  return { state, run };
}

function describeFailure(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return `The playground could not run this snippet: ${text}`;
}
