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
import { type SweepRun, type SweepStrategyId, selectChecked, useApp } from '../store/store';
import { runSweep, setSweepStrategy, sweepFor, sweepWorkerCounts } from '../store/sweep';
import { DataTable } from './DataTable';
import { formatMs, formatPercent, formatRatio } from './format';
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
function formatLimit(x: number): string {
  return x >= 10 ? `${Math.round(x)}×` : `${x.toFixed(1)}×`;
}

/** "4.2%" — the serial fraction with one decimal. */
function formatFraction(s: number): string {
  return `${(s * 100).toFixed(1)}%`;
}

/** The one-line verdict of the fit: serial fraction and what it allows. */
function fitSentence(fit: AmdahlFit | null, sweep: SweepRun): string {
  if (fit === null) {
    if (sweep.cores <= 1)
      return 'Serial fraction: cannot be estimated here — this machine reports 1 core, so every worker count runs on p = 1 core.';
    return 'Serial fraction: not estimated yet — it needs a measurement with 2 or more workers.';
  }
  const s = fit.serialFraction;
  if (fit.clamped === 'low' || s === 0)
    return 'Serial fraction ≈ 0% → no serial limit visible: the runs scaled as well as the ideal (or better, e.g. from caches), so the fit is clamped at s = 0.';
  if (fit.clamped === 'high' || s >= 1)
    return "Serial fraction ≈ 100% → more workers do not help: the runs were no faster than the main thread (Amdahl's law never goes below 1×; anything lower is the cost of using workers).";
  return `Serial fraction ≈ ${formatFraction(s)} → at most ${formatLimit(fit.maxSpeedup)} with infinite cores.`;
}

/** Legend order: what was measured first, then what it is compared with. */
function legendOrder(item: { dataKey?: unknown }): number {
  return ['measured', 'ideal', 'fit'].indexOf(String(item.dataKey));
}

/** A measured point: a marker with a data attribute and a title, so tests and tooltips can find it. */
function measuredDot(props: DotItemDotProps) {
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
      <title>{`${row.workers} workers: ${formatRatio(row.measured)}`}</title>
    </circle>
  );
}

/** Speedup vs workers: measured points, the ideal min(workers, cores) and the fitted Amdahl curve. */
const SweepChart = memo(function SweepChart({ sweep }: { sweep: SweepRun }) {
  const { cores, counts, points, fit } = sweep;
  const name = getStrategy(sweep.strategy).name;
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
        Speedup vs workers — {name}
      </figcaption>
      <p className="chart__note">
        Higher is better. Speedup = main-thread median
        {sweep.baselineMs === null ? '' : ` (${formatMs(sweep.baselineMs)})`} ÷ median with n workers;{' '}
        {sweep.repetitions} {sweep.repetitions === 1 ? 'repetition' : 'repetitions'} each.
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
            label={{ value: 'workers (n)', position: 'insideBottom', offset: -18 }}
          />
          <YAxis
            type="number"
            domain={[0, yTicks.at(-1) ?? 1]}
            ticks={yTicks}
            width={72}
            tickFormatter={(v: number) => `${v}×`}
            label={{ value: 'speedup (×)', angle: -90, position: 'insideLeft', offset: 4, dy: 40 }}
          />
          {cores < maxWorkers && (
            <ReferenceLine
              x={cores}
              stroke="#8c959f"
              strokeDasharray="2 4"
              label={{ value: `${cores} ${cores === 1 ? 'core' : 'cores'}`, position: 'insideTopRight' }}
            />
          )}
          <Tooltip
            labelFormatter={(n) => `${String(n)} workers`}
            formatter={(v) => (typeof v === 'number' ? formatRatio(v) : '—')}
          />
          <Legend verticalAlign="bottom" wrapperStyle={{ paddingTop: 20 }} itemSorter={legendOrder} />
          <Line
            dataKey="ideal"
            name="ideal = min(workers, cores)"
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
              name={`Amdahl fit (s ≈ ${formatFraction(fit.serialFraction)})`}
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
            name={`measured (${name})`}
            stroke={MEASURED}
            strokeWidth={2.5}
            dot={measuredDot}
            isAnimationActive={false}
          />
        </ComposedChart>
      </ResponsiveContainer>
      <p className="sweep__fit" aria-live="polite">
        <strong>{fitSentence(fit, sweep)}</strong>
      </p>
      <p className="chart__note">
        <strong>Why the ideal flattens:</strong> this machine reports {cores} {cores === 1 ? 'core' : 'cores'}
        . With more workers than cores they take turns on the same cores, which adds scheduling and messaging
        cost but no speed, so the best possible speedup is min(workers, cores). <strong>Amdahl fit:</strong>{' '}
        S(n) = 1 / (s + (1 − s) / p) with p = min(n, cores); the serial fraction s is fitted by least squares
        to the measured times. One worker runs on one core, so that point says nothing about s — its gap below
        1× is the cost of handing work to a worker.
      </p>
      <DataTable
        caption="Speedup by workers"
        columns={['Workers', 'Median ms', 'Speedup', 'Efficiency', 'Ideal', 'Amdahl fit']}
        rows={points.map((p) => [
          p.workers,
          formatMs(p.median),
          formatRatio(p.speedup),
          formatPercent(p.speedup / p.workers),
          formatRatio(idealSpeedup(p.workers, cores)),
          fit === null ? '—' : formatRatio(amdahlSpeedup(fit.serialFraction, p.workers, cores)),
        ])}
      />
    </figure>
  );
});

/** What the sweep is doing or how it ended, in words. */
function sweepStatus(sweep: SweepRun): string | null {
  const steps = sweep.counts.length + 1;
  if (sweep.status === 'running') {
    if (sweep.measuring === 0) return `Measuring the main-thread baseline (1 of ${steps})…`;
    const step = sweep.points.length + 2;
    const n = sweep.measuring ?? 0;
    return `Measuring ${n} ${n === 1 ? 'worker' : 'workers'} (${step} of ${steps})…`;
  }
  if (sweep.status === 'cancelled')
    return `Sweep cancelled after ${sweep.points.length} of ${sweep.counts.length} worker counts; the points measured are kept.`;
  if (sweep.status === 'failed')
    return `The sweep stopped with an error after ${sweep.points.length} of ${sweep.counts.length} worker counts.`;
  return null;
}

/** The scaling sweep panel: strategy choice, the button, and the chart of the sweep for this setup. */
export function ScalingSweep() {
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
  const status = sweep === null ? null : sweepStatus(sweep);

  return (
    <section className="panel sweep" aria-labelledby="sweep-title">
      <h2 id="sweep-title">Scaling sweep</h2>
      <p className="hint sweep__intro">
        Measures the main thread once, then the chosen strategy with {counts.map(String).join(', ')} workers
        (up to twice the {env.cores} {env.cores === 1 ? 'core' : 'cores'} this machine reports) on the setup
        above, {repetitions} {repetitions === 1 ? 'repetition' : 'repetitions'} each, and fits Amdahl's law to
        the speedups.
      </p>
      <div className="sweep__controls">
        <div className="field">
          <label htmlFor="sweep-strategy">Sweep strategy</label>
          <select
            id="sweep-strategy"
            value={choice}
            disabled={!idle}
            onChange={(e) => setSweepStrategy(e.target.value as SweepStrategyId)}
          >
            {reasons.map(({ id, why: w }) => (
              <option key={id} value={id} disabled={w !== null}>
                {getStrategy(id).name}
                {w !== null ? ' (unavailable)' : ''}
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
          Run scaling sweep
        </button>
      </div>
      {reasons
        .filter((r) => r.why !== null)
        .map((r) => (
          <p key={r.id} className="hint sweep__why">
            {getStrategy(r.id).name} unavailable: {r.why}
          </p>
        ))}
      {status !== null && (
        <p className="sweep__status" aria-live="polite">
          {status}
        </p>
      )}
      {sweep === null ? <p className="hint">No sweep for this setup yet.</p> : <SweepChart sweep={sweep} />}
    </section>
  );
}
