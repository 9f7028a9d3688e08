import workerpool from 'workerpool';
import workerUrl from '../../workers/workerpool.worker.ts?worker&url';
import { fingerprint } from '../engine/fingerprint';
import { summarize } from '../engine/stats';
import { heavyLoopWorkload } from '../engine/workloads/heavy-loop';
import { type FrameReport, FrameSampler } from '../platform/frame-sampler';

type WorkerPoolInstance = ReturnType<typeof workerpool.pool>;

/** One heavy-loop job run through `workerpool`: one pool.exec per task. Times in ms. */
export interface PeerResult extends FrameReport {
  readonly library: string;
  readonly workers: number;
  readonly tasks: number;
  readonly n: number;
  readonly samples: readonly number[];
  readonly median: number;
  readonly min: number;
  readonly max: number;
  readonly verified: boolean;
  readonly verifyDetail: string;
  /** Σ of every task's result, the same number the engine's verifier reports. */
  readonly answer: number;
  readonly fingerprint: string;
}

/**
 * The peer baseline: the `workerpool` package's own scheduling (one task per message, one task in
 * flight per worker) running the engine's kernel in workers/workerpool.worker.ts.
 */
export class PeerPool {
  #pool: WorkerPoolInstance | null = null;
  #workers = 0;

  /** Starts `workers` web workers and waits until each has answered a tiny task; returns ms. */
  async start(workers: number): Promise<number> {
    await this.terminate();
    const t0 = performance.now();
    this.#pool = workerpool.pool(workerUrl, {
      minWorkers: workers,
      maxWorkers: workers,
      workerType: 'web',
      workerOpts: { type: 'module', name: 'workerpool-peer' },
    });
    this.#workers = workers;
    const pool = this.#pool;
    // As many concurrent calls as workers: each lands on its own (new or idle) worker.
    await Promise.all(Array.from({ length: workers }, (_, i) => pool.exec('heavyLoop', [i + 1, 1000])));
    const stats = pool.stats();
    if (stats.totalWorkers !== workers) {
      throw new Error(`workerpool started ${stats.totalWorkers} workers, expected ${workers}.`);
    }
    return performance.now() - t0;
  }

  /** One untimed warm-up, then `repetitions` timed runs of heavy-loop(tasks, n); each one verified. */
  async measure(tasks: number, n: number, repetitions: number): Promise<PeerResult> {
    const pool = this.#pool;
    if (pool === null) throw new Error('The workerpool peer is not started.');
    const params = { tasks, n };
    const sampler = new FrameSampler();
    const samples: number[] = [];
    let print = '';
    let answer = Number.NaN;
    let detail = '';
    let frames: FrameReport;
    sampler.start();
    try {
      for (let rep = 0; rep <= repetitions; rep++) {
        const t0 = performance.now();
        const calls: PromiseLike<number>[] = new Array(tasks);
        for (let i = 0; i < tasks; i++) calls[i] = pool.exec('heavyLoop', [i + 1, n]) as PromiseLike<number>;
        const got = await Promise.all(calls);
        const elapsed = performance.now() - t0;
        if (rep > 0) samples.push(elapsed);

        const results = Float64Array.from(got);
        const v = heavyLoopWorkload.verify(params, results);
        if (!v.ok) throw new Error(`workerpool computed a wrong answer: ${v.detail}.`);
        const f = fingerprint(results);
        if (print !== '' && f !== print) throw new Error(`workerpool results changed between repetitions.`);
        print = f;
        answer = v.answer;
        detail = v.detail;
        await new Promise((r) => setTimeout(r, 0));
      }
    } finally {
      // Always stop the rAF loop, even when a repetition failed.
      frames = await sampler.stop();
    }
    return {
      library: 'workerpool',
      workers: this.#workers,
      tasks,
      n,
      samples,
      ...summarize(samples),
      verified: true,
      verifyDetail: detail,
      answer,
      fingerprint: print,
      ...frames,
    };
  }

  async terminate(): Promise<void> {
    const pool = this.#pool;
    this.#pool = null;
    if (pool !== null) await pool.terminate(true);
  }
}
