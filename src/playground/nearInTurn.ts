// Blocks that swap in heavier content when they come near the viewport (a code block becoming
// the theme's highlighted block) do it one per task. Turning every block of a screen at once made
// one long task of their renders, commits and measurements (Troubleshooting: ~60 ms of main
// thread here, four times that on Lighthouse's phone), and a long task is what a reader feels as
// a page that does not answer a tap. One IntersectionObserver per root margin serves every
// element that waits to come near (useVisible's widgets too): a page of 80 code blocks made 80.

interface Watch {
  io: IntersectionObserver;
  /** Who waits for each element (two widgets may watch one element). */
  waiting: Map<Element, Set<() => void>>;
}
const watches = new Map<string, Watch>();

function unwatch(rootMargin: string, el: Element, onNear?: () => void): void {
  const watch = watches.get(rootMargin);
  const waiters = watch?.waiting.get(el);
  if (!watch || !waiters) return;
  if (onNear) waiters.delete(onNear);
  if (onNear && waiters.size > 0) return;
  watch.waiting.delete(el);
  watch.io.unobserve(el);
  // The last one out disconnects: nothing stays observed for blocks that are gone.
  if (watch.waiting.size === 0) {
    watch.io.disconnect();
    watches.delete(rootMargin);
  }
}

/**
 * Calls `onNear` once, when `el` first comes within `rootMargin` of the viewport. Returns a
 * function that stops watching. Without IntersectionObserver it never calls: the element keeps
 * its first form.
 */
export function whenNear(el: Element, rootMargin: string, onNear: () => void): () => void {
  if (typeof IntersectionObserver === 'undefined') return () => undefined;
  let watch = watches.get(rootMargin);
  if (!watch) {
    const waiting = new Map<Element, Set<() => void>>();
    const io = new IntersectionObserver(
      (entries) => {
        for (const e of entries) {
          const waiters = e.isIntersecting ? waiting.get(e.target) : undefined;
          if (!waiters) continue;
          unwatch(rootMargin, e.target);
          for (const near of waiters) near();
        }
      },
      { rootMargin },
    );
    watch = { io, waiting };
    watches.set(rootMargin, watch);
  }
  const waiters = watch.waiting.get(el);
  if (waiters) waiters.add(onNear);
  else {
    watch.waiting.set(el, new Set([onNear]));
    watch.io.observe(el);
  }
  return () => unwatch(rootMargin, el, onNear);
}

export interface Turns {
  /** Queues `job`; returns a function that takes it out if it has not run yet. */
  add(job: () => void): () => void;
}

/**
 * A queue whose jobs run one per macrotask, first in first out, once `ready()` has resolved
 * (e.g. the chunk the jobs render). If `ready()` fails, the queued jobs are dropped (their
 * blocks keep their first form) and the next `add` tries `ready()` again.
 */
export function oneByOne(ready: () => Promise<unknown>): Turns {
  const jobs: (() => void)[] = [];
  let pumping = false;
  const pump = () => {
    const job = jobs.shift();
    if (!job) {
      pumping = false;
      return;
    }
    try {
      job();
    } finally {
      setTimeout(pump, 0);
    }
  };
  return {
    add(job) {
      jobs.push(job);
      if (!pumping) {
        pumping = true;
        ready().then(
          () => setTimeout(pump, 0),
          () => {
            jobs.length = 0;
            pumping = false;
          },
        );
      }
      return () => {
        const i = jobs.indexOf(job);
        if (i >= 0) jobs.splice(i, 1);
      };
    },
  };
}
