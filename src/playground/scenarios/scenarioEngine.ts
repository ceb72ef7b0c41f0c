// The slice of the engine's scenario API the site uses, written structurally (like
// engineTypes.ts) so components import no engine code and tests can pass a fake.
import { loadEngine } from '../engine';
import type { EngineApi, EngineWorld, RunResult } from '../engineTypes';

export interface ScenarioVerdict {
  ok: boolean;
  reason?: string;
}

export interface ScenarioInfo {
  id: string;
  title: string;
  summary: string;
  seed: unknown;
  worldId: string;
  code: string;
  expectedError: { type: string; message: string };
  hints: string[];
  solution: string;
  docs: string;
  ui?: 'registry-app';
}

export interface ScenarioAttempt {
  result: RunResult;
  verdict: ScenarioVerdict;
  world: EngineWorld;
}

export interface ScenarioEngineApi extends EngineApi {
  scenarios: readonly ScenarioInfo[];
  attemptScenario(id: string, code: string): Promise<ScenarioAttempt>;
}

/** The engine, on demand (the same dynamic import every other widget uses). */
export async function loadScenarioEngine(): Promise<ScenarioEngineApi> {
  return (await loadEngine()) as ScenarioEngineApi;
}

export class UnknownScenarioIdError extends Error {
  constructor(id: string, known: readonly { id: string }[]) {
    super(
      `Unknown scenario '${id}'. Known scenarios: ${known.map((s) => `'${s.id}'`).join(', ')}.`,
    );
    this.name = 'UnknownScenarioIdError';
  }
}

export function findScenario(engine: ScenarioEngineApi, id: string): ScenarioInfo {
  const s = engine.scenarios.find((x) => x.id === id);
  if (!s) throw new UnknownScenarioIdError(id, engine.scenarios);
  return s;
}
