import { describe, expect, it } from 'vitest';
import { BLOCKED_THRESHOLD_MS, FROZEN_THRESHOLD_MS, FrameStats, frameVerdict } from './responsiveness';

/** FrameStats fed with `gaps`, in order. */
function statsOf(gaps: readonly number[]): FrameStats {
  const s = new FrameStats();
  for (const g of gaps) s.add(g);
  return s;
}

describe('FrameStats', () => {
  it('reports nothing before the first frame', () => {
    expect(new FrameStats().report(0, 0)).toEqual({
      longestFrameMs: 0,
      frames: 0,
      framesOver50: 0,
      totalBlockedMs: 0,
      longTasks: 0,
      longestTaskMs: 0,
    });
  });

  it('keeps the longest gap whatever order the gaps arrive in', () => {
    expect(statsOf([16.7, 240, 16.6, 33.3]).longest).toBe(240);
    expect(statsOf([240, 16.7, 16.6]).longest).toBe(240);
    expect(statsOf([16.6, 16.7, 240]).longest).toBe(240);
  });

  it('counts every frame seen, smooth or not', () => {
    expect(statsOf([16, 17, 16, 500, 16]).frames).toBe(5);
  });

  it('counts only gaps strictly over the 50 ms budget as frames over 50', () => {
    expect(BLOCKED_THRESHOLD_MS).toBe(50);
    const s = statsOf([49.9, 50, 50.1, 120, 16.7]);
    expect(s.over50).toBe(2);
  });

  it('adds up the time beyond 50 ms of each long gap as blocked time', () => {
    // (120 − 50) + (50.5 − 50) + (1050 − 50); the 16.7 and 50 ms gaps block nothing.
    const s = statsOf([16.7, 120, 50, 50.5, 1050]);
    expect(s.blocked).toBeCloseTo(70 + 0.5 + 1000, 9);
  });

  it('sees a smooth 60 Hz run as unblocked', () => {
    const s = statsOf(Array.from({ length: 600 }, () => 1000 / 60));
    expect(s.report(0, 0)).toEqual({
      longestFrameMs: 1000 / 60,
      frames: 600,
      framesOver50: 0,
      totalBlockedMs: 0,
      longTasks: 0,
      longestTaskMs: 0,
    });
  });

  it('sees one 2-second freeze as one long frame blocking 1950 ms', () => {
    const r = statsOf([16.7, 16.7, 2000, 16.7]).report(1, 1998);
    expect(r.longestFrameMs).toBe(2000);
    expect(r.framesOver50).toBe(1);
    expect(r.totalBlockedMs).toBe(1950);
  });

  it('ignores negative, NaN and infinite gaps instead of corrupting the figures', () => {
    const s = statsOf([16.7, -5, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 100]);
    expect(s.frames).toBe(2);
    expect(s.longest).toBe(100);
    expect(s.over50).toBe(1);
    expect(s.blocked).toBe(50);
  });

  it('counts a zero gap (two callbacks in one frame) as a frame without blocking', () => {
    const s = statsOf([0, 0]);
    expect(s.frames).toBe(2);
    expect(s.longest).toBe(0);
    expect(s.blocked).toBe(0);
  });

  it('passes the long-task figures through to the report unchanged', () => {
    const r = statsOf([80]).report(3, 75.5);
    expect(r.longTasks).toBe(3);
    expect(r.longestTaskMs).toBe(75.5);
    expect(r.totalBlockedMs).toBe(30);
  });
});

describe('frameVerdict', () => {
  it('calls a gap within the 50 ms budget smooth, the budget itself included', () => {
    expect(frameVerdict(16.7)).toBe('smooth');
    expect(frameVerdict(50)).toBe('smooth');
  });

  it('calls a gap over 50 ms but under 200 ms janky', () => {
    expect(frameVerdict(50.1)).toBe('janky');
    expect(frameVerdict(199.9)).toBe('janky');
  });

  it('calls a gap of 200 ms or more frozen', () => {
    expect(FROZEN_THRESHOLD_MS).toBe(200);
    expect(frameVerdict(200)).toBe('frozen');
    expect(frameVerdict(2100)).toBe('frozen');
  });
});
