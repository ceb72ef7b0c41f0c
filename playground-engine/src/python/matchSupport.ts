// The one loader of the `match` statement's code (matchStatement.ts). runPython awaits it
// before compiling a snippet whose parse tree holds a `match`, so the compiler and the
// evaluator, which are synchronous there, find it loaded whenever they meet one.
type MatchStatement = typeof import('./matchStatement');

let loaded: MatchStatement | undefined;

/** Loads it once; a failed load (offline) rejects with an error that says what was loading. */
export async function loadMatchStatement(): Promise<void> {
  if (loaded) return;
  try {
    loaded = await import('./matchStatement');
  } catch (e) {
    throw new Error(
      `could not load the code of the match statement: ${e instanceof Error ? e.message : String(e)}`,
    );
  }
}

/** The loaded module; only code that met a `match` asks, and runPython loaded it first. */
export function matchStatement(): MatchStatement {
  if (!loaded) throw new Error('the match statement is used before its code was loaded');
  return loaded;
}
