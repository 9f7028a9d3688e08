import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  binThroughput,
  countsDiffer,
  countTasks,
  type LaneStats,
  type LiveCounts,
  laneStats,
  latestTime,
  type ThroughputBin,
} from '../engine/lanes';
import { getStrategy } from '../engine/strategies';
import type { Params, WorkloadId } from '../engine/types';
import { getWorkload } from '../engine/workloads';
import { strategyName, taskLabel } from '../i18n/engine-text';
import { useLocale, useT } from '../i18n/react';
import { formatNumber, type Locale, plural, type Translate } from '../i18n/translate';
import { getLive, isLiveRunning, type LiveRun, subscribeLive } from '../store/live';
import { getStore, selectChecked } from '../store/store';
import { DataTable } from './DataTable';
import { formatFixed, formatMs } from './format';
import { LanesView } from './LanesView';
import { laneName } from './palette';
import { ThroughputChart } from './ThroughputChart';
import './live.css';

/** The repetition on screen, with what was set up when it started (the form may change later). */
interface Shown {
  readonly run: LiveRun;
  readonly running: boolean;
  readonly workload: WorkloadId;
  readonly params: Params;
  readonly repetitions: number;
  /** Length of the previous repetition of the same strategy and size (ms), else 0. */
  readonly expectedMs: number;
}

/** Derived numbers for the lanes table, the summary and % done; refreshed at most 10× a second. */
interface Sample {
  readonly counts: LiveCounts;
  readonly stats: readonly LaneStats[];
}

/** The throughput series and the repetition it belongs to; refreshed at most once a second in a run. */
interface Series {
  readonly bins: readonly ThroughputBin[];
  readonly extentMs: number;
  readonly repetition: number;
}

/**
 * Table, summary and % done updates during a run, at most this often. On 2 cores, page work
 * competes with the workers (store/run.ts measured ~25% slower runs at one React update per
 * frame); the canvas lanes redraw on their own, without React.
 */
const SAMPLE_MS = 100;
/** Refresh this often while running even when no task started or ended (long tasks). */
const IDLE_SAMPLE_MS = 250;
/**
 * The Recharts line during a run, at most this often. Measured on the 2-core machine (Mandelbrot
 * 600×400 pool run, 3 repetitions): one Recharts update costs ~19 ms of main-thread CPU, which
 * the two busy workers feel directly. At 10 updates a second the run's median was ~25% slower;
 * at 1 a second the panel's main-thread CPU equals that of no live chart at all (500 ms added
 * ~60 ms per run). % done and the lanes stay live at up to 10 Hz and per frame.
 */
const CHART_MS = 1000;

function snapshot(prev: Shown | null): Shown | null {
  const run = getLive();
  if (run === null) return null;
  const running = isLiveRunning();
  if (prev !== null && prev.run === run) return prev.running === running ? prev : { ...prev, running };
  const { setup } = selectChecked(getStore().getState());
  const same = prev !== null && prev.run.strategy === run.strategy && prev.run.tasks === run.tasks;
  const expectedMs = same ? Math.max(0, latestTime(prev.run.live, prev.run.tasks) - prev.run.startedAt) : 0;
  return {
    run,
    running,
    workload: setup.workload,
    params: setup.params,
    repetitions: setup.repetitions,
    expectedMs,
  };
}

/** The window the numbers cover: up to now while running, else up to the repetition's last event. */
function windowEnd(run: LiveRun, running: boolean): number {
  return running ? performance.now() : Math.max(latestTime(run.live, run.tasks), run.startedAt);
}

function sample(run: LiveRun, running: boolean): Sample {
  const end = windowEnd(run, running);
  return {
    counts: countTasks(run.live, run.tasks),
    stats: laneStats(run.live, run.tasks, run.workers + 1, run.startedAt, end, end),
  };
}

function series(run: LiveRun, running: boolean): Series {
  const extentMs = windowEnd(run, running) - run.startedAt;
  return {
    bins: binThroughput(run.live.ends, run.tasks, run.startedAt, extentMs),
    extentMs,
    repetition: run.repetition,
  };
}

/**
 * Samples the live arrays: while running, the table every SAMPLE_MS when tasks started or ended
 * (else every IDLE_SAMPLE_MS, so busy/idle times still move) and the chart every CHART_MS; once
 * when idle. The chart's throttle spans repetitions, so a new repetition does not force a redraw.
 */
function useSample(shown: Shown | null): { sample: Sample | null; series: Series | null } {
  const [s, setS] = useState<Sample | null>(null);
  const [chart, setChart] = useState<Series | null>(null);
  const chartAt = useRef(Number.NEGATIVE_INFINITY);
  useEffect(() => {
    if (shown === null) return;
    const { run, running } = shown;
    let last = sample(run, running);
    let lastAt = performance.now();
    setS(last);
    const chartDue = (t: number) => !running || t - chartAt.current >= CHART_MS;
    if (chartDue(lastAt)) {
      chartAt.current = lastAt;
      setChart(series(run, running));
    }
    if (!running) return;
    let raf = 0;
    let at = lastAt;
    const frame = (t: number) => {
      if (t - at >= SAMPLE_MS) {
        at = t;
        const counts = countTasks(run.live, run.tasks);
        if (countsDiffer(last.counts, counts) || t - lastAt >= IDLE_SAMPLE_MS) {
          last = sample(run, true);
          lastAt = t;
          setS(last);
        }
        if (chartDue(t)) {
          chartAt.current = t;
          setChart(series(run, true));
        }
      }
      raf = requestAnimationFrame(frame);
    };
    raf = requestAnimationFrame(frame);
    return () => cancelAnimationFrame(raf);
  }, [shown]);
  return { sample: s, series: chart };
}

/** "warm-up" or "repetition 2 of 3". */
function repetitionName(t: Translate, repetition: number, of: number): string {
  return repetition === 0 ? t('ui.warmUp') : t('ui.repetitionOf', { n: repetition, total: of });
}

const ms = (x: number, locale: Locale) => (Number.isFinite(x) ? formatFixed(x, 1, locale) : '—');

/** "worker 1 ran 8 tasks (busy 160 ms), …": what the lanes show, in words. */
function lanesSummary(t: Translate, locale: Locale, stats: readonly LaneStats[]): string {
  const lanes = stats
    .map((l) =>
      plural(t, l.tasks, 'ui.live.laneRan.one', 'ui.live.laneRan.other', {
        lane: laneName(l.lane, t),
        busy: formatMs(l.busyMs, locale),
      }),
    )
    .join(', ');
  return t('ui.live.summary', { lanes });
}

/**
 * The repetition in flight (or the last one): task lanes, live throughput and % done, each with a
 * data table. Reads the live arrays itself (store/live.ts), never through React state per task.
 */
export const LivePanel = memo(function LivePanel() {
  const t = useT();
  const locale = useLocale();
  const [shown, setShown] = useState<Shown | null>(() => snapshot(null));
  useEffect(() => subscribeLive(() => setShown((prev) => snapshot(prev))), []);
  const { sample: s, series: chart } = useSample(shown);

  const workload = shown?.workload;
  const params = shown?.params;
  const tasks = shown?.run.tasks ?? 0;
  const labelOf = useCallback(
    (i: number): string | null => {
      if (workload === undefined || params === undefined) return null;
      const w = getWorkload(workload);
      // Only trust labels when the setup still describes the run's tasks.
      return w.taskCount(params) === tasks ? taskLabel(t, workload, params, i) : null;
    },
    [workload, params, tasks, t],
  );
  const stats = s?.stats;
  const summary = useMemo(
    () => (stats ? lanesSummary(t, locale, stats) : t('ui.live.lanes')),
    [stats, t, locale],
  );

  if (shown === null) {
    return (
      <section className="panel live" aria-labelledby="live-title">
        <h2 id="live-title">{t('ui.live.title')}</h2>
        <p className="hint">{t('ui.live.empty')}</p>
      </section>
    );
  }

  const { run, running } = shown;
  const strategy = getStrategy(run.strategy);
  const rep = repetitionName(t, run.repetition, shown.repetitions);
  const pool = run.strategy === 'worker-pool';
  return (
    <section className="panel live" aria-labelledby="live-title">
      <h2 id="live-title">{t('ui.live.title')}</h2>
      <p className="live__what">
        <strong>{strategyName(t, run.strategy)}</strong> · {rep} ·{' '}
        {plural(t, run.tasks, 'ui.tasks.one', 'ui.tasks.other')} ·{' '}
        {strategy.usesWorkers
          ? plural(t, run.workers, 'ui.workers.one', 'ui.workers.other')
          : t('ui.live.mainOnly')}{' '}
        · {running ? t('ui.live.running') : t('ui.live.finished')}
      </p>
      <LanesView
        run={run}
        running={running}
        expectedMs={shown.expectedMs}
        labelOf={labelOf}
        summary={summary}
      />
      <div className="live__legend">
        <span className="swatch">
          <span className="swatch__box live__key--compute" />
          {t('ui.live.keyCompute')}
        </span>
        {pool && (
          <>
            <span className="swatch">
              <span className="swatch__box live__key--waiting" />
              {t('ui.live.keyWaiting')}
            </span>
            <span className="swatch">
              <span className="swatch__box live__key--inflight" />
              {t('ui.live.keyInflight')}
            </span>
          </>
        )}
        <span className="swatch">
          <span className="swatch__box live__key--idle" />
          {t('ui.live.keyIdle')}
        </span>
        <span className="live__hint">{t('ui.live.hint')}</span>
      </div>
      {stats && (
        <DataTable
          caption={t('ui.live.lanes')}
          columns={[
            t('ui.live.colLane'),
            t('ui.live.colTasks'),
            t('ui.live.colBusy'),
            t('ui.live.colIdle'),
            t('ui.live.colFirst'),
            t('ui.live.colLast'),
          ]}
          rows={stats.map((l) => [
            laneName(l.lane, t),
            formatNumber(locale, l.tasks),
            ms(l.busyMs, locale),
            ms(l.idleMs, locale),
            ms(l.firstStartMs, locale),
            ms(l.lastEndMs, locale),
          ])}
        />
      )}
      {s && chart && (
        <ThroughputChart
          bins={chart.bins}
          extentMs={chart.extentMs}
          repetition={repetitionName(t, chart.repetition, shown.repetitions)}
          done={s.counts.ended}
          total={run.tasks}
        />
      )}
    </section>
  );
});
