import { memo, useState } from 'react';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { IoResult } from '../../engine/io/measure';
import { niceTicks } from '../../engine/ticks';
import { useLocale, useT } from '../../i18n/react';
import { formatNumber } from '../../i18n/translate';
import { DataTable } from '../DataTable';
import { formatMs, formatRange, formatRatio } from '../format';
import { strategyName } from './labels';

const BAR = '#0072B2'; // Okabe–Ito blue
const IDEAL = '#D55E00'; // vermillion, apart from blue for every common colour deficiency
const INK = '#1b1f24';

interface Row {
  name: string;
  median: number;
  min: number;
  max: number;
  ideal: number;
  formula: string;
  /** median ÷ ideal. */
  ratio: number;
  ratioLabel: string;
}

interface BarShapeProps {
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  payload?: Row;
}

/** The median bar, a min–max whisker, the ideal bound as a dashed mark and "1.05× bound" beside it. */
function BarWithIdeal({ x = 0, y = 0, width = 0, height = 0, payload }: BarShapeProps) {
  if (!payload || payload.median <= 0) return null;
  const px = width / payload.median;
  const x0 = x + payload.min * px;
  const x1 = x + payload.max * px;
  const cy = y + height / 2;
  const showIdeal = Number.isFinite(payload.ideal) && payload.ideal > 0;
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
          <title>{`${payload.name}: ${payload.formula} = ${formatMs(payload.ideal)}`}</title>
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
      <text x={labelX} y={cy} dominantBaseline="central" fontSize={11.5} fill={INK}>
        {payload.ratioLabel}
      </text>
    </g>
  );
}

/** Each strategy's median time with min–max whiskers and its ideal bound marked. */
export const IoComparisonChart = memo(function IoComparisonChart({
  results,
}: {
  results: readonly IoResult[];
}) {
  const t = useT();
  const locale = useLocale();
  const [width, setWidth] = useState(800);
  const narrow = width < 520;
  const data: Row[] = results.map((r) => {
    const ratio = r.idealMs > 0 ? r.median / r.idealMs : Number.NaN;
    return {
      name: strategyName(t, r.strategy),
      median: r.median,
      min: r.min,
      max: r.max,
      ideal: r.idealMs,
      formula: r.idealFormula,
      ratio,
      ratioLabel: t('io.compare.ratio', { ratio: formatRatio(ratio) }),
    };
  });
  const slowest = Math.max(...data.map((r) => Math.max(r.max, Number.isFinite(r.ideal) ? r.ideal : 0)));
  const ticks = niceTicks(slowest * 1.02, narrow ? 3 : 6);
  return (
    <figure className="chart comparison" aria-labelledby="io-compare-title">
      <figcaption id="io-compare-title" className="chart__title">
        {t('io.compare.title')}
      </figcaption>
      <p className="chart__note">{t('io.compare.note')}</p>
      <ResponsiveContainer width="100%" height={70 + 44 * data.length} onResize={setWidth}>
        <BarChart
          data={data}
          layout="vertical"
          margin={{ left: narrow ? 0 : 16, right: narrow ? 76 : 96, top: 8, bottom: 28 }}
        >
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis
            type="number"
            domain={[0, ticks.at(-1) ?? 1]}
            ticks={ticks}
            label={{ value: t('io.axis.timePerRun'), position: 'insideBottom', offset: -18 }}
            tickFormatter={(v: number) => formatNumber(locale, v, 0)}
          />
          <YAxis type="category" dataKey="name" width={narrow ? 96 : 170} />
          <Tooltip
            isAnimationActive={false}
            formatter={(v, _name, item) => {
              const r = item.payload as Row;
              return [
                t('io.compare.tooltip', {
                  median: formatMs(Number(v)),
                  range: formatRange(r.min, r.max),
                  ideal: formatMs(r.ideal),
                  ratio: formatRatio(r.ratio),
                }),
                t('io.col.median'),
              ];
            }}
          />
          <Bar dataKey="median" isAnimationActive={false} shape={BarWithIdeal} />
        </BarChart>
      </ResponsiveContainer>
      <ul className="chart-legend">
        <li>
          <svg width="18" height="12" aria-hidden="true">
            <rect width="18" height="12" fill={BAR} />
          </svg>
          {t('io.compare.median')}
        </li>
        <li>
          <svg width="22" height="12" aria-hidden="true">
            <g stroke={INK} strokeWidth={1.5}>
              <line x1="2" x2="20" y1="6" y2="6" />
              <line x1="2" x2="2" y1="1" y2="11" />
              <line x1="20" x2="20" y1="1" y2="11" />
            </g>
          </svg>
          {t('io.compare.range')}
        </li>
        <li>
          <svg width="12" height="16" aria-hidden="true">
            <line x1="6" x2="6" y1="0" y2="16" stroke={IDEAL} strokeWidth={3} strokeDasharray="4 3" />
          </svg>
          {t('io.compare.ideal')}
        </li>
      </ul>
      <DataTable
        caption={t('io.compare.title')}
        columns={[
          t('io.col.strategy'),
          t('io.col.median'),
          t('io.col.range'),
          t('io.col.ideal'),
          t('io.col.formula'),
          t('io.col.vsIdeal'),
        ]}
        rows={data.map((r) => [
          r.name,
          formatMs(r.median),
          formatRange(r.min, r.max),
          formatMs(r.ideal),
          r.formula,
          formatRatio(r.ratio),
        ])}
      />
    </figure>
  );
});
