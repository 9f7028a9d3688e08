import { memo } from 'react';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { StrategyResult } from '../engine/runner';
import { getStrategy } from '../engine/strategies';
import { formatMs, formatRange } from './format';

interface Row {
  name: string;
  median: number;
  min: number;
  max: number;
}

interface BarShapeProps {
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  payload?: Row;
}

/** The median bar plus a min–max whisker, drawn in the bar's own pixel scale (width ÷ median). */
function BarWithRange({ x = 0, y = 0, width = 0, height = 0, payload }: BarShapeProps) {
  if (!payload || payload.median <= 0) return null;
  const px = width / payload.median;
  const x0 = x + payload.min * px;
  const x1 = x + payload.max * px;
  const cy = y + height / 2;
  return (
    <g>
      <rect x={x} y={y} width={width} height={height} fill="#0072B2" />
      <g stroke="#1b1f24" strokeWidth={1.5}>
        <line x1={x0} x2={x1} y1={cy} y2={cy} />
        <line x1={x0} x2={x0} y1={cy - 6} y2={cy + 6} />
        <line x1={x1} x2={x1} y1={cy - 6} y2={cy + 6} />
      </g>
    </g>
  );
}

/** Each strategy's median time with min–max whiskers. Static data, so animation is off. */
export const ComparisonChart = memo(function ComparisonChart({
  results,
}: {
  results: readonly StrategyResult[];
}) {
  const data: Row[] = results.map((r) => ({
    name: getStrategy(r.strategy).name,
    median: r.median,
    min: r.min,
    max: r.max,
  }));
  // The slowest repetition must fit inside the axis, whiskers included.
  const top = Math.max(...results.map((r) => r.max)) * 1.05;
  return (
    <figure className="chart" aria-label="Median time per strategy">
      <figcaption>Median time per strategy (ms, lower is better; whiskers: min – max)</figcaption>
      <ResponsiveContainer width="100%" height={60 + 44 * data.length}>
        <BarChart data={data} layout="vertical" margin={{ left: 16, right: 24, top: 8, bottom: 24 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis
            type="number"
            domain={[0, top]}
            label={{ value: 'ms', position: 'insideBottomRight', offset: -8 }}
            tickFormatter={(v: number) => Math.round(v).toLocaleString('en-US')}
          />
          <YAxis type="category" dataKey="name" width={190} />
          <Tooltip
            formatter={(v, _name, item) => [
              `${formatMs(Number(v))} (range ${formatRange(item.payload.min, item.payload.max)})`,
              'Median',
            ]}
          />
          <Bar dataKey="median" isAnimationActive={false} name="Median" shape={BarWithRange} />
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
});
