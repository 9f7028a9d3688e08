import { describe, expect, it } from 'vitest';
import {
  addInterval,
  binThroughput,
  countTasks,
  fillCoverage,
  hitTest,
  laneIndex,
  laneStats,
  latestTime,
  makeCoverage,
  stepFocus,
} from './lanes';
import { niceCeil, ticks } from './ticks';
import type { LiveTasks } from './types';

/** Live arrays from [lane, start, end] triples (0 = not yet), optionally with pool send times. */
function live(tasks: ReadonlyArray<readonly [number, number, number]>, sent?: number[]): LiveTasks {
  return {
    lanes: Int16Array.from(tasks.map((t) => t[0])),
    starts: Float64Array.from(tasks.map((t) => t[1])),
    ends: Float64Array.from(tasks.map((t) => t[2])),
    ...(sent ? { sent: Float64Array.from(sent) } : {}),
  };
}

const sum = (a: Float32Array) => a.reduce((x, y) => x + y, 0);

describe('countTasks', () => {
  it('counts started, ended and sent tasks among the first n only', () => {
    const l = live(
      [
        [1, 10, 20],
        [2, 15, 0],
        [1, 0, 0],
        [2, 30, 40],
      ],
      [5, 5, 5, 0],
    );
    expect(countTasks(l, 4)).toEqual({ started: 3, ended: 2, sent: 3 });
    expect(countTasks(l, 2)).toEqual({ started: 2, ended: 1, sent: 2 });
    expect(countTasks(live([[0, 1, 2]]), 1).sent).toBe(0);
  });

  it('finds the latest event of the repetition', () => {
    expect(
      latestTime(
        live([
          [1, 10, 20],
          [2, 35, 0],
          [1, 22, 30],
        ]),
        3,
      ),
    ).toBe(35);
    expect(latestTime(live([]), 0)).toBe(0);
  });
});

describe('laneStats', () => {
  // Repetition starts at 100. Worker 1: 100–120 and 130–150; worker 2: 105–145; worker 3 nothing.
  const l = live([
    [1, 100, 120],
    [2, 105, 145],
    [1, 130, 150],
  ]);

  it('sums busy time per lane and counts the rest of the window as idle', () => {
    const s = laneStats(l, 3, 4, 100, 150, 150);
    expect(s.map((x) => x.tasks)).toEqual([0, 2, 1, 0]);
    expect(s[1]).toMatchObject({ busyMs: 40, idleMs: 10, firstStartMs: 0, lastEndMs: 50, running: 0 });
    expect(s[2]).toMatchObject({ busyMs: 40, idleMs: 10, firstStartMs: 5, lastEndMs: 45 });
    // A lane that ran nothing was idle the whole window and has no first/last times.
    expect(s[3]?.busyMs).toBe(0);
    expect(s[3]?.idleMs).toBe(50);
    expect(s[3]?.firstStartMs).toBeNaN();
    expect(s[0]?.lastEndMs).toBeNaN();
  });

  it('counts a running task up to now and ignores tasks not started or on lanes out of range', () => {
    const r = live([
      [1, 100, 0],
      [2, 0, 0],
      [9, 100, 110],
    ]);
    const s = laneStats(r, 3, 3, 100, 130, 130);
    expect(s[1]).toMatchObject({ tasks: 1, running: 1, busyMs: 30, idleMs: 0 });
    expect(s[1]?.lastEndMs).toBeNaN();
    expect(s[2]?.tasks).toBe(0);
  });
});

describe('addInterval', () => {
  it('adds fractional coverage at both ends and whole columns between', () => {
    const c = new Float32Array(5);
    addInterval(c, 0.5, 3.25);
    expect(Array.from(c)).toEqual([0.5, 1, 1, 0.25, 0]);
    expect(sum(c)).toBeCloseTo(2.75);
  });

  it('keeps a sub-pixel interval inside its column and clips to the plot', () => {
    const c = new Float32Array(3);
    addInterval(c, 1.25, 1.5);
    addInterval(c, -4, 0.5);
    addInterval(c, 2.5, 99);
    addInterval(c, 5, 6); // entirely outside
    expect(Array.from(c)).toEqual([0.5, 0.25, 0.5]);
  });
});

describe('fillCoverage', () => {
  it('aggregates thousands of sub-pixel tasks into full columns without losing time', () => {
    // 10,000 back-to-back tasks of 0.01 ms on lane 1 over 100 ms, drawn 1 ms per column.
    const n = 10_000;
    const tasks = Array.from({ length: n }, (_, i) => [1, 1000 + i * 0.01, 1000 + (i + 1) * 0.01] as const);
    const l = live(tasks);
    const cov = makeCoverage(2, 100);
    fillCoverage(l, n, { t0: 1000, msPerPx: 1, width: 100 }, 2000, cov);
    const c = cov[1]?.compute ?? new Float32Array();
    expect(sum(c)).toBeCloseTo(100, 3);
    expect(Math.min(...c)).toBeCloseTo(1, 3);
    expect(Math.max(...c)).toBeCloseTo(1, 3);
    expect(sum(cov[0]?.compute ?? new Float32Array())).toBe(0);
    // Tasks far narrower than a column get no edge marks.
    expect(cov[1]?.edges.every((e) => e === 0)).toBe(true);
  });

  it('leaves idle gaps empty, draws running tasks to now, and marks edges of wide tasks', () => {
    const l = live([
      [1, 0.5, 10.5],
      [1, 20.5, 0],
    ]);
    const cov = makeCoverage(2, 40);
    fillCoverage(l, 2, { t0: 0.5, msPerPx: 1, width: 40 }, 30.5, cov);
    const c = cov[1]?.compute ?? new Float32Array();
    expect(Array.from(c.slice(0, 10))).toEqual(new Array(10).fill(1));
    expect(Array.from(c.slice(10, 20))).toEqual(new Array(10).fill(0));
    expect(Array.from(c.slice(20, 30))).toEqual(new Array(10).fill(1));
    expect(sum(c)).toBe(20);
    expect(cov[1]?.edges[0]).toBe(1);
    expect(cov[1]?.edges[20]).toBe(1);
  });

  it('draws a pool chunk once: waiting from send to its first start, in flight to now while unreported', () => {
    // Chunk A (tasks 0–1) sent at 100 to lane 1, computed 102–106; chunk B (tasks 2–3) sent at 106.
    const l = live(
      [
        [1, 102, 104],
        [1, 104, 106],
        [1, 0, 0],
        [1, 0, 0],
      ],
      [100, 100, 106, 106],
    );
    const cov = makeCoverage(2, 10);
    fillCoverage(l, 4, { t0: 100, msPerPx: 1, width: 10 }, 109, cov);
    const lane = cov[1];
    expect(Array.from(lane?.waiting ?? [])).toEqual([1, 1, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(Array.from(lane?.compute ?? [])).toEqual([0, 0, 1, 1, 1, 1, 0, 0, 0, 0]);
    // Both unreported tasks share one interval, not two stacked.
    expect(Array.from(lane?.inflight ?? [])).toEqual([0, 0, 0, 0, 0, 0, 1, 1, 1, 0]);
  });
});

describe('binThroughput', () => {
  it('uses at most 100 bins of a round width and conserves every finished task', () => {
    const n = 20_000;
    const ends = Float64Array.from({ length: n }, (_, i) => 500 + (i * 1234.5) / n + 0.001);
    const bins = binThroughput(ends, n, 500, 1234.5);
    expect(bins.length).toBeLessThanOrEqual(100);
    expect(bins.length).toBe(62); // 20 ms bins: 1234.5 / 20 → 62
    expect(bins[0]?.toMs).toBe(20);
    expect(bins.reduce((a, b) => a + b.done, 0)).toBe(n);
  });

  it('reports tasks per second, dividing a cut-short last bin by its real length', () => {
    // 4 tasks end in the first 10 ms, 1 in the last 5 ms of a 15 ms window: 10 ms bins.
    const ends = Float64Array.from([101, 102, 103, 104, 112, 0]);
    const bins = binThroughput(ends, 6, 100, 15, 2);
    expect(bins.map((b) => [b.fromMs, b.toMs, b.done])).toEqual([
      [0, 10, 4],
      [10, 15, 1],
    ]);
    expect(bins[0]?.perSecond).toBeCloseTo(400);
    expect(bins[1]?.perSecond).toBeCloseTo(200);
  });

  it('is empty before anything can be measured', () => {
    expect(binThroughput(new Float64Array(3), 3, 0, 0)).toEqual([]);
  });
});

describe('niceCeil and ticks', () => {
  it('rounds up to 1, 2 or 5 × 10^k', () => {
    expect([0.3, 1, 1.5, 2, 3, 7, 12.345, 1234].map(niceCeil)).toEqual([0.5, 1, 2, 2, 5, 10, 20, 2000]);
  });

  it('places round ticks from 0 through the extent', () => {
    expect(ticks(1000)).toEqual([0, 200, 400, 600, 800, 1000]);
    expect(ticks(45, 4)).toEqual([0, 20, 40]);
    expect(ticks(0)).toEqual([0]);
  });
});

describe('hit-testing and keyboard focus', () => {
  // Lane 1: tasks 0 (0–10), 2 (12–20); lane 2: task 1 (0–30); lane 3: task 3 (25–28); task 4 not started.
  const l = live([
    [1, 1, 10],
    [2, 1, 30],
    [1, 12, 20],
    [3, 25, 28],
    [2, 0, 0],
  ]);
  const index = laneIndex(l, 5, 4);

  it('indexes started tasks per lane by start time', () => {
    expect(index.map((a) => Array.from(a))).toEqual([[], [0, 2], [1], [3]]);
    const shuffled = live([
      [1, 50, 60],
      [1, 10, 20],
    ]);
    expect(Array.from(laneIndex(shuffled, 2, 2)[1] ?? [])).toEqual([1, 0]);
  });

  it('finds the bar under a time, the nearest within tolerance, and nothing beyond it', () => {
    expect(hitTest(l, index, 1, 5, 0, 100)).toBe(0);
    expect(hitTest(l, index, 1, 15, 0, 100)).toBe(2);
    expect(hitTest(l, index, 1, 11.5, 1, 100)).toBe(2);
    expect(hitTest(l, index, 1, 11, 0.5, 100)).toBe(-1);
    expect(hitTest(l, index, 0, 5, 100, 100)).toBe(-1); // empty lane
    expect(hitTest(l, index, 3, 27, 0, 100)).toBe(3);
  });

  it('moves focus within a lane with left/right and between busy lanes with up/down', () => {
    const now = 100;
    expect(stepFocus(l, index, -1, 'ArrowRight', now)).toBe(0); // first task of the first busy lane
    expect(stepFocus(l, index, 0, 'ArrowRight', now)).toBe(2);
    expect(stepFocus(l, index, 2, 'ArrowRight', now)).toBe(2); // stays at the end
    expect(stepFocus(l, index, 2, 'ArrowLeft', now)).toBe(0);
    expect(stepFocus(l, index, 0, 'End', now)).toBe(2);
    expect(stepFocus(l, index, 2, 'Home', now)).toBe(0);
    expect(stepFocus(l, index, 2, 'ArrowDown', now)).toBe(1);
    expect(stepFocus(l, index, 1, 'ArrowDown', now)).toBe(3);
    expect(stepFocus(l, index, 3, 'ArrowDown', now)).toBe(3); // no lane below
    expect(stepFocus(l, index, 0, 'ArrowUp', now)).toBe(0); // lane 0 ran nothing: stays
    expect(stepFocus(l, index, 3, 'ArrowUp', now)).toBe(1);
  });
});
