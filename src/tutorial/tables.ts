// The chapter's results table. It formats with the same Fmt as the read-back, so every number the
// read-back quotes can be found here too (the e2e walk checks exactly that).
import { amdahlSpeedup, effectiveCores, idealSpeedup } from '../engine/amdahl';
import type { StrategyResult } from '../engine/runner';
import { BASELINE } from '../engine/strategies';
import { chapterKey } from './chapters';
import type { Chapter, Fmt, Outcome, ResultTable } from './types';

/** "Chunk size 250", "Worker pool, 2 workers": a variant's label, filled from its result. */
export function variantLabel(ch: Chapter, variant: string, r: StrategyResult, f: Fmt): string {
  return f.t(chapterKey(ch.id, `variant.${variant}`), {
    chunk: f.num(r.chunkSize),
    workers: f.num(r.workers),
    interval: f.ms(r.yieldIntervalMs),
  });
}

/** The measurements of an outcome as a table of formatted cells. */
export function resultTable(ch: Chapter, o: Outcome, f: Fmt): ResultTable {
  const t = f.t;
  if (o.kind === 'cpu') {
    const base = o.measured.find((m) => m.result.strategy === BASELINE)?.result;
    return {
      columns: [
        t('learn.col.run'),
        t('learn.col.workers'),
        t('learn.col.chunk'),
        t('learn.col.median'),
        t('learn.col.range'),
        t('learn.col.speedup'),
        t('learn.col.efficiency'),
        t('learn.col.frame'),
      ],
      rows: o.measured.map(({ variant, result: r }) => {
        const s = base === undefined ? Number.NaN : base.median / r.median;
        const onWorkers = r.strategy === 'worker-pool' || r.strategy === 'shared-memory';
        return [
          variantLabel(ch, variant, r, f),
          onWorkers ? f.num(r.workers) : '—',
          onWorkers ? f.num(r.chunkSize) : '—',
          f.ms(r.median),
          `${f.ms(r.min)}–${f.ms(r.max)}`,
          f.ratio(s),
          f.pct(s / effectiveCores(onWorkers ? r.workers : 1, o.cores)),
          f.ms(r.responsiveness?.longestFrameMs ?? Number.NaN),
        ];
      }),
    };
  }
  if (o.kind === 'sweep') {
    const { sweep, cores } = o;
    return {
      columns: [
        t('learn.col.workers'),
        t('learn.col.median'),
        t('learn.col.range'),
        t('learn.col.speedup'),
        t('learn.col.ideal'),
        t('learn.col.fit'),
      ],
      rows: [
        [t('learn.col.baselineRow'), f.ms(sweep.baselineMs ?? Number.NaN), '—', f.ratio(1), '—', '—'],
        ...sweep.points.map((p) => [
          f.num(p.workers),
          f.ms(p.median),
          `${f.ms(p.min)}–${f.ms(p.max)}`,
          f.ratio(p.speedup),
          f.ratio(idealSpeedup(p.workers, cores)),
          sweep.fit === null ? '—' : f.ratio(amdahlSpeedup(sweep.fit.serialFraction, p.workers, cores)),
        ]),
      ],
    };
  }
  return {
    columns: [
      t('learn.col.strategy'),
      t('learn.col.median'),
      t('learn.col.range'),
      t('learn.col.ideal'),
      t('learn.col.latency'),
      t('learn.col.failed'),
    ],
    rows: o.measured.map((m) => [
      f.t(`io.strategy.${m.strategy}`),
      f.ms(m.median),
      `${f.ms(m.min)}–${f.ms(m.max)}`,
      f.ms(m.idealMs),
      f.ms(m.meanLatencyMs),
      f.num(m.failed),
    ]),
  };
}
