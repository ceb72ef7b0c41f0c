/**
 * The slice of the playground-engine public API that the site uses, written
 * structurally. The site only ever reaches the engine through `loadEngine()`
 * (a dynamic import), so these types keep the doc pages' initial JS free of it
 * and keep the components testable with a small fake engine.
 */

// Data shapes come straight from the engine: type-only imports are erased, so they add
// nothing to a page's JS.
import type {
  Diagnostic,
  LinkTargetResolution,
  NetworkEntry,
  RunResult,
  TargetPath,
} from 'playground-engine';

export type {
  Diagnostic,
  NetworkEntry,
  RunError,
  RunResult,
  TextEdit,
} from 'playground-engine';

/** What the site needs of a World: save, restore and follow changes. */
export interface EngineWorld {
  snapshot(): unknown;
  subscribe(fn: (event: unknown) => void): () => void;
  readonly viewer: string;
}

export type ParsedTargetPath = TargetPath;
export type ResolveResult = LinkTargetResolution;

export interface EngineApi {
  createWorld(seed?: unknown): EngineWorld;
  World: { fromSnapshot(json: unknown): EngineWorld };
  worldSeeds: Record<string, unknown>;
  runSnippet(
    code: string,
    opts: {
      world: EngineWorld;
      env?: Record<string, string>;
      onEntry?: (e: NetworkEntry) => void;
    },
  ): Promise<RunResult>;
  analyze(code: string, world: EngineWorld): Diagnostic[];
  parseTargetPath(path: string): ParsedTargetPath;
  resolveLinkTarget(
    path: string,
    ctx: {
      world: EngineWorld;
      sourceEntity: string;
      via?: 'run' | 'artifact';
      runEntity?: string;
      runProject?: string;
      env?: Record<string, string>;
    },
  ): ResolveResult;
}
