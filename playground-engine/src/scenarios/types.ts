// The shape of a troubleshooting scenario: a small world, code that breaks in it, and a goal
// judged from the world the reader's code leaves behind (never from the code text).
import type { RunResult } from '../host/runSnippet';
import type { TroubleshootingCode } from '../errors/codes';
import type { WorldSeed } from '../world/types';
import type { World } from '../world/world';

export interface ScenarioVerdict {
  ok: boolean;
  /** When not ok: what is still wrong, in the reader's terms. */
  reason?: string;
}

export interface Scenario {
  id: string;
  title: string;
  /** One or two sentences: the situation and the goal. */
  summary: string;
  /** The world the scenario starts from; every run and every check gets a fresh copy. */
  seed: WorldSeed;
  /** The key of `worldSeeds` the seed comes from (for "open in playground"). */
  worldId: string;
  /** The broken starting code. */
  code: string;
  /** What running `code` on a fresh world raises, exactly. */
  expectedError: { type: string; message: string };
  /** The goal, read from the world after the reader's code ran on a fresh world. */
  check(world: World, result: RunResult): ScenarioVerdict;
  /** Ordered from gentle to explicit. */
  hints: string[];
  /** Code that reaches the goal. */
  solution: string;
  /** The section of docs/troubleshooting.mdx this scenario belongs to (its anchor is this code). */
  docs: TroubleshootingCode;
  /** A scenario solved with the simulated Registry App's help shows it beside the editor. */
  ui?: 'registry-app';
}
