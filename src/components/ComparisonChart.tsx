import { memo } from 'react';
import { Bar, BarChart, CartesianGrid, ErrorBar, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { StrategyResult } from '../engine/runner';
import { getStrategy } from '../engine/strategies';
import { formatMs } from './format';

/** Each strategy's median time with min–max whiskers. Static data, so animation is off. */
export const ComparisonChart = memo(function ComparisonChart({
  results,
}: {
  results: readonly StrategyResult[];
}) {
  const data = results.map((r) => ({
    name: getStrategy(r.strategy).name,
    median: r.median,
    range: [r.median - r.min, r.max - r.median],
  }));
  return (
    <figure className="chart" aria-label="Median time per strategy">
      <figcaption>Median time per strategy (ms, lower is better; whiskers: min – max)</figcaption>
      <ResponsiveContainer width="100%" height={60 + 44 * data.length}>
        <BarChart data={data} layout="vertical" margin={{ left: 16, right: 24, top: 8, bottom: 24 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis
            type="number"
            label={{ value: 'ms', position: 'insideBottomRight', offset: -8 }}
            tickFormatter={(v: number) => v.toLocaleString('en-US')}
          />
          <YAxis type="category" dataKey="name" width={190} />
          <Tooltip formatter={(v) => formatMs(Number(v))} />
          <Bar dataKey="median" fill="#0072B2" isAnimationActive={false} name="Median">
            <ErrorBar dataKey="range" width={6} stroke="#333" direction="x" />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
});
