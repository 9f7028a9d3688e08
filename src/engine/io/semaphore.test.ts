import { describe, expect, it } from 'vitest';
import { isAbort } from '../errors';
import { Semaphore } from './semaphore';

const never = new AbortController().signal;

/** Lets every queued microtask run. */
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('Semaphore', () => {
  it('never lets more than its limit hold a permit, however many ask', async () => {
    const sem = new Semaphore(3);
    let holding = 0;
    let peak = 0;
    const work = async (k: number) => {
      await sem.acquire(never);
      holding++;
      peak = Math.max(peak, holding);
      expect(sem.held).toBeLessThanOrEqual(3);
      await new Promise((r) => setTimeout(r, k % 4));
      holding--;
      sem.release();
    };
    await Promise.all(Array.from({ length: 40 }, (_, k) => work(k)));
    expect(peak).toBe(3);
    expect(sem.held).toBe(0);
    expect(sem.waiting).toBe(0);
  });

  it('serves waiters first come, first served, and a free permit cannot be taken past them', async () => {
    const sem = new Semaphore(1);
    expect(sem.tryAcquire()).toBe(true);
    const order: number[] = [];
    const waits = [1, 2, 3].map((k) => sem.acquire(never).then(() => order.push(k)));
    expect(sem.waiting).toBe(3);
    sem.release();
    expect(sem.tryAcquire()).toBe(false); // the permit went to waiter 1, not to a newcomer
    await settle();
    sem.release();
    await settle();
    sem.release();
    await Promise.all(waits);
    expect(order).toEqual([1, 2, 3]);
    sem.release();
    expect(sem.held).toBe(0);
  });

  it('takes a free permit synchronously with tryAcquire (no turn of the event loop)', () => {
    const sem = new Semaphore(2);
    expect(sem.tryAcquire()).toBe(true);
    expect(sem.tryAcquire()).toBe(true);
    expect(sem.tryAcquire()).toBe(false);
    expect(sem.held).toBe(2);
  });

  it('removes an aborted waiter from the line with an AbortError; the others keep their turn', async () => {
    const sem = new Semaphore(1);
    sem.tryAcquire();
    const ac = new AbortController();
    const order: string[] = [];
    const a = sem.acquire(ac.signal).then(
      () => order.push('a'),
      (e: unknown) => order.push(isAbort(e) ? 'a aborted' : 'a failed'),
    );
    const b = sem.acquire(never).then(() => order.push('b'));
    ac.abort();
    await a;
    expect(sem.waiting).toBe(1);
    sem.release();
    await b;
    expect(order).toEqual(['a aborted', 'b']);
    expect(sem.held).toBe(1);
  });

  it('rejects at once when the signal has already aborted', async () => {
    const sem = new Semaphore(5);
    const ac = new AbortController();
    ac.abort();
    await expect(sem.acquire(ac.signal)).rejects.toSatisfy(isAbort);
    expect(sem.held).toBe(0);
  });

  it('refuses a limit below 1 and a release without an acquire', () => {
    expect(() => new Semaphore(0)).toThrow(RangeError);
    expect(() => new Semaphore(Number.NaN)).toThrow(RangeError);
    expect(() => new Semaphore(2).release()).toThrow(/released more often/);
  });
});
