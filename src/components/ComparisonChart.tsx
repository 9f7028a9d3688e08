import { memo, useState } from 'react';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { effectiveCores, idealTimeMs } from '../engine/amdahl';
import type { StrategyResult } from '../engine/runner';
import { speedup } from '../engine/stats';
import { BASELINE, getStrategy } from '../engine/strategies';
import { useApp } from '../store/store';
import { DataTable } from './DataTable';
import { formatMs, formatPercent, formatRange, formatRatio } from './format';
import './sweep.css';
import { niceTicks } from '../engine/ticks';

const BAR = '#0072B2'; // Okabe–Ito blue
const IDEAL = '#D55E00'; // Okabe–Ito vermillion: apart from blue for every common colour deficiency
const INK = '#1b1f24';

interface Row {
  name: string;
  median: number;
  min: number;
  max: number;
  workers: number;
  /** Workers that can run at once: min(workers, cores). */
  parallel: number;
  /** Main-thread median ÷ this median; NaN without a baseline. */
  speedup: number;
  efficiency: number;
  /** Main-thread median ÷ min(workers, cores); NaN without a baseline. */
  ideal: number;
  /** Draw the ideal marker (worker strategies only: on the main thread it is the baseline itself). */
  markIdeal: boolean;
}

interface BarShapeProps {
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  payload?: Row;
}

/** "1.86× · 93%": speedup and efficiency, the label beside each bar. */
function speedLabel(r: Row): string {
  return `${formatRatio(r.speedup)} · ${formatPercent(r.efficiency)}`;
}

/**
 * The median bar, a min–max whisker, the ideal marker and the speedup label, all drawn in the bar's
 * own pixel scale (width ÷ median): Recharts' ErrorBar misplaced whiskers on this vertical layout.
 */
function BarWithRange({ x = 0, y = 0, width = 0, height = 0, payload }: BarShapeProps) {
  if (!payload || payload.median <= 0) return null;
  const px = width / payload.median;
  const x0 = x + payload.min * px;
  const x1 = x + payload.max * px;
  const cy = y + height / 2;
  const showIdeal = payload.markIdeal && Number.isFinite(payload.ideal);
  const xi = x + payload.ideal * px;
  const labelX = Math.max(x + width, x1, showIdeal ? xi : 0) + 8;
  return (
    <g>
      <rect x={x} y={y} width={width} height={height} fill={BAR} />
      <g stroke={INK} strokeWidth={1.5}>
        <line x1={x0} x2={x1} y1={cy} y2={cy} />
        <line x1={x0} x2={x0} y1={cy - 6} y2={cy + 6} />
        <line x1={x1} x2={x1} y1={cy - 6} y2={cy + 6} />
      </g>
      {showIdeal && (
        <g data-marker="ideal" data-ideal-ms={payload.ideal.toFixed(3)}>
          <title>{`${payload.name}: ideal ${formatMs(payload.ideal)} (main thread ÷ ${payload.parallel})`}</title>
          <line
            x1={xi}
            x2={xi}
            y1={y - 5}
            y2={y + height + 5}
            stroke={IDEAL}
            strokeWidth={3}
            strokeDasharray="4 3"
          />
        </g>
      )}
      {Number.isFinite(payload.speedup) && (
        <text x={labelX} y={cy} dominantBaseline="central" fontSize={11.5} fill={INK} data-label="speedup">
          {speedLabel(payload)}
        </text>
      )}
    </g>
  );
}

/** Chart rows: speedup, efficiency and ideal time against the main-thread median, when known. */
function toRows(results: readonly StrategyResult[], cores: number): Row[] {
  const baseline = results.find((r) => r.strategy === BASELINE)?.median;
  return results.map((r) => {
    const s = speedup(baseline, r.median);
    const usesWorkers = getStrategy(r.strategy).usesWorkers;
    return {
      name: getStrategy(r.strategy).name,
      median: r.median,
      min: r.min,
      max: r.max,
      workers: r.workers,
      parallel: effectiveCores(r.workers, cores),
      speedup: s,
      efficiency: s / r.workers,
      ideal: baseline === undefined ? Number.NaN : idealTimeMs(baseline, r.workers, cores),
      markIdeal: usesWorkers,
    };
  });
}

/**
 * Each strategy's median time with min–max whiskers, labelled with speedup · efficiency, and the
 * ideal time (main-thread median ÷ workers) marked beside each worker strategy. Static data, so
 * animation is off.
 */
export const ComparisonChart = memo(function ComparisonChart({
  results,
}: {
  results: readonly StrategyResult[];
}) {
  const cores = useApp((s) => s.env.cores);
  // Narrow screens: shorter strategy names column and fewer ticks, so the bars keep their room.
  const [width, setWidth] = useState(800);
  const narrow = width < 520;
  const data = toRows(results, cores);
  const hasBaseline = data.some((r) => Number.isFinite(r.speedup));
  const marked = data.filter((r) => r.markIdeal && Number.isFinite(r.ideal));
  const oversubscribed = marked.some((r) => r.workers > r.parallel);
  // The slowest repetition must fit inside the axis, whiskers and ideal markers included.
  const slowest = Math.max(
    ...data.map((r) => Math.max(r.max, r.markIdeal && Number.isFinite(r.ideal) ? r.ideal : 0)),
  );
  const ticks = niceTicks(slowest * 1.02, narrow ? 3 : 6);
  return (
    <figure className="chart comparison" aria-labelledby="comparison-title">
      <figcaption id="comparison-title" className="chart__title">
        Median time per strategy
      </figcaption>
      <p className="chart__note">
        Lower is better. Whiskers: fastest – slowest repetition.
        {hasBaseline
          ? ' Labels: speedup (main-thread median ÷ this median) · efficiency (speedup ÷ workers).'
          : ' Run the main thread (or Compare all) to see speedups and the ideal.'}
      </p>
      <ResponsiveContainer width="100%" height={70 + 44 * data.length} onResize={setWidth}>
        <BarChart
          data={data}
          layout="vertical"
          margin={{ left: narrow ? 0 : 16, right: narrow ? 84 : 104, top: 8, bottom: 28 }}
        >
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis
            type="number"
            domain={[0, ticks.at(-1) ?? 1]}
            ticks={ticks}
            label={{ value: 'time per run (ms)', position: 'insideBottom', offset: -18 }}
            tickFormatter={(v: number) => Math.round(v).toLocaleString('en-US')}
          />
          <YAxis type="category" dataKey="name" width={narrow ? 110 : 190} />
          <Tooltip
            formatter={(v, _name, item) => {
              const r = item.payload as Row;
              const extra = Number.isFinite(r.speedup)
                ? `; ${speedLabel(r)}${r.markIdeal ? `; ideal ${formatMs(r.ideal)}` : ''}`
                : '';
              return [`${formatMs(Number(v))} (range ${formatRange(r.min, r.max)})${extra}`, 'Median'];
            }}
          />
          <Bar dataKey="median" isAnimationActive={false} name="Median" shape={BarWithRange} />
        </BarChart>
      </ResponsiveContainer>
      <ul className="chart-legend" aria-label="Legend">
        <li>
          <svg width="18" height="12" aria-hidden="true">
            <rect width="18" height="12" fill={BAR} />
          </svg>
          median
        </li>
        <li>
          <svg width="22" height="12" aria-hidden="true">
            <g stroke={INK} strokeWidth={1.5}>
              <line x1="2" x2="20" y1="6" y2="6" />
              <line x1="2" x2="2" y1="1" y2="11" />
              <line x1="20" x2="20" y1="1" y2="11" />
            </g>
          </svg>
          min – max
        </li>
        {marked.length > 0 && (
          <li>
            <svg width="12" height="16" aria-hidden="true">
              <line x1="6" x2="6" y1="0" y2="16" stroke={IDEAL} strokeWidth={3} strokeDasharray="4 3" />
            </svg>
            ideal = main thread ÷ workers
            {oversubscribed && ` (at most ÷ ${cores} cores: extra workers share them)`}
          </li>
        )}
      </ul>
      <DataTable
        caption="Median time per strategy"
        columns={['Strategy', 'Median', 'Min', 'Max', 'Speedup', 'Efficiency', 'Ideal ms']}
        rows={data.map((r) => [
          r.name,
          formatMs(r.median),
          formatMs(r.min),
          formatMs(r.max),
          formatRatio(r.speedup),
          formatPercent(r.efficiency),
          formatMs(r.ideal),
        ])}
      />
    </figure>
  );
});
