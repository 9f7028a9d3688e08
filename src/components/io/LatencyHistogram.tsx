import { memo, useId, useMemo, useState } from 'react';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { IoResult } from '../../engine/io/measure';
import { niceTicks } from '../../engine/ticks';
import { useLocale, useT } from '../../i18n/react';
import { formatNumber } from '../../i18n/translate';
import { DataTable } from '../DataTable';
import { formatMs } from '../format';
import { strategyName } from './labels';
import { histogram, latencies } from './series';

const BAR = '#009E73'; // Okabe–Ito bluish green: not the blue of the time charts

/** Per-request latency (client: sent → answer handled) of one strategy's last repetition. */
export const LatencyHistogram = memo(function LatencyHistogram({
  results,
}: {
  results: readonly IoResult[];
}) {
  const t = useT();
  const locale = useLocale();
  const selectId = useId();
  const [chosen, setChosen] = useState<string | null>(null);
  const result = results.find((r) => r.strategy === chosen) ?? results.at(-1);
  const { bins, count } = useMemo(() => {
    if (result === undefined) return { bins: [], count: 0 };
    const { sentAt, answeredAt, status } = result.last;
    const values = latencies(sentAt, answeredAt, status, sentAt.length);
    return { bins: histogram(values, 24), count: values.length };
  }, [result]);
  if (result === undefined) return null;
  const digits = (bins[0] ? bins[0].to - bins[0].from : 1) < 1 ? 2 : 0;
  const range = (from: number, to: number) =>
    `${formatNumber(locale, from, digits)}–${formatNumber(locale, to, digits)}`;
  const data = bins.map((b) => ({ ...b, mid: (b.from + b.to) / 2, label: range(b.from, b.to) }));
  const yTicks = niceTicks(Math.max(1, ...bins.map((b) => b.count)), 5);
  const name = strategyName(t, result.strategy);
  return (
    <figure className="chart io-chart" aria-labelledby="io-latency-title">
      <figcaption id="io-latency-title" className="chart__title">
        {t('io.latency.title', { name })}
      </figcaption>
      <p className="chart__note">
        {t('io.latency.note', {
          n: count,
          mean: formatMs(result.latency.mean),
          p50: formatMs(result.latency.p50),
          p95: formatMs(result.latency.p95),
          max: formatMs(result.latency.max),
        })}
      </p>
      {results.length > 1 && (
        <div className="field field--inline">
          <label htmlFor={selectId}>{t('io.latency.of')}</label>
          <select id={selectId} value={result.strategy} onChange={(e) => setChosen(e.target.value)}>
            {results.map((r) => (
              <option key={r.strategy} value={r.strategy}>
                {strategyName(t, r.strategy)}
              </option>
            ))}
          </select>
        </div>
      )}
      <ResponsiveContainer width="100%" height={200}>
        <BarChart data={data} margin={{ left: 0, right: 16, top: 8, bottom: 24 }} barCategoryGap={1}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis
            dataKey="label"
            interval="preserveStartEnd"
            label={{ value: t('io.latency.axis'), position: 'insideBottom', offset: -16 }}
          />
          <YAxis
            domain={[0, yTicks.at(-1) ?? 1]}
            ticks={yTicks}
            allowDecimals={false}
            width={56}
            tickFormatter={(v: number) => formatNumber(locale, v, 0)}
            label={{
              value: t('io.axis.requests'),
              angle: -90,
              position: 'insideLeft',
              style: { textAnchor: 'middle' },
            }}
          />
          <Tooltip
            isAnimationActive={false}
            labelFormatter={(l) => `${String(l)} ms`}
            formatter={(v) => [formatNumber(locale, Number(v), 0), t('io.axis.requests')]}
          />
          <Bar dataKey="count" fill={BAR} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
      <DataTable
        caption={t('io.latency.table', { name })}
        columns={[t('io.col.fromMs'), t('io.col.toMs'), t('io.axis.requests')]}
        rows={bins.map((b) => [
          formatNumber(locale, b.from, digits),
          formatNumber(locale, b.to, digits),
          b.count,
        ])}
      />
    </figure>
  );
});
