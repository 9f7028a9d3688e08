import { memo, useMemo } from 'react';
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ThroughputBin } from '../engine/lanes';
import { niceCeil, ticks } from '../engine/ticks';
import { DataTable } from './DataTable';

interface Props {
  bins: readonly ThroughputBin[];
  /** Length of the time axis, ms. */
  extentMs: number;
  /** Which repetition the series shows ("repetition 2 of 3"); it may lag the lanes by a moment. */
  repetition: string;
  done: number;
  total: number;
}

// One formatter for every tick: toLocaleString builds a new formatter per call, and Recharts
// formats each tick several times per render (it showed up as the top self-time in a profile).
const wholeFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const whole = (v: number) => wholeFormat.format(v);

const LINE = '#0072B2';

/**
 * The Recharts line alone, memoised on its data. Measured on the 2-core machine: one render of
 * this chart costs tens of ms of main-thread time, which the workers feel; so it is kept lean
 * (fixed ticks with interval 0 — no label measuring —, an HTML legend, no animation).
 */
const RateChart = memo(function RateChart({
  bins,
  extentMs,
}: {
  bins: readonly ThroughputBin[];
  extentMs: number;
}) {
  const { data, xTicks, yTicks } = useMemo(() => {
    // A step line: each bin's rate holds from its start to its end.
    const points = bins.map((b) => ({ t: b.fromMs, perSecond: b.perSecond }));
    const lastBin = bins.at(-1);
    if (lastBin) points.push({ t: lastBin.toMs, perSecond: lastBin.perSecond });
    // Round ticks on both axes, the top one above the highest rate.
    const yMax = Math.max(1, ...bins.map((b) => b.perSecond));
    const yStep = niceCeil(yMax / 4);
    return {
      data: points,
      xTicks: ticks(Math.max(1, extentMs), 6),
      yTicks: Array.from({ length: Math.ceil(yMax / yStep - 1e-9) + 1 }, (_, k) => k * yStep),
    };
  }, [bins, extentMs]);
  return (
    <ResponsiveContainer width="100%" height={190}>
      <LineChart data={data} margin={{ left: 0, right: 24, top: 8, bottom: 24 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis
          type="number"
          dataKey="t"
          domain={[0, Math.max(1, extentMs)]}
          ticks={xTicks}
          interval={0}
          tickFormatter={whole}
          label={{ value: 'ms since the repetition started', position: 'insideBottom', offset: -16 }}
        />
        <YAxis
          domain={[0, yTicks.at(-1) ?? 1]}
          ticks={yTicks}
          interval={0}
          tickFormatter={whole}
          width={76}
          label={{ value: 'tasks/s', angle: -90, position: 'insideLeft', style: { textAnchor: 'middle' } }}
        />
        <Tooltip
          isAnimationActive={false}
          formatter={(v) => [`${whole(Number(v))} tasks/s`, 'Throughput']}
          labelFormatter={(t) => `from ${whole(Number(t))} ms`}
        />
        <Line
          type="stepAfter"
          dataKey="perSecond"
          name="Tasks completed per second"
          stroke={LINE}
          strokeWidth={2}
          dot={false}
          isAnimationActive={false}
        />
      </LineChart>
    </ResponsiveContainer>
  );
});

/**
 * Tasks completed per second within the repetition on screen (≤ 100 bins), and % done, with the
 * binned series as a data table. During a run the parent refreshes % done up to 10× a second and
 * the series once a second (see CHART_MS in LivePanel).
 */
export const ThroughputChart = memo(function ThroughputChart({
  bins,
  extentMs,
  repetition,
  done,
  total,
}: Props) {
  const fraction = total > 0 ? done / total : 0;
  return (
    <section className="live__throughput" aria-labelledby="throughput-title">
      <h3 id="throughput-title">Throughput and progress</h3>
      <div className="live__progress">
        <progress aria-label="Tasks done in this repetition" max={1} value={fraction} />
        <span>
          {Math.round(fraction * 100)}% done ({whole(done)} of {whole(total)} tasks)
        </span>
      </div>
      <figure className="chart" aria-label="Tasks completed per second">
        <figcaption>
          Tasks completed per second, {repetition} (bins of equal length) ·{' '}
          <span className="swatch">
            <span className="live__key--line" style={{ background: LINE }} />
            tasks completed per second
          </span>
        </figcaption>
        <RateChart bins={bins} extentMs={extentMs} />
      </figure>
      <DataTable
        caption="Throughput per time bin"
        columns={['From (ms)', 'To (ms)', 'Tasks done', 'Tasks/s']}
        rows={bins.map((b) => [b.fromMs.toFixed(1), b.toMs.toFixed(1), b.done, whole(b.perSecond)])}
      />
    </section>
  );
});
