// A run's history and summary as wandb-core keeps them (core/internal/stream/handler.go:
// handlePartialHistorySync, flushPartialHistory, updateRunTiming, updateSummary): `log` adds
// to the current step's row; a flush stamps `_runtime` and `_step`, copies every key of the
// row into the summary (last value wins) and starts the next step. Values stay whatever the
// caller logged (the Python binding keeps Python values), so this is generic over them.

/** What the history needs to make its own values (`_step`, `_runtime`, `_wandb`). */
export interface HistoryValues<V> {
  int(n: number): V;
  float(n: number): V;
  /** `{"runtime": n}`: the summary's `_wandb` entry. */
  wandb(runtime: number): V;
  /** The number a value is, for the history sample (int and float only), else undefined. */
  toNumber(v: V): number | undefined;
  /** The footer's summary cell (`_footer_summary`): undefined for a value it skips. */
  summaryText(v: V): string | undefined;
}

/** Settings.max_end_of_run_history_metrics and max_end_of_run_summary_metrics. */
const MAX_FOOTER_ROWS = 10;
/** core's RunHistorySampler keeps a reservoir of 48 values per metric. */
const SAMPLE_SIZE = 48;
const SPARK_CHARS = '▁▂▃▄▅▆▇█';

export class RunHistory<V> {
  private partial = new Map<string, V>();
  /** partialHistoryStep: the step the current row will be written at. */
  private step = 0;
  /** The summary: last value per key, in the order keys first arrived. */
  readonly summary = new Map<string, V>();
  /** Every number each top-level metric took, in order (the footer's sparklines). */
  private readonly numbers = new Map<string, number[]>();

  constructor(
    readonly values: HistoryValues<V>,
    /** Seconds since the run started (core's runTimer). */
    private readonly elapsed: () => number,
    private readonly warn: (msg: string) => void,
  ) {}

  /** The W&B step of the next row (`run.step`). */
  get currentStep(): number {
    return this.step;
  }

  /**
   * A partial history request: `step` (explicit) flushes the current row first when it is
   * ahead, and drops the data with a warning when it is behind; the row is flushed when
   * `commit` says so, else when no step was given.
   */
  log(data: [string, V][], step: number | null, commit: boolean | null): void {
    if (step !== null) {
      if (step > this.step) this.flush(step);
      else if (step < this.step) {
        this.warn(
          `Tried to log to step ${step} that is less than the current step ${this.step}. Steps must be monotonically increasing, so this data will be ignored. See https://wandb.me/define-metric to log data out of order.`,
        );
        return;
      }
    }
    for (const [k, v] of data) this.partial.set(k, v);
    if (commit ?? step === null) this.flush(this.step + 1);
  }

  /** `summary[key] = value`, `summary.update(...)`: summary records, no history. */
  setSummary(key: string, value: V): void {
    this.summary.set(key, value);
  }

  deleteSummary(key: string): boolean {
    return this.summary.delete(key);
  }

  /** RunHistorySampler.Get: each metric's sample (every value while there are at most 48). */
  get sampled(): Map<string, number[]> {
    const out = new Map<string, number[]>();
    for (const [k, all] of this.numbers) {
      if (all.length <= SAMPLE_SIZE) out.set(k, all);
      else {
        // The reservoir is random in wandb-core; an even spread stands in for it.
        const step = (all.length - 1) / (SAMPLE_SIZE - 1);
        out.set(
          k,
          Array.from({ length: SAMPLE_SIZE }, (_, i) => all[Math.round(i * step)]),
        );
      }
    }
    return out;
  }

  /** handleExit: the run timing, then whatever the current row holds. */
  finish(): void {
    this.runTiming();
    this.flush(this.step + 1);
  }

  /** updateRunTiming: `_wandb.runtime` and `_runtime` as whole seconds. */
  private runTiming(): void {
    const runtime = Math.floor(this.elapsed());
    this.summary.set('_wandb', this.values.wandb(runtime));
    this.summary.set('_runtime', this.values.int(runtime));
  }

  /** flushPartialHistory(useStep=true, nextStep). */
  private flush(nextStep: number): void {
    if (this.partial.size === 0) {
      this.step = nextStep;
      return;
    }
    const row = this.partial;
    row.set('_runtime', this.values.float(this.elapsed()));
    row.set('_step', this.values.int(this.step));
    // updateRunTiming, then updateSummary (the row's float `_runtime` wins over the
    // timing's whole seconds). A Go map has no order: ours keeps first-set order.
    for (const [k, v] of row) this.summary.set(k, v);
    this.summary.set('_wandb', this.values.wandb(Math.floor(this.elapsed())));
    for (const [k, v] of row) {
      const n = this.values.toNumber(v);
      if (n === undefined) continue;
      const seen = this.numbers.get(k) ?? [];
      seen.push(n);
      this.numbers.set(k, seen);
    }
    this.partial = new Map();
    this.step = nextStep;
  }
}

/** wandb/sdk/lib/sparkline.py `sparkify`. */
export function sparkify(series: number[]): string {
  const finite = series.filter(Number.isFinite);
  if (!finite.length) return '';
  const min = Math.min(...finite);
  const range = Math.max(...finite) - min;
  if (range === 0) return series.map((x) => (Number.isFinite(x) ? SPARK_CHARS[0] : ' ')).join('');
  const k = (SPARK_CHARS.length - 1) / range;
  // Python's round() on the scaled value: half to even.
  const round = (x: number) => {
    const f = Math.floor(x);
    const d = x - f;
    return d > 0.5 || (d === 0.5 && f % 2 === 1) ? f + 1 : f;
  };
  return series.map((x) => (Number.isFinite(x) ? SPARK_CHARS[round((x - min) * k)] : ' ')).join('');
}

/** wandb/util.py `downsample`: target_length values including start and end. */
function downsample(values: number[], target: number): number[] {
  if (values.length < target) return values;
  const ratio = (values.length - 1) / (target - 1);
  return Array.from({ length: target }, (_, i) => values[Math.floor(i * ratio)]);
}

/** printer.grid for a terminal: the first column right-aligned, then the rest. */
function grid(rows: string[][], title: string): string[] {
  const width = Math.max(...rows.map((r) => r[0].length));
  return [title, ...rows.map(([k, ...rest]) => [k.padStart(width), ...rest].join(' ')), ''];
}

/**
 * `_footer_history_summary_info`: the "Run history:" sparklines and "Run summary:" values,
 * public keys only, sorted, at most 10 of each, as printer.panel joins them.
 */
export function footerPanel<V>(h: RunHistory<V>): string[] {
  const values = h.values;
  const panel: string[][] = [];
  const historyKeys = [...h.sampled.keys()].filter((k) => !k.startsWith('_')).sort();
  const historyRows: string[][] = [];
  for (const k of historyKeys) {
    if (historyRows.length >= MAX_FOOTER_ROWS) break;
    const line = sparkify(downsample(h.sampled.get(k)!, 40));
    if (line) historyRows.push([k, line]);
  }
  if (historyRows.length) {
    if (historyRows.length < historyKeys.length) {
      historyRows.push([
        `+${(historyKeys.length - historyRows.length).toLocaleString('en-US')}`,
        '...',
      ]);
    }
    panel.push(grid(historyRows, 'Run history:'));
  }
  const summaryKeys = [...h.summary.keys()].filter((k) => !k.startsWith('_')).sort();
  const summaryRows: string[][] = [];
  let skipped = 0;
  for (const k of summaryKeys) {
    if (summaryRows.length >= MAX_FOOTER_ROWS) break;
    const text = values.summaryText(h.summary.get(k)!);
    if (text === undefined) skipped += 1;
    else summaryRows.push([k, text]);
  }
  if (summaryRows.length) {
    if (summaryRows.length < summaryKeys.length - skipped) {
      const more = summaryKeys.length - summaryRows.length - skipped;
      summaryRows.push([`+${more.toLocaleString('en-US')}`, '...']);
    }
    panel.push(grid(summaryRows, 'Run summary:'));
  }
  // printer.panel: "\n" + "\n".join(columns), each grid ending in "\n"; termlog prefixes
  // every line, the empty ones too.
  return panel.length ? ['', ...panel.flat()] : [];
}
