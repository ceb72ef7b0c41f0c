/**
 * The slice of the playground-engine public API that the site uses, written
 * structurally. The site only ever reaches the engine through `loadEngine()`
 * (a dynamic import), so these types keep the doc pages' initial JS free of it
 * and keep the components testable with a small fake engine.
 */

export interface NetworkEntry {
  id: number;
  source: 'sdk' | 'ui';
  operationName: string;
  variables: unknown;
  status: number;
  response: unknown;
  durationMs: number;
}

export interface RunError {
  type: string;
  message: string;
  hint?: { text: string; docs?: string };
  line: number;
  column: number;
  traceback: string;
}

export interface RunResult {
  ok: boolean;
  stdout: string;
  error?: RunError;
  requests: NetworkEntry[];
}

export interface TextEdit {
  from: number;
  to: number;
  insert: string;
}

export interface Diagnostic {
  severity: 'error' | 'warning' | 'info';
  message: string;
  from: number;
  to: number;
  code: string;
  fixes?: { title: string; edits: TextEdit[] }[];
}

/** What the site needs of a World: save, restore and follow changes. */
export interface EngineWorld {
  snapshot(): unknown;
  subscribe(fn: (event: unknown) => void): () => void;
  readonly viewer: string;
}

export interface ParsedTargetPath {
  prefix?: string;
  project?: string;
  name: string;
}

export type ResolveResult =
  | {
      ok: true;
      entity: string;
      project: string;
      collection: string;
      alias?: string;
      isRegistry: boolean;
      registry?: string;
      orgDisplayName?: string;
      orgEntityName?: string;
      steps: string[];
    }
  | { ok: false; error: { message: string; pyType?: string }; steps: string[] };

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
