import { memo, useMemo } from 'react';
import {
  CartesianGrid,
  ComposedChart,
  type DotItemDotProps,
  Legend,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { type AmdahlFit, amdahlSpeedup, idealSpeedup } from '../engine/amdahl';
import { isRunnable, problemKey } from '../engine/setup';
import { getStrategy } from '../engine/strategies';
import { niceTicks } from '../engine/ticks';
import { engineText, strategyName } from '../i18n/engine-text';
import { useLocale, useT } from '../i18n/react';
import { formatNumber, type Locale, plural, type Translate } from '../i18n/translate';
import { type SweepRun, type SweepStrategyId, selectChecked, useApp } from '../store/store';
import { runSweep, setSweepStrategy, sweepFor, sweepWorkerCounts } from '../store/sweep';
import { DataTable } from './DataTable';
import { formatFixed, formatMs, formatPercent, formatRatio } from './format';
import './sweep.css';

// Okabe–Ito colours, told apart by dash pattern too (solid / long dash / short dash).
const MEASURED = '#0072B2';
const IDEAL = '#555555';
const FIT = '#D55E00';

const SWEEP_STRATEGIES: readonly SweepStrategyId[] = ['worker-pool', 'shared-memory'];

interface ChartRow {
  workers: number;
  /** null until measured, so the line and its markers grow as points arrive. */
  measured: number | null;
  ideal: number;
  fit: number | null;
}

/** "24×" or "3.5×": the speedup limit 1 / s, rounded for reading. */
function formatLimit(x: number, locale: Locale): string {
  return `${formatFixed(x >= 10 ? Math.round(x) : x, x >= 10 ? 0 : 1, locale)}×`;
}

/** "4.2%" — the serial fraction with one decimal. */
function formatFraction(s: number, locale: Locale): string {
  return `${formatFixed(s * 100, 1, locale)}%`;
}

/** The one-line verdict of the fit: serial fraction and what it allows. */
function fitSentence(t: Translate, locale: Locale, fit: AmdahlFit | null, sweep: SweepRun): string {
  if (fit === null) return t(sweep.cores <= 1 ? 'ui.sweep.fitOneCore' : 'ui.sweep.fitNotYet');
  const s = fit.serialFraction;
  if (fit.clamped === 'low' || s === 0) return t('ui.sweep.fitLow');
  if (fit.clamped === 'high' || s >= 1) return t('ui.sweep.fitHigh');
  return t('ui.sweep.fit', { s: formatFraction(s, locale), max: formatLimit(fit.maxSpeedup, locale) });
}

/** Legend order: what was measured first, then what it is compared with. */
function legendOrder(item: { dataKey?: unknown }): number {
  return ['measured', 'ideal', 'fit'].indexOf(String(item.dataKey));
}

/** A measured point: a marker with a data attribute and a title, so tests and tooltips can find it. */
function measuredDot(t: Translate, locale: Locale, props: DotItemDotProps) {
  const row = props.payload as ChartRow;
  const key = `point-${row.workers}`;
  if (row.measured === null || typeof props.cx !== 'number' || typeof props.cy !== 'number')
    return <g key={key} />;
  return (
    <circle
      key={key}
      cx={props.cx}
      cy={props.cy}
      r={5}
      fill={MEASURED}
      stroke="#fff"
      strokeWidth={1.5}
      data-sweep-point={row.workers}
    >
      <title>
        {t('ui.sweep.point', {
          workers: plural(t, row.workers, 'ui.workers.one', 'ui.workers.other'),
          speedup: formatRatio(row.measured, locale),
        })}
      </title>
    </circle>
  );
}

/** Speedup vs workers: measured points, the ideal min(workers, cores) and the fitted Amdahl curve. */
const SweepChart = memo(function SweepChart({ sweep }: { sweep: SweepRun }) {
  const t = useT();
  const locale = useLocale();
  const { cores, counts, points, fit } = sweep;
  const name = strategyName(t, sweep.strategy);
  const coresText = plural(t, cores, 'ui.cores.one', 'ui.cores.other');
  const data: ChartRow[] = counts.map((n) => ({
    workers: n,
    measured: points.find((p) => p.workers === n)?.speedup ?? null,
    ideal: idealSpeedup(n, cores),
    fit: fit === null ? null : amdahlSpeedup(fit.serialFraction, n, cores),
  }));
  const highest = Math.max(cores, ...points.map((p) => (Number.isFinite(p.speedup) ? p.speedup : 0)));
  const yTicks = niceTicks(highest * 1.1, 8);
  const maxWorkers = counts.at(-1) ?? 1;
  return (
    <figure className="chart sweep__chart" aria-labelledby="sweep-chart-title">
      <figcaption id="sweep-chart-title" className="chart__title">
        {t('ui.sweep.chartTitle', { name })}
      </figcaption>
      <p className="chart__note">
        {t('ui.sweep.note', {
          baseline: sweep.baselineMs === null ? '' : ` (${formatMs(sweep.baselineMs, locale)})`,
          repetitions: plural(t, sweep.repetitions, 'ui.repetitions.one', 'ui.repetitions.other'),
        })}
      </p>
      <ResponsiveContainer width="100%" height={320}>
        <ComposedChart data={data} margin={{ left: 8, right: 24, top: 16, bottom: 28 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis
            dataKey="workers"
            type="number"
            domain={[1, maxWorkers]}
            ticks={counts as number[]}
            allowDecimals={false}
            tickFormatter={(v: number) => formatNumber(locale, v)}
            label={{ value: t('ui.sweep.xAxis'), position: 'insideBottom', offset: -18 }}
          />
          <YAxis
            type="number"
            domain={[0, yTicks.at(-1) ?? 1]}
            ticks={yTicks}
            width={80}
            tickFormatter={(v: number) => `${formatNumber(locale, v)}×`}
            label={{ value: t('ui.sweep.yAxis'), angle: -90, position: 'insideLeft', offset: 4, dy: 40 }}
          />
          {cores < maxWorkers && (
            <ReferenceLine
              x={cores}
              stroke="#8c959f"
              strokeDasharray="2 4"
              label={{ value: coresText, position: 'insideTopRight' }}
            />
          )}
          <Tooltip
            labelFormatter={(n) => plural(t, Number(n), 'ui.workers.one', 'ui.workers.other')}
            formatter={(v) => (typeof v === 'number' ? formatRatio(v, locale) : '—')}
          />
          <Legend verticalAlign="bottom" wrapperStyle={{ paddingTop: 20 }} itemSorter={legendOrder} />
          <Line
            dataKey="ideal"
            name={t('ui.sweep.ideal')}
            stroke={IDEAL}
            strokeWidth={2}
            strokeDasharray="8 5"
            legendType="plainline"
            dot={false}
            activeDot={false}
            isAnimationActive={false}
          />
          {fit !== null && (
            <Line
              dataKey="fit"
              name={t('ui.sweep.fitLine', { s: formatFraction(fit.serialFraction, locale) })}
              stroke={FIT}
              strokeWidth={2}
              strokeDasharray="3 3"
              legendType="plainline"
              dot={false}
              activeDot={false}
              isAnimationActive={false}
            />
          )}
          <Line
            dataKey="measured"
            name={t('ui.sweep.measured', { name })}
            stroke={MEASURED}
            strokeWidth={2.5}
            dot={(props: DotItemDotProps) => measuredDot(t, locale, props)}
            isAnimationActive={false}
          />
        </ComposedChart>
      </ResponsiveContainer>
      <p className="sweep__fit" aria-live="polite">
        <strong>{fitSentence(t, locale, fit, sweep)}</strong>
      </p>
      <p className="chart__note">
        <strong>{t('ui.sweep.whyTitle')}</strong> {t('ui.sweep.why', { cores: coresText })}{' '}
        <strong>{t('ui.sweep.amdahlTitle')}</strong> {t('ui.sweep.amdahl')}
      </p>
      <DataTable
        caption={t('ui.sweep.table')}
        columns={[
          t('ui.sweep.colWorkers'),
          t('ui.sweep.colMedian'),
          t('ui.sweep.colSpeedup'),
          t('ui.sweep.colEfficiency'),
          t('ui.sweep.colIdeal'),
          t('ui.sweep.colFit'),
        ]}
        rows={points.map((p) => [
          formatNumber(locale, p.workers),
          formatMs(p.median, locale),
          formatRatio(p.speedup, locale),
          formatPercent(p.speedup / p.workers, locale),
          formatRatio(idealSpeedup(p.workers, cores), locale),
          fit === null ? '—' : formatRatio(amdahlSpeedup(fit.serialFraction, p.workers, cores), locale),
        ])}
      />
    </figure>
  );
});

/** What the sweep is doing or how it ended, in words. */
function sweepStatus(t: Translate, sweep: SweepRun): string | null {
  const steps = sweep.counts.length + 1;
  if (sweep.status === 'running') {
    if (sweep.measuring === 0) return t('ui.sweep.measuringBaseline', { steps });
    const step = sweep.points.length + 2;
    const workers = plural(t, sweep.measuring ?? 0, 'ui.workers.one', 'ui.workers.other');
    return t('ui.sweep.measuring', { workers, step, steps });
  }
  const done = sweep.points.length;
  const total = sweep.counts.length;
  if (sweep.status === 'cancelled') return t('ui.sweep.cancelled', { done, total });
  if (sweep.status === 'failed') return t('ui.sweep.failed', { done, total });
  return null;
}

/** The scaling sweep panel: strategy choice, the button, and the chart of the sweep for this setup. */
export function ScalingSweep() {
  const t = useT();
  const env = useApp((s) => s.env);
  const choice = useApp((s) => s.sweepStrategy);
  const idle = useApp((s) => s.status === 'idle');
  const runnable = useApp((s) => isRunnable(selectChecked(s)));
  const repetitions = useApp((s) => selectChecked(s).setup.repetitions);
  const key = useApp((s) => problemKey(selectChecked(s).setup));
  const stored = useApp((s) => s.sweep);
  const sweep = sweepFor(stored, key);
  const counts = useMemo(() => sweepWorkerCounts(env.cores), [env.cores]);
  const why = getStrategy(choice).availability(env);
  const reasons = SWEEP_STRATEGIES.map((id) => ({ id, why: getStrategy(id).availability(env) }));
  const status = sweep === null ? null : sweepStatus(t, sweep);

  return (
    <section className="panel sweep" aria-labelledby="sweep-title">
      <h2 id="sweep-title">{t('ui.sweep.title')}</h2>
      <p className="hint sweep__intro">
        {plural(t, env.cores, 'ui.sweep.intro.one', 'ui.sweep.intro.other', {
          counts: counts.map(String).join(', '),
          cores: env.cores,
          repetitions: plural(t, repetitions, 'ui.repetitions.one', 'ui.repetitions.other'),
        })}
      </p>
      <div className="sweep__controls">
        <div className="field">
          <label htmlFor="sweep-strategy">{t('ui.sweep.strategy')}</label>
          <select
            id="sweep-strategy"
            value={choice}
            disabled={!idle}
            onChange={(e) => setSweepStrategy(e.target.value as SweepStrategyId)}
          >
            {reasons.map(({ id, why: w }) => (
              <option key={id} value={id} disabled={w !== null}>
                {w === null
                  ? strategyName(t, id)
                  : t('ui.sweep.unavailableOption', { name: strategyName(t, id) })}
              </option>
            ))}
          </select>
        </div>
        <button
          type="button"
          className="primary"
          onClick={runSweep}
          disabled={!idle || !runnable || why !== null}
        >
          {t('ui.sweep.run')}
        </button>
      </div>
      {reasons
        .filter((r) => r.why !== null)
        .map((r) => (
          <p key={r.id} className="hint sweep__why">
            {t('ui.sweep.unavailable', { name: strategyName(t, r.id), why: engineText(t, r.why ?? '') })}
          </p>
        ))}
      {status !== null && (
        <p className="sweep__status" aria-live="polite">
          {status}
        </p>
      )}
      {sweep === null ? <p className="hint">{t('ui.sweep.none')}</p> : <SweepChart sweep={sweep} />}
    </section>
  );
}
