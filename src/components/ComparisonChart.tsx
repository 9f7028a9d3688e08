import { memo, useId, useRef, useState } from 'react';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { effectiveCores, idealTimeMs } from '../engine/amdahl';
import type { StrategyResult } from '../engine/runner';
import { speedup } from '../engine/stats';
import { BASELINE, getStrategy, STRATEGIES } from '../engine/strategies';
import { niceTicks } from '../engine/ticks';
import { strategyName, strategyShortName } from '../i18n/engine-text';
import { useT } from '../i18n/react';
import type { Translate } from '../i18n/translate';
import { DataTable } from './DataTable';
import { formatMs, formatPercent, formatRange, formatRatio } from './format';
import { ChartDownload } from './share/ChartDownload';
import './sweep.css';

/** Bar colour per source: Okabe–Ito blue for the first (the only one outside comparisons), bluish green for the second. */
const BARS = ['#0072B2', '#009E73'] as const;
const IDEAL = '#D55E00'; // Okabe–Ito vermillion: apart from blue for every common colour deficiency
const INK = '#1b1f24';

interface Row {
  /** Axis label: short on narrow screens. */
  name: string;
  /** Strategy (and machine) in full, for the data table. */
  fullName: string;
  /** Bar colour: which source (machine) the row belongs to. */
  fill: string;
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
  /** Tooltip of the ideal marker, already in the page's language. */
  idealTitle: string;
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
      <rect x={x} y={y} width={width} height={height} fill={payload.fill} />
      <g stroke={INK} strokeWidth={1.5}>
        <line x1={x0} x2={x1} y1={cy} y2={cy} />
        <line x1={x0} x2={x0} y1={cy - 6} y2={cy + 6} />
        <line x1={x1} x2={x1} y1={cy - 6} y2={cy + 6} />
      </g>
      {showIdeal && (
        <g data-marker="ideal" data-ideal-ms={payload.ideal.toFixed(3)}>
          <title>{payload.idealTitle}</title>
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

/** One machine's results for the chart. */
export interface ChartSource {
  /** Short name appended to each strategy when comparing ("Theirs", "Mine"). */
  readonly label?: string;
  readonly results: readonly StrategyResult[];
  /** Cores of the machine that measured them (the ideal is main thread ÷ min(workers, cores)). */
  readonly cores: number;
}

/** Chart rows: speedup, efficiency and ideal time against each source's own main-thread median. */
function toRows(sources: readonly ChartSource[], t: Translate, narrow: boolean): Row[] {
  const comparing = sources.length > 1;
  const rows: Row[] = [];
  // Strategy by strategy, so theirs and mine sit next to each other.
  for (const { id } of STRATEGIES) {
    sources.forEach((source, i) => {
      const r = source.results.find((x) => x.strategy === id);
      if (r === undefined) return;
      const baseline = source.results.find((x) => x.strategy === BASELINE)?.median;
      const s = speedup(baseline, r.median);
      const strategy = getStrategy(r.strategy);
      const who = comparing && source.label ? ` · ${source.label}` : '';
      // Narrow screens: short names on the axis ("Shared memory"), whole ones in tables and tips.
      const fullName = `${strategyName(t, strategy.id)}${who}`;
      const name = narrow ? `${strategyShortName(t, strategy.id)}${who}` : fullName;
      const parallel = effectiveCores(r.workers, source.cores);
      const ideal = baseline === undefined ? Number.NaN : idealTimeMs(baseline, r.workers, source.cores);
      rows.push({
        name,
        fullName,
        fill: BARS[i % BARS.length] ?? BARS[0],
        median: r.median,
        min: r.min,
        max: r.max,
        workers: r.workers,
        parallel,
        speedup: s,
        efficiency: s / r.workers,
        ideal,
        markIdeal: strategy.usesWorkers,
        idealTitle: t('results.chart.idealTitle', { name: fullName, ms: formatMs(ideal), n: parallel }),
      });
    });
  }
  return rows;
}

interface Props {
  /** One source, or [theirs, mine] to compare two machines bar by bar. */
  sources: readonly ChartSource[];
  /** What the downloaded file is called before its date, e.g. "concurrency-mandelbrot-comparison". */
  fileStem: string;
}

/**
 * Each strategy's median time with min–max whiskers, labelled with speedup · efficiency, and the
 * ideal time (main-thread median ÷ workers) marked beside each worker strategy. Static data, so
 * animation is off. Comparing two machines draws theirs and mine as neighbouring bars.
 */
export const ComparisonChart = memo(function ComparisonChart({ sources, fileStem }: Props) {
  const t = useT();
  const titleId = useId();
  const figure = useRef<HTMLElement>(null);
  // Narrow screens: shorter strategy names column and fewer ticks, so the bars keep their room.
  const [width, setWidth] = useState(800);
  const narrow = width < 520;
  const comparing = sources.length > 1;
  const data = toRows(sources, t, narrow);
  const hasBaseline = data.some((r) => Number.isFinite(r.speedup));
  const marked = data.filter((r) => r.markIdeal && Number.isFinite(r.ideal));
  const oversubscribed = marked.some((r) => r.workers > r.parallel);
  const cores = Math.min(...sources.map((s) => s.cores));
  // The slowest repetition must fit inside the axis, whiskers and ideal markers included.
  const slowest = Math.max(
    ...data.map((r) => Math.max(r.max, r.markIdeal && Number.isFinite(r.ideal) ? r.ideal : 0)),
  );
  const ticks = niceTicks(slowest * 1.02, narrow ? 3 : 6);
  const title = t('results.chart.title');
  return (
    <figure className="chart comparison" aria-labelledby={titleId} ref={figure}>
      <div className="chart__head">
        <figcaption id={titleId} className="chart__title">
          {title}
        </figcaption>
        <ChartDownload target={figure} title={title} fileStem={fileStem} kind="svg" />
      </div>
      <p className="chart__note">
        {t('results.chart.lower')}
        {hasBaseline ? ` ${t('results.chart.labels')}` : ` ${t('results.chart.noBaseline')}`}
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
            label={{ value: t('results.chart.axis'), position: 'insideBottom', offset: -18 }}
            tickFormatter={(v: number) => Math.round(v).toLocaleString('en-US')}
          />
          <YAxis type="category" dataKey="name" width={narrow ? 110 : comparing ? 230 : 190} />
          <Tooltip
            formatter={(v, _name, item) => {
              const r = item.payload as Row;
              const extra = Number.isFinite(r.speedup)
                ? `; ${speedLabel(r)}${r.markIdeal ? `; ${t('results.chart.tooltipIdeal', { ms: formatMs(r.ideal) })}` : ''}`
                : '';
              return [
                `${t('results.chart.tooltip', { median: formatMs(Number(v)), range: formatRange(r.min, r.max) })}${extra}`,
                t('results.col.median'),
              ];
            }}
          />
          <Bar
            dataKey="median"
            isAnimationActive={false}
            name={t('results.col.median')}
            shape={BarWithRange}
          />
        </BarChart>
      </ResponsiveContainer>
      <ul className="chart-legend" aria-label={t('results.chart.legend')}>
        {sources.map((source, i) => (
          <li key={source.label ?? i}>
            <svg width="18" height="12" aria-hidden="true">
              <rect width="18" height="12" fill={BARS[i % BARS.length]} />
            </svg>
            {comparing
              ? `${t('results.chart.legendMedian')}: ${source.label}`
              : t('results.chart.legendMedian')}
          </li>
        ))}
        <li>
          <svg width="22" height="12" aria-hidden="true">
            <g stroke={INK} strokeWidth={1.5}>
              <line x1="2" x2="20" y1="6" y2="6" />
              <line x1="2" x2="2" y1="1" y2="11" />
              <line x1="20" x2="20" y1="1" y2="11" />
            </g>
          </svg>
          {t('results.chart.legendRange')}
        </li>
        {marked.length > 0 && (
          <li>
            <svg width="12" height="16" aria-hidden="true">
              <line x1="6" x2="6" y1="0" y2="16" stroke={IDEAL} strokeWidth={3} strokeDasharray="4 3" />
            </svg>
            {t('results.chart.legendIdeal')}
            {oversubscribed && ` ${t('results.chart.legendOversubscribed', { cores })}`}
          </li>
        )}
      </ul>
      <DataTable
        caption={title}
        columns={[
          t('results.col.strategy'),
          t('results.col.median'),
          t('results.chart.colMin'),
          t('results.chart.colMax'),
          t('results.col.speedup'),
          t('results.col.efficiency'),
          t('results.chart.colIdeal'),
        ]}
        rows={data.map((r) => [
          r.fullName,
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
