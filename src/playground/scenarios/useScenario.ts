// State of one open scenario: its own world (a fixed scope, so the simulated Registry App
// placed in the panel shares it), the reader's code, Run, Check my fix on a FRESH world,
// hints revealed one per failed check, Show solution behind a confirmation with the
// attempt kept for one-click restore, and Reset.
import { type RefObject, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Diagnostic, ReaderNames, Scenario } from 'playground-engine';
import { type Engine, loadAnalyzer, loadEngine, loadScenarios } from '../engine';
import { createFixedScope, type FixedScope } from '../pageWorlds';
import { type RunState, useSnippetRunner } from '../useSnippetRunner';
import { markSolved } from './progress';

export type CheckState =
  | { status: 'idle' }
  | { status: 'checking' }
  | { status: 'passed' }
  | { status: 'failed'; reason: string }
  | { status: 'error'; message: string };

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/**
 * `names`: "Try it in my setup", the scenario replayed in the reader's names (where it
 * applies; otherwise the scenario as the docs tell it).
 */
export function useScenario(
  id: string,
  elementRef: RefObject<Element | null>,
  names: ReaderNames | null = null,
) {
  const [engine, setEngine] = useState<Engine | null>(null);
  const [scenario, setScenario] = useState<Scenario | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [code, setCode] = useState('');
  const [check, setCheck] = useState<CheckState>({ status: 'idle' });
  const [checkOutput, setCheckOutput] = useState<RunState>({ status: 'idle' });
  const [lastAction, setLastAction] = useState<'run' | 'check'>('run');
  const [hintsShown, setHintsShown] = useState(0);
  const [confirmingSolution, setConfirmingSolution] = useState(false);
  const [savedAttempt, setSavedAttempt] = useState<string | null>(null);
  const resetRef = useRef<() => Promise<void>>(async () => {});
  const scope: FixedScope = useMemo(
    () => createFixedScope(`scenario:${id}${names ? ':mine' : ''}`, () => resetRef.current()),
    [id, names],
  );

  const freshWorld = useCallback(
    (e: Engine, s: Scenario) => {
      scope.setWorld(e.createWorld(s.seed), s.worldId);
      scope.mainSlot.log.clear();
    },
    [scope],
  );

  useEffect(() => {
    let live = true;
    Promise.all([loadEngine(), loadScenarios()]).then(
      ([e, scenarios]) => {
        if (!live) return;
        try {
          const s = (names && scenarios.scenarioInNames(id, names)) || scenarios.getScenario(id);
          freshWorld(e, s);
          setEngine(e);
          setScenario(s);
          setCode(s.code);
        } catch (err) {
          setLoadError(describe(err));
        }
      },
      (err: unknown) => {
        if (live) setLoadError(`The playground engine could not load: ${describe(err)}`);
      },
    );
    return () => {
      live = false;
    };
  }, [id, names, freshWorld]);

  const { state: runState, run: runOnWorld } = useSnippetRunner({
    slot: scope.mainSlot,
    code,
    elementRef,
    // The Registry App's "Open in editor" hands its code here.
    onOpenInEditor: setCode,
  });

  const run = useCallback(async () => {
    setLastAction('run');
    await runOnWorld();
  }, [runOnWorld]);

  const codeRef = useRef(code);
  codeRef.current = code;
  const checkMyFix = useCallback(async () => {
    if (!engine || !scenario) return;
    setLastAction('check');
    setCheck({ status: 'checking' });
    setCheckOutput({ status: 'running' });
    try {
      const { attemptScenario } = await loadScenarios();
      const attempt = await attemptScenario(scenario, codeRef.current);
      // Show the world the attempt left (the Registry App follows it).
      scope.setWorld(attempt.world, scenario.worldId);
      scope.mainSlot.log.clear();
      for (const e of attempt.result.requests) scope.mainSlot.log.append(e);
      setCheckOutput({ status: 'done', result: attempt.result, replayed: 0 });
      if (attempt.verdict.ok) {
        markSolved(scenario.id);
        setCheck({ status: 'passed' });
      } else {
        setHintsShown((n) => Math.min(n + 1, scenario.hints.length));
        setCheck({
          status: 'failed',
          reason: attempt.verdict.reason ?? 'The goal is not reached yet.',
        });
      }
    } catch (err) {
      const message = `The fix could not be checked: ${describe(err)}`;
      setCheckOutput({ status: 'failed', message });
      setCheck({ status: 'error', message });
    }
  }, [engine, scenario, scope]);

  const askSolution = useCallback(() => setConfirmingSolution(true), []);
  const cancelSolution = useCallback(() => setConfirmingSolution(false), []);
  const confirmSolution = useCallback(() => {
    if (!scenario) return;
    setConfirmingSolution(false);
    // Keep the reader's own attempt unless it already is the solution.
    if (codeRef.current !== scenario.solution) setSavedAttempt(codeRef.current);
    setCode(scenario.solution);
  }, [scenario]);
  const restoreAttempt = useCallback(() => {
    if (savedAttempt === null) return;
    setCode(savedAttempt);
    setSavedAttempt(null);
  }, [savedAttempt]);

  const reset = useCallback(async () => {
    if (!engine || !scenario) return;
    freshWorld(engine, scenario);
    setCode(scenario.code);
    setCheck({ status: 'idle' });
    setCheckOutput({ status: 'idle' });
    setLastAction('run');
    setHintsShown(0);
    setConfirmingSolution(false);
    setSavedAttempt(null);
  }, [engine, scenario, freshWorld]);
  resetRef.current = reset;

  const getDiagnostics = useCallback(
    async (text: string): Promise<Diagnostic[]> => {
      const world = await scope.mainSlot.ensure();
      return engine ? (await loadAnalyzer()).analyze(text, world) : [];
    },
    [engine, scope],
  );

  const output = lastAction === 'check' ? checkOutput : runState;
  const busy = runState.status === 'running' || check.status === 'checking';

  return {
    scope,
    scenario,
    loadError,
    ready: scenario !== null,
    code,
    setCode,
    run,
    checkMyFix,
    check,
    output,
    /** The output shows the starting error (Run), not a check's run. */
    outputIsRun: lastAction === 'run',
    busy,
    hints: scenario ? scenario.hints.slice(0, hintsShown) : [],
    confirmingSolution,
    askSolution,
    cancelSolution,
    confirmSolution,
    savedAttempt,
    restoreAttempt,
    reset,
    getDiagnostics,
  };
}
