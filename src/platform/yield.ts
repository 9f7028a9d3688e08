/** Which primitive gives the event loop a turn; recorded with every result. */
export type YieldPrimitive = 'scheduler.yield' | 'scheduler.postTask' | 'MessageChannel';

interface SchedulerLike {
  yield?: () => Promise<void>;
  postTask?: (cb: () => void, opts?: { priority?: string }) => Promise<void>;
}

/**
 * The best way to yield this browser offers: scheduler.yield() (continuation keeps its priority),
 * else scheduler.postTask, else a MessageChannel post (setTimeout would be clamped to 4 ms).
 */
export function detectYield(): { primitive: YieldPrimitive; yieldToMain: () => Promise<void> } {
  const scheduler = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  if (typeof scheduler?.yield === 'function') {
    const s = scheduler;
    return { primitive: 'scheduler.yield', yieldToMain: () => (s.yield as () => Promise<void>).call(s) };
  }
  if (typeof scheduler?.postTask === 'function') {
    const s = scheduler;
    return {
      primitive: 'scheduler.postTask',
      yieldToMain: () =>
        (s.postTask as NonNullable<SchedulerLike['postTask']>).call(s, () => {}, {
          priority: 'user-blocking',
        }),
    };
  }
  const channel = new MessageChannel();
  const waiting: Array<() => void> = [];
  channel.port1.onmessage = () => waiting.shift()?.();
  return {
    primitive: 'MessageChannel',
    yieldToMain: () =>
      new Promise<void>((resolve) => {
        waiting.push(resolve);
        channel.port2.postMessage(null);
      }),
  };
}

/**
 * Waits for the next frame to be painted (then a task), so the page can show progress and handle
 * a Cancel click between repetitions. Capped at 100 ms because hidden tabs never paint.
 */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 100);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }, 0),
    );
  });
}
