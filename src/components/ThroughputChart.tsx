import { memo, useMemo } from 'react';
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ThroughputBin } from '../engine/lanes';
import { niceCeil, ticks } from '../engine/ticks';
import { useLocale, useT } from '../i18n/react';
import { formatNumber, type Locale, type Translate } from '../i18n/translate';
import { DataTable } from './DataTable';
import { formatFixed } from './format';

interface Props {
  bins: readonly ThroughputBin[];
  /** Length of the time axis, ms. */
  extentMs: number;
  /** Which repetition the series shows ("repetition 2 of 3"); it may lag the lanes by a moment. */
  repetition: string;
  done: number;
  total: number;
}

// Ticks go through formatNumber's cached Intl formatter: toLocaleString builds a new formatter per
// call, and Recharts formats each tick several times per render (it showed up as the top self-time
// in a profile).
const wholeIn = (locale: Locale) => (v: number) => formatNumber(locale, v, 0);

const LINE = '#0072B2';

/**
 * The Recharts line alone, memoised on its data. Measured on the 2-core machine: one render of
 * this chart costs tens of ms of main-thread time, which the workers feel; so it is kept lean
 * (fixed ticks with interval 0 — no label measuring —, an HTML legend, no animation).
 */
const RateChart = memo(function RateChart({
  bins,
  extentMs,
  t,
  locale,
}: {
  bins: readonly ThroughputBin[];
  extentMs: number;
  t: Translate;
  locale: Locale;
}) {
  const whole = useMemo(() => wholeIn(locale), [locale]);
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
          label={{ value: t('ui.throughput.xAxis'), position: 'insideBottom', offset: -16 }}
        />
        <YAxis
          domain={[0, yTicks.at(-1) ?? 1]}
          ticks={yTicks}
          interval={0}
          tickFormatter={whole}
          width={86}
          label={{
            value: t('ui.throughput.yAxis'),
            angle: -90,
            position: 'insideLeft',
            style: { textAnchor: 'middle' },
          }}
        />
        <Tooltip
          isAnimationActive={false}
          formatter={(v) => [t('ui.throughput.rate', { n: whole(Number(v)) }), t('ui.throughput.name')]}
          labelFormatter={(at) => t('ui.throughput.from', { t: whole(Number(at)) })}
        />
        <Line
          type="stepAfter"
          dataKey="perSecond"
          name={t('ui.throughput.chart')}
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
  const t = useT();
  const locale = useLocale();
  const whole = wholeIn(locale);
  const fraction = total > 0 ? done / total : 0;
  return (
    <section className="live__throughput" aria-labelledby="throughput-title">
      <h3 id="throughput-title">{t('ui.throughput.title')}</h3>
      <div className="live__progress">
        <progress aria-label={t('ui.throughput.progress')} max={1} value={fraction} />
        <span>
          {t('ui.throughput.done', {
            pct: Math.round(fraction * 100),
            done: whole(done),
            total: whole(total),
          })}
        </span>
      </div>
      <figure className="chart" aria-label={t('ui.throughput.chart')}>
        <figcaption>
          {t('ui.throughput.caption', { repetition })}{' '}
          <span className="swatch">
            <span className="live__key--line" style={{ background: LINE }} />
            {t('ui.throughput.key')}
          </span>
        </figcaption>
        <RateChart bins={bins} extentMs={extentMs} t={t} locale={locale} />
      </figure>
      <DataTable
        caption={t('ui.throughput.table')}
        columns={[
          t('ui.throughput.colFrom'),
          t('ui.throughput.colTo'),
          t('ui.throughput.colDone'),
          t('ui.throughput.colRate'),
        ]}
        rows={bins.map((b) => [
          formatFixed(b.fromMs, 1, locale),
          formatFixed(b.toMs, 1, locale),
          whole(b.done),
          whole(b.perSecond),
        ])}
      />
    </section>
  );
});
