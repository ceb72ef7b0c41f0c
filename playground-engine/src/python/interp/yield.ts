// Yield to the host's event loop (not just the microtask queue) so timers, input and
// rendering get a turn during long runs. MessageChannel exists in browsers and in
// Node ≥ 15 and, unlike setTimeout(0), is not clamped to 4 ms when nested.

interface Port {
  addEventListener(type: 'message', fn: () => void): void;
  start(): void;
  close(): void;
  postMessage(v: unknown): void;
}

export function yieldToHost(): Promise<void> {
  if (typeof MessageChannel === 'undefined')
    return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    const port1 = channel.port1 as unknown as Port;
    const port2 = channel.port2 as unknown as Port;
    port1.addEventListener('message', () => {
      port1.close();
      resolve();
    });
    port1.start();
    port2.postMessage(null);
  });
}
