// For tests about SDK warnings and errors: a run's stderr also carries the login, header and
// footer lines of every wandb.init / finish (console.test.ts pins those); these helpers keep
// only the `wandb: WARNING` and `wandb: ERROR` lines.

const PROBLEM = /^wandb: (WARNING|ERROR) /;

/** The WARNING and ERROR lines of a stderr text, each ending in a newline. */
export function termProblems(stderr: string): string {
  return stderr
    .split('\n')
    .filter((l) => PROBLEM.test(l))
    .map((l) => `${l}\n`)
    .join('');
}

/** The output chunks with stderr reduced to its WARNING and ERROR lines (empty chunks merged away). */
export function withoutConsole<C extends { stream: string; text: string }>(output: C[]): C[] {
  const out: C[] = [];
  for (const c of output) {
    const text = c.stream === 'stderr' ? termProblems(c.text) : c.text;
    if (!text) continue;
    const last = out[out.length - 1];
    if (last?.stream === c.stream) out[out.length - 1] = { ...last, text: last.text + text };
    else out.push({ ...c, text });
  }
  return out;
}
