import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { oneByOne, whenNear } from './nearInTurn';

describe('oneByOne', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs nothing before ready() resolves, then one job per task, first in first out', async () => {
    let open: (value?: unknown) => void = () => undefined;
    const ready = new Promise((resolve) => {
      open = resolve;
    });
    const turns = oneByOne(() => ready);
    const ran: string[] = [];
    for (const name of ['a', 'b', 'c']) turns.add(() => ran.push(name));
    await vi.advanceTimersByTimeAsync(10);
    expect(ran).toEqual([]);
    open();
    // Each timer callback is one task of its own.
    await vi.advanceTimersToNextTimerAsync();
    expect(ran).toEqual(['a']);
    await vi.advanceTimersToNextTimerAsync();
    expect(ran).toEqual(['a', 'b']);
    await vi.advanceTimersToNextTimerAsync();
    expect(ran).toEqual(['a', 'b', 'c']);
  });

  it('skips a job taken out of the queue, and keeps going after a job that throws', async () => {
    const turns = oneByOne(() => Promise.resolve());
    const ran: string[] = [];
    turns.add(() => {
      ran.push('a');
      throw new Error('a block failed');
    });
    const leave = turns.add(() => ran.push('b'));
    turns.add(() => ran.push('c'));
    leave();
    await expect(vi.advanceTimersByTimeAsync(0)).rejects.toThrow('a block failed');
    await vi.advanceTimersByTimeAsync(10);
    expect(ran).toEqual(['a', 'c']);
  });

  it('drops the queued jobs when ready() fails, and tries ready() again on the next add', async () => {
    const ready = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValue(undefined);
    const turns = oneByOne(ready);
    const ran: string[] = [];
    turns.add(() => ran.push('a'));
    await vi.advanceTimersByTimeAsync(10);
    expect(ran).toEqual([]);
    turns.add(() => ran.push('b'));
    await vi.advanceTimersByTimeAsync(10);
    expect(ran).toEqual(['b']);
    expect(ready).toHaveBeenCalledTimes(2);
  });
});

/** An IntersectionObserver the test drives. */
let observers: FakeObserver[] = [];
class FakeObserver {
  targets = new Set<Element>();
  disconnected = false;
  constructor(
    public callback: IntersectionObserverCallback,
    public options: IntersectionObserverInit,
  ) {
    observers.push(this);
  }
  observe(el: Element) {
    this.targets.add(el);
  }
  unobserve(el: Element) {
    this.targets.delete(el);
  }
  disconnect() {
    this.disconnected = true;
    this.targets.clear();
  }
  report(el: Element, isIntersecting: boolean) {
    this.callback(
      [{ target: el, isIntersecting } as unknown as IntersectionObserverEntry],
      this as never,
    );
  }
}

describe('whenNear', () => {
  beforeEach(() => {
    observers = [];
    vi.stubGlobal('IntersectionObserver', FakeObserver);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });
  const el = () => ({}) as Element;

  it('serves every element with one observer per root margin and calls each once, when it is near', () => {
    const [a, b, c] = [el(), el(), el()];
    const near: Element[] = [];
    whenNear(a, '800px', () => near.push(a));
    whenNear(b, '800px', () => near.push(b));
    const stopC = whenNear(c, '200px', () => near.push(c));
    expect(observers.map((o) => o.options.rootMargin)).toEqual(['800px', '200px']);
    const [wide] = observers;
    wide.report(a, false);
    expect(near).toEqual([]);
    wide.report(a, true);
    wide.report(a, true);
    expect(near).toEqual([a]);
    expect(wide.targets.has(a)).toBe(false);
    wide.report(b, true);
    expect(near).toEqual([a, b]);
    // The last element out disconnects the observer; the next one gets a new observer.
    expect(wide.disconnected).toBe(true);
    const stopD = whenNear(el(), '800px', () => undefined);
    expect(observers).toHaveLength(3);
    stopC();
    stopD();
    expect(observers.every((o) => o.disconnected)).toBe(true);
  });

  it('calls everyone who watches one element, and keeps watching it while one of them still waits', () => {
    const a = el();
    const first = vi.fn();
    const second = vi.fn();
    const stopFirst = whenNear(a, '800px', first);
    const stopSecond = whenNear(a, '800px', second);
    stopFirst();
    expect(observers[0].targets.has(a)).toBe(true);
    observers[0].report(a, true);
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledTimes(1);
    stopSecond();
    expect(observers[0].disconnected).toBe(true);
  });

  it('stops watching an element whose stop function was called', () => {
    const a = el();
    const onNear = vi.fn();
    const stop = whenNear(a, '800px', onNear);
    stop();
    observers[0].report(a, true);
    expect(onNear).not.toHaveBeenCalled();
    expect(observers[0].disconnected).toBe(true);
  });

  it('never calls without IntersectionObserver (the element keeps its first form)', () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    const onNear = vi.fn();
    whenNear(el(), '800px', onNear)();
    expect(onNear).not.toHaveBeenCalled();
  });
});
