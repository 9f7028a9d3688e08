import { memo } from 'react';
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { niceTicks } from '../../engine/ticks';
import { useLocale, useT } from '../../i18n/react';
import { formatNumber, type Translate } from '../../i18n/translate';
import { runOverloadExperiment, runYieldExperiment, selectIoChecked } from '../../store/io-run';
import type { IoExperiment } from '../../store/io-slice';
import { getStore, useApp } from '../../store/store';
import { DataTable } from '../DataTable';
import { formatMs } from '../format';
import { costAt } from './IoRunControls';

// Okabe–Ito, told apart by dash pattern too.
const TIME = '#0072B2';
const LATENCY = '#D55E00';
const FAILED = '#CC79A7';
const RETRIED = '#E69F00';
const GUIDE = '#009E73';

type Point = IoExperiment['points'][number];

/** "Running…", "Cancelled — …", "Failed — …" for an experiment of this kind; null when complete. */
function statusText(t: Translate, e: IoExperiment): string | null {
  switch (e.status) {
    case 'running':
      return t('io.exp.running', { n: e.points.length, total: e.xs.length });
    case 'cancelled':
      return t('io.exp.cancelled');
    case 'failed':
      return t('io.exp.failed');
    default:
      return null;
  }
}

/**
 * The latest experiment of each kind. The store keeps only the latest experiment of either kind; the
 * lab shows both, so each kind's latest is remembered here (for the page's lifetime) as it changes.
 */
const latest: { yield: IoExperiment | null; overload: IoExperiment | null } = { yield: null, overload: null };
let watching = false;

function remember(e: IoExperiment | null): void {
  if (e !== null) latest[e.kind] = e;
}

function useExperiment(kind: IoExperiment['kind']): IoExperiment | null {
  if (!watching) {
    watching = true;
    const store = getStore();
    remember(store.getState().io.experiment);
    store.subscribe((s) => remember(s.io.experiment));
  }
  // Re-render when the store's experiment changes; the value comes from the per-kind memory.
  const current = useApp((s) => (s.io.experiment?.kind === kind ? s.io.experiment : null));
  remember(current);
  return latest[kind];
}

function useRunnable(): boolean {
  return useApp((s) => {
    const c = selectIoChecked(s);
    return s.status === 'idle' && c.problems.length === 0 && Object.keys(c.fieldProblems).length === 0;
  });
}

/**
 * Yield interval: the mixed experiment's fully async strategy with a yield every k items. Total time
 * and mean I/O latency against k, with the "yield every 50–100 ms" guideline shaded where k·c falls
 * in that range on this machine.
 */
export const YieldExperiment = memo(function YieldExperiment() {
  const t = useT();
  const locale = useLocale();
  const experiment = useExperiment('yield');
  const runnable = useRunnable();
  const calibration = useApp((s) => s.io.calibration);
  const difficulty = useApp((s) => selectIoChecked(s).setup.difficulty);
  const c = costAt(calibration, difficulty);
  const points = experiment?.points ?? [];
  const kName = (k: number) => (k === 0 ? t('io.yield.never') : formatNumber(locale, k, 0));
  const between = (k: number) => (c === null || k === 0 ? '—' : formatMs(k * c));
  // k on a log axis; "never" (k = 0) sits one step past the largest k, labelled as such.
  const ks = points.map((p) => p.x).filter((k) => k > 0);
  const kMax = Math.max(1, ...ks);
  const neverAt = kMax * 2;
  const xOf = (k: number) => (k === 0 ? neverAt : k);
  const band = c === null ? null : { from: Math.max(1, 50 / c), to: Math.min(neverAt, 100 / c) };
  const data = points.map((p) => ({ ...p, k: xOf(p.x) }));
  const xTicks = [...new Set(data.map((d) => d.k))].sort((a, b) => a - b);
  const tickName = (v: number) =>
    v === neverAt && points.some((p) => p.x === 0) ? t('io.yield.never') : kName(v);
  const status = experiment ? statusText(t, experiment) : null;

  return (
    <section className="panel io-exp" aria-labelledby="io-yield-title">
      <h2 id="io-yield-title">{t('io.yield.title')}</h2>
      <p>{t('io.yield.about')}</p>
      <p className="io-guide">
        <strong>{t('io.yield.guideTitle')}</strong>{' '}
        {c === null
          ? t('io.yield.guideUnknown')
          : t('io.yield.guide', {
              from: formatNumber(locale, Math.max(1, 50 / c), 0),
              to: formatNumber(locale, Math.max(1, 100 / c), 0),
              c: formatMs(c),
            })}
      </p>
      <div className="io-exp__controls">
        <button type="button" onClick={() => void runYieldExperiment()} disabled={!runnable}>
          {t('io.yield.run')}
        </button>
        {status && (
          <span className="io-exp__status" role="status">
            {status}
          </span>
        )}
      </div>
      {points.length === 0 ? (
        <p className="hint">{t(experiment ? 'io.exp.noPoints' : 'io.yield.notRun')}</p>
      ) : (
        <figure className="chart io-chart" aria-labelledby="io-yield-chart-title">
          <figcaption id="io-yield-chart-title" className="chart__title">
            {t('io.yield.chartTitle')}
          </figcaption>
          <ResponsiveContainer width="100%" height={260}>
            <ComposedChart data={data} margin={{ left: 0, right: 0, top: 8, bottom: 24 }}>
              <CartesianGrid strokeDasharray="3 3" />
              {band && band.to > band.from && (
                <ReferenceArea
                  yAxisId="time"
                  x1={band.from}
                  x2={band.to}
                  fill={GUIDE}
                  fillOpacity={0.15}
                  stroke={GUIDE}
                  strokeDasharray="3 3"
                  label={{ value: t('io.yield.band'), position: 'insideTop', fontSize: 11 }}
                />
              )}
              <XAxis
                dataKey="k"
                type="number"
                scale="log"
                domain={[1, neverAt]}
                ticks={xTicks}
                interval={0}
                tickFormatter={tickName}
                allowDataOverflow
                label={{ value: t('io.yield.axis'), position: 'insideBottom', offset: -16 }}
              />
              <YAxis
                yAxisId="time"
                domain={[0, niceTicks(Math.max(1, ...points.map((p) => p.totalMs)) * 1.05, 5).at(-1) ?? 1]}
                tickFormatter={(v: number) => formatNumber(locale, v, 0)}
                width={64}
                label={{
                  value: t('io.axis.totalMs'),
                  angle: -90,
                  position: 'insideLeft',
                  style: { textAnchor: 'middle' },
                }}
              />
              <YAxis
                yAxisId="latency"
                orientation="right"
                domain={[0, 'auto']}
                tickFormatter={(v: number) => formatNumber(locale, v, 0)}
                width={64}
                label={{
                  value: t('io.axis.latencyMs'),
                  angle: 90,
                  position: 'insideRight',
                  style: { textAnchor: 'middle' },
                }}
              />
              <Tooltip
                isAnimationActive={false}
                formatter={(v, name) => [formatMs(Number(v)), String(name)]}
                labelFormatter={(l) =>
                  Number(l) === neverAt
                    ? t('io.yield.tooltipNever')
                    : t('io.yield.tooltipK', { k: tickName(Number(l)) })
                }
              />
              <Line
                yAxisId="time"
                dataKey="totalMs"
                name={t('io.exp.totalTime')}
                stroke={TIME}
                strokeWidth={2}
                isAnimationActive={false}
              />
              <Line
                yAxisId="latency"
                dataKey="meanLatencyMs"
                name={t('io.exp.meanLatency')}
                stroke={LATENCY}
                strokeWidth={2}
                strokeDasharray="5 3"
                isAnimationActive={false}
              />
            </ComposedChart>
          </ResponsiveContainer>
          <ul className="chart-legend">
            <li>
              <LineKey colour={TIME} />
              {t('io.exp.totalTime')}
            </li>
            <li>
              <LineKey colour={LATENCY} dashed />
              {t('io.exp.meanLatency')}
            </li>
            {band && band.to > band.from && (
              <li>
                <svg width="18" height="12" aria-hidden="true">
                  <rect width="18" height="12" fill={GUIDE} fillOpacity={0.25} stroke={GUIDE} />
                </svg>
                {t('io.yield.band')}
              </li>
            )}
          </ul>
          <DataTable
            caption={t('io.yield.chartTitle')}
            columns={[
              t('io.yield.col.k'),
              t('io.yield.col.between'),
              t('io.exp.totalTime'),
              t('io.exp.meanLatency'),
              t('io.col.failedRetried'),
            ]}
            rows={points.map((p: Point) => [
              kName(p.x),
              between(p.x),
              formatMs(p.totalMs),
              formatMs(p.meanLatencyMs),
              t('io.failedRetried', { failed: p.failed, retried: p.retried }),
            ])}
          />
        </figure>
      )}
    </section>
  );
});

function LineKey({ colour, dashed = false }: { colour: string; dashed?: boolean }) {
  return (
    <svg width="22" height="10" aria-hidden="true">
      <line
        x1="0"
        x2="22"
        y1="5"
        y2="5"
        stroke={colour}
        strokeWidth={2}
        strokeDasharray={dashed ? '5 3' : undefined}
      />
    </svg>
  );
}

/**
 * Overload: fully async I/O with a rising concurrency limit against the server on screen. Throughput
 * stops improving at the capacity while latency rises (queue) or failures appear (refuse).
 */
export const OverloadExperiment = memo(function OverloadExperiment() {
  const t = useT();
  const locale = useLocale();
  const experiment = useExperiment('overload');
  const runnable = useRunnable();
  const formServer = useApp((s) => selectIoChecked(s).setup.server);
  const points = experiment?.points ?? [];
  const anyFailed = points.some((p) => p.failed > 0 || p.retried > 0);
  const status = experiment ? statusText(t, experiment) : null;
  // The capacity the experiment ran against (the form may have changed since).
  const capacity = experiment?.capacity ?? formServer.capacity;
  const xs = points.map((p) => p.x);
  const xMax = Math.max(capacity, ...xs);
  const xMin = Math.max(1, Math.min(capacity, ...xs));
  const whole = (v: number) => formatNumber(locale, v, 0);

  return (
    <section className="panel io-exp" aria-labelledby="io-overload-title">
      <h2 id="io-overload-title">{t('io.overload.title')}</h2>
      <p>
        {t('io.overload.about', {
          capacity: formServer.capacity,
          overflow: t(formServer.overflow === 'reject' ? 'io.overflow.reject' : 'io.overflow.queue'),
        })}
      </p>
      <div className="io-exp__controls">
        <button type="button" onClick={() => void runOverloadExperiment()} disabled={!runnable}>
          {t('io.overload.run')}
        </button>
        {status && (
          <span className="io-exp__status" role="status">
            {status}
          </span>
        )}
      </div>
      {points.length === 0 ? (
        <p className="hint">{t(experiment ? 'io.exp.noPoints' : 'io.overload.notRun')}</p>
      ) : (
        <figure className="chart io-chart" aria-labelledby="io-overload-chart-title">
          <figcaption id="io-overload-chart-title" className="chart__title">
            {t('io.overload.chartTitle')}
          </figcaption>
          <p className="chart__note">{t('io.overload.note')}</p>
          <ResponsiveContainer width="100%" height={260}>
            <ComposedChart data={[...points]} margin={{ left: 0, right: 0, top: 16, bottom: 24 }}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis
                type="number"
                dataKey="x"
                scale="log"
                domain={[xMin, xMax]}
                ticks={[...new Set([...xs, capacity])].sort((a, b) => a - b)}
                interval={0}
                tickFormatter={whole}
                label={{ value: t('io.overload.axis'), position: 'insideBottom', offset: -16 }}
              />
              <YAxis
                yAxisId="rate"
                domain={[0, 'auto']}
                tickFormatter={whole}
                width={64}
                label={{
                  value: t('io.axis.throughput'),
                  angle: -90,
                  position: 'insideLeft',
                  style: { textAnchor: 'middle' },
                }}
              />
              <YAxis
                yAxisId="latency"
                orientation="right"
                domain={[0, 'auto']}
                tickFormatter={whole}
                width={64}
                label={{
                  value: t('io.axis.latencyMs'),
                  angle: 90,
                  position: 'insideRight',
                  style: { textAnchor: 'middle' },
                }}
              />
              <Tooltip
                isAnimationActive={false}
                labelFormatter={(l) => t('io.overload.tooltipK', { k: whole(Number(l)) })}
                formatter={(v, name) => [whole(Number(v)), String(name)]}
              />
              <ReferenceLine
                yAxisId="rate"
                x={capacity}
                stroke="#555555"
                strokeDasharray="6 3"
                label={{ value: t('io.inflight.capacity', { n: capacity }), position: 'top', fontSize: 11 }}
              />
              <Line
                yAxisId="rate"
                dataKey="throughput"
                name={t('io.exp.throughput')}
                stroke={TIME}
                strokeWidth={2}
                isAnimationActive={false}
              />
              <Line
                yAxisId="latency"
                dataKey="meanLatencyMs"
                name={t('io.exp.meanLatency')}
                stroke={LATENCY}
                strokeWidth={2}
                strokeDasharray="5 3"
                isAnimationActive={false}
              />
            </ComposedChart>
          </ResponsiveContainer>
          <ul className="chart-legend">
            <li>
              <LineKey colour={TIME} />
              {t('io.exp.throughput')}
            </li>
            <li>
              <LineKey colour={LATENCY} dashed />
              {t('io.exp.meanLatency')}
            </li>
            <li>
              <LineKey colour="#555555" dashed />
              {t('io.inflight.capacity', { n: capacity })}
            </li>
          </ul>
          {anyFailed && (
            <>
              <p className="chart__title io-exp__sub">{t('io.overload.refusedTitle')}</p>
              <ResponsiveContainer width="100%" height={150}>
                <ComposedChart data={[...points]} margin={{ left: 0, right: 64, top: 8, bottom: 8 }}>
                  <CartesianGrid strokeDasharray="3 3" />
                  <XAxis
                    type="number"
                    dataKey="x"
                    scale="log"
                    domain={[xMin, xMax]}
                    ticks={[...new Set([...xs, capacity])].sort((a, b) => a - b)}
                    interval={0}
                    tickFormatter={whole}
                  />
                  <YAxis allowDecimals={false} tickFormatter={whole} width={64} />
                  <Tooltip
                    isAnimationActive={false}
                    labelFormatter={(l) => t('io.overload.tooltipK', { k: whole(Number(l)) })}
                    formatter={(v, name) => [whole(Number(v)), String(name)]}
                  />
                  <ReferenceLine x={capacity} stroke="#555555" strokeDasharray="6 3" />
                  <Bar
                    dataKey="retried"
                    name={t('io.overload.retried')}
                    fill={RETRIED}
                    barSize={12}
                    isAnimationActive={false}
                  />
                  <Bar
                    dataKey="failed"
                    name={t('io.overload.failed')}
                    fill={FAILED}
                    barSize={12}
                    isAnimationActive={false}
                  />
                </ComposedChart>
              </ResponsiveContainer>
              <ul className="chart-legend">
                <li>
                  <svg width="12" height="12" aria-hidden="true">
                    <rect width="12" height="12" fill={RETRIED} />
                  </svg>
                  {t('io.overload.retried')}
                </li>
                <li>
                  <svg width="12" height="12" aria-hidden="true">
                    <rect width="12" height="12" fill={FAILED} />
                  </svg>
                  {t('io.overload.failed')}
                </li>
              </ul>
            </>
          )}
          <DataTable
            caption={t('io.overload.chartTitle')}
            columns={[
              t('io.overload.col.limit'),
              t('io.exp.throughput'),
              t('io.exp.meanLatency'),
              t('io.exp.totalTime'),
              t('io.col.failedRetried'),
            ]}
            rows={points.map((p) => [
              whole(p.x),
              whole(p.throughput),
              formatMs(p.meanLatencyMs),
              formatMs(p.totalMs),
              t('io.failedRetried', { failed: p.failed, retried: p.retried }),
            ])}
          />
        </figure>
      )}
    </section>
  );
});
