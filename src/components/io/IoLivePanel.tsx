import { memo, useCallback, useEffect, useMemo, useState } from 'react';
import { hybridWorkers } from '../../engine/io/ideal';
import type { IoResult } from '../../engine/io/measure';
import type { IoRunOutput, IoStrategyId } from '../../engine/io/types';
import { type LaneStats, laneStats } from '../../engine/lanes';
import { useT } from '../../i18n/react';
import type { Translate } from '../../i18n/translate';
import { getIoServer } from '../../platform/io-server';
import { getIoLive, selectIoChecked, subscribeIoLive } from '../../store/io-run';
import type { LiveRun } from '../../store/live';
import { type AppState, useApp } from '../../store/store';
import { DataTable } from '../DataTable';
import { LanesView } from '../LanesView';
import { InFlightChart } from './InFlightChart';
import { strategyName } from './labels';
import { type CountPoint, countAnswered, peakOpen, queuedIntervals, requestIntervals } from './series';
import '../live.css';

/**
 * Chart refreshes while running, at most this often. One Recharts update costs ~19 ms of main-thread
 * CPU on the 2-core machine (see LivePanel), and here that time is taken from the very event loop
 * whose waiting the lab measures.
 */
const CHART_MS = 1000;
/** The server's queue is sampled this often while running (one small message to its worker). */
const QUEUE_POLL_MS = 250;

/** What the panel shows: the repetition in flight, or the last repetition of the newest result. */
interface Shown {
  readonly strategy: IoStrategyId;
  readonly out: IoRunOutput;
  readonly items: number;
  readonly startedAt: number;
  readonly capacity: number;
  /** The hybrid's worker lanes (0 = one per core, resolved). */
  readonly workers: number;
  readonly mixed: boolean;
  readonly running: boolean;
  /** The finished result (exact queue from its server log), null while running. */
  readonly result: IoResult | null;
}

interface Sample {
  readonly inFlight: readonly CountPoint[];
  readonly queued: readonly CountPoint[];
  readonly extentMs: number;
  readonly answered: number;
}

/** The chart's series for a finished repetition: in flight from the client, queue from the log. */
function finishedSample(shown: Shown): Sample {
  const { out, startedAt } = shown;
  const extentMs = Math.max(1, out.totalMs);
  const end = startedAt + extentMs;
  const log = (shown.result?.log ?? []).filter((e) => e.receivedAt >= startedAt - 1e-6);
  return {
    inFlight: peakOpen(requestIntervals(out.sentAt, out.answeredAt, shown.items), startedAt, extentMs, end),
    queued: peakOpen(queuedIntervals(log), startedAt, extentMs, end),
    extentMs,
    answered: countAnswered(out.answeredAt, shown.items),
  };
}

/**
 * While running: the in-flight series from the live arrays once a second, and the server's queue
 * length from its stats every QUEUE_POLL_MS (kept as points, drawn with the next chart refresh).
 */
function useSample(shown: Shown | null): Sample | null {
  const [sample, setSample] = useState<Sample | null>(null);
  useEffect(() => {
    if (shown === null) {
      setSample(null);
      return;
    }
    if (!shown.running) {
      setSample(finishedSample(shown));
      return;
    }
    const { out, startedAt, items } = shown;
    const queue: CountPoint[] = [];
    let stopped = false;
    const poll = async () => {
      try {
        const stats = await getIoServer().stats();
        if (!stopped) queue.push({ t: performance.now() - startedAt, value: stats.queued });
      } catch {
        // the server is being reset between repetitions: skip this sample
      }
    };
    const refresh = () => {
      const now = performance.now();
      const extentMs = Math.max(1, now - startedAt);
      setSample({
        inFlight: peakOpen(requestIntervals(out.sentAt, out.answeredAt, items), startedAt, extentMs, now),
        queued: [...queue],
        extentMs,
        answered: countAnswered(out.answeredAt, items),
      });
    };
    const pollTimer = setInterval(() => void poll(), QUEUE_POLL_MS);
    const chartTimer = setInterval(refresh, CHART_MS);
    void poll();
    refresh();
    return () => {
      stopped = true;
      clearInterval(pollTimer);
      clearInterval(chartTimer);
    };
  }, [shown]);
  return sample;
}

const ms = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : '—');

/** Per-lane totals of the CPU tasks so far (running: up to now). */
function cpuLaneStats(run: LiveRun, running: boolean): LaneStats[] {
  const end = running ? performance.now() : run.startedAt;
  return laneStats(run.live, run.tasks, run.workers + 1, run.startedAt, Math.max(end, run.startedAt), end);
}

function laneLabel(t: Translate, lane: number): string {
  return lane === 0 ? t('io.lanes.main') : t('io.lanes.worker', { n: lane });
}

/** "main thread ran 40 tasks (busy 640 ms), worker 1 …": the lanes in words. */
function lanesSummary(t: Translate, stats: readonly LaneStats[]): string {
  return t('io.lanes.summary', {
    lanes: stats
      .map((l) => t('io.lanes.lane', { lane: laneLabel(t, l.lane), n: l.tasks, busy: Math.round(l.busyMs) }))
      .join(', '),
  });
}

/**
 * The repetition in flight (or the last one): requests in flight and the server's queue over time,
 * and for the mixed experiment the CPU tasks as bars on lanes (main thread, or workers for the
 * hybrid). Reads the live arrays itself, never through React state per request.
 */
export const IoLivePanel = memo(function IoLivePanel() {
  const t = useT();
  const liveInfo = useApp((s) => s.io.live);
  const running = useApp((s) => s.status !== 'idle');
  const newest = useApp((s) => s.io.results.at(-1) ?? null);
  const [liveOut, setLiveOut] = useState<IoRunOutput | null>(() => getIoLive());
  useEffect(() => subscribeIoLive(() => setLiveOut(getIoLive())), []);
  const shown = useShown(liveInfo, liveOut, running, newest);
  const sample = useSample(shown);

  const run = useMemo<LiveRun | null>(() => {
    if (shown === null || !shown.mixed) return null;
    return {
      // LanesView only reads the lanes; the CPU strategy id is not shown.
      strategy: shown.strategy === 'hybrid' ? 'worker-pool' : 'main-thread',
      workers: shown.strategy === 'hybrid' ? shown.workers : 0,
      tasks: shown.items,
      startedAt: shown.startedAt,
      repetition: 1,
      live: { lanes: shown.out.cpuLanes, starts: shown.out.cpuStarts, ends: shown.out.cpuEnds },
    };
  }, [shown]);
  const labelOf = useCallback((i: number) => t('io.lanes.item', { i }), [t]);
  // Recomputed with each render: at most once a second while running (the chart's refresh).
  const stats = run ? cpuLaneStats(run, shown?.running ?? false) : [];

  if (shown === null) {
    return (
      <section className="panel live" aria-labelledby="io-live-title">
        <h2 id="io-live-title">{t('io.live.title')}</h2>
        <p className="hint">{t('io.live.empty')}</p>
      </section>
    );
  }

  return (
    <section className="panel live" aria-labelledby="io-live-title">
      <h2 id="io-live-title">{t('io.live.title')}</h2>
      <p className="live__what">
        <strong>{strategyName(t, shown.strategy)}</strong> ·{' '}
        {t('io.live.answered', { done: sample?.answered ?? 0, total: shown.items })} ·{' '}
        {t(shown.running ? 'io.live.running' : 'io.live.finished')}
      </p>
      {sample && (
        <InFlightChart
          inFlight={sample.inFlight}
          queued={sample.queued}
          extentMs={sample.extentMs}
          capacity={shown.capacity}
          live={shown.running}
        />
      )}
      {run && (
        <section className="io-lanes" aria-labelledby="io-lanes-title">
          <h3 id="io-lanes-title">{t('io.lanes.title')}</h3>
          <p className="chart__note">
            {t(shown.strategy === 'hybrid' ? 'io.lanes.noteHybrid' : 'io.lanes.noteMain')}
          </p>
          <LanesView
            run={run}
            running={shown.running}
            expectedMs={0}
            labelOf={labelOf}
            summary={lanesSummary(t, stats)}
          />
          <DataTable
            caption={t('io.lanes.table')}
            columns={[
              t('io.lanes.col.lane'),
              t('io.lanes.col.tasks'),
              t('io.lanes.col.busy'),
              t('io.lanes.col.first'),
              t('io.lanes.col.last'),
            ]}
            rows={stats.map((l) => [
              laneLabel(t, l.lane),
              l.tasks,
              ms(l.busyMs),
              ms(l.firstStartMs),
              ms(l.lastEndMs),
            ])}
          />
        </section>
      )}
    </section>
  );
});

/** The setup a live run uses: the form's (locked while running), or the experiment's kind. */
function liveSetup(s: AppState): { capacity: number; workers: number; mixed: boolean } {
  const { setup } = selectIoChecked(s);
  const experiment = s.io.experiment;
  const mixed =
    experiment !== null && experiment.status === 'running'
      ? experiment.kind === 'yield'
      : setup.kind === 'mixed';
  return { capacity: setup.server.capacity, workers: hybridWorkers(setup.workers, s.env.cores), mixed };
}

/** Chooses what to show and keeps its identity stable, so the charts' effects do not restart. */
function useShown(
  liveInfo: { strategy: IoStrategyId; startedAt: number } | null,
  liveOut: IoRunOutput | null,
  running: boolean,
  newest: IoResult | null,
): Shown | null {
  const capacity = useApp((s) => liveSetup(s).capacity);
  const workers = useApp((s) => liveSetup(s).workers);
  const mixed = useApp((s) => liveSetup(s).mixed);
  return useMemo(() => {
    if (running && liveInfo !== null && liveOut !== null) {
      return {
        strategy: liveInfo.strategy,
        out: liveOut,
        items: liveOut.sentAt.length,
        startedAt: liveInfo.startedAt,
        capacity,
        workers,
        mixed: mixed || liveInfo.strategy === 'hybrid',
        running: true,
        result: null,
      };
    }
    if (newest === null) return null;
    return {
      strategy: newest.strategy,
      out: newest.last,
      items: newest.last.sentAt.length,
      startedAt: newest.lastStartedAt,
      capacity: newest.setup.server.capacity,
      workers: hybridWorkers(newest.setup.workers, newest.cores),
      mixed: newest.kind === 'mixed',
      running: false,
      result: newest,
    };
  }, [running, liveInfo, liveOut, newest, capacity, workers, mixed]);
}
