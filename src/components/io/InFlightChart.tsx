import { memo, useMemo } from 'react';
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { niceCeil, ticks } from '../../engine/ticks';
import { useLocale, useT } from '../../i18n/react';
import { formatNumber } from '../../i18n/translate';
import { DataTable } from '../DataTable';
import type { CountPoint } from './series';

// Okabe–Ito: blue for the client's requests, vermillion for the server's queue, grey for capacity;
// also told apart by dash pattern.
export const IN_FLIGHT = '#0072B2';
export const QUEUED = '#D55E00';
const CAPACITY = '#555555';

interface Props {
  inFlight: readonly CountPoint[];
  queued: readonly CountPoint[];
  /** Length of the time axis, ms. */
  extentMs: number;
  capacity: number;
  /** Data as live samples (polled) rather than the exact log: changes the note. */
  live: boolean;
}

interface Row {
  t: number;
  inFlight?: number;
  queued?: number;
}

/** Round whole-number ticks from 0 to at least `top` (counts of requests have no halves). */
function wholeTicks(top: number, maxTicks: number): number[] {
  const step = Math.max(1, niceCeil(top / maxTicks));
  const n = Math.max(1, Math.ceil(top / step - 1e-9));
  return Array.from({ length: n + 1 }, (_, i) => i * step);
}

/** Both series on one time axis (rows sorted by time; a series absent at a time is skipped). */
function merge(inFlight: readonly CountPoint[], queued: readonly CountPoint[]): Row[] {
  const rows = new Map<number, Row>();
  for (const p of inFlight) rows.set(p.t, { t: p.t, inFlight: p.value });
  for (const p of queued) {
    const r = rows.get(p.t);
    if (r) r.queued = p.value;
    else rows.set(p.t, { t: p.t, queued: p.value });
  }
  return [...rows.values()].sort((a, b) => a.t - b.t);
}

/**
 * Requests in flight (sent, not yet answered) and requests waiting in the server's queue over the
 * repetition, with the server's capacity marked: above the line, requests queue. Step lines (a count
 * holds until the next change); no animation.
 */
export const InFlightChart = memo(function InFlightChart({
  inFlight,
  queued,
  extentMs,
  capacity,
  live,
}: Props) {
  const t = useT();
  const locale = useLocale();
  const { data, xTicks, yTicks } = useMemo(() => {
    const top = Math.max(1, ...inFlight.map((p) => p.value), ...queued.map((p) => p.value));
    return {
      data: merge(inFlight, queued),
      xTicks: ticks(Math.max(1, extentMs), 6),
      // Capacity is drawn only when it fits near the data, so a capacity of 100 does not flatten
      // a serial run's single request in flight.
      yTicks: wholeTicks(top * 1.1, 5),
    };
  }, [inFlight, queued, extentMs]);
  const yTop = yTicks.at(-1) ?? 1;
  const whole = (v: number) => formatNumber(locale, v, 0);
  return (
    <figure className="chart io-chart" aria-labelledby="io-inflight-title">
      <figcaption id="io-inflight-title" className="chart__title">
        {t('io.inflight.title')}
      </figcaption>
      <p className="chart__note">{t(live ? 'io.inflight.noteLive' : 'io.inflight.note')}</p>
      <ResponsiveContainer width="100%" height={220}>
        <LineChart data={data} margin={{ left: 0, right: 24, top: 8, bottom: 24 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis
            type="number"
            dataKey="t"
            domain={[0, Math.max(1, extentMs)]}
            ticks={xTicks}
            interval={0}
            tickFormatter={whole}
            label={{ value: t('io.axis.sinceStart'), position: 'insideBottom', offset: -16 }}
          />
          <YAxis
            domain={[0, yTop]}
            ticks={yTicks}
            interval={0}
            allowDecimals={false}
            tickFormatter={whole}
            width={64}
            label={{
              value: t('io.axis.requests'),
              angle: -90,
              position: 'insideLeft',
              style: { textAnchor: 'middle' },
            }}
          />
          <Tooltip
            isAnimationActive={false}
            labelFormatter={(v) => t('io.axis.atMs', { t: whole(Number(v)) })}
            formatter={(v, name) => [whole(Number(v)), String(name)]}
          />
          {capacity <= yTop && (
            <ReferenceLine
              y={capacity}
              stroke={CAPACITY}
              strokeDasharray="6 3"
              label={{ value: t('io.inflight.capacity', { n: capacity }), position: 'insideTopRight' }}
            />
          )}
          <Line
            type="stepAfter"
            dataKey="inFlight"
            name={t('io.inflight.inFlight')}
            stroke={IN_FLIGHT}
            strokeWidth={2}
            dot={false}
            connectNulls
            isAnimationActive={false}
          />
          <Line
            type="stepAfter"
            dataKey="queued"
            name={t('io.inflight.queued')}
            stroke={QUEUED}
            strokeWidth={2}
            strokeDasharray="5 3"
            dot={false}
            connectNulls
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
      <ul className="chart-legend">
        <li>
          <svg width="22" height="10" aria-hidden="true">
            <line x1="0" x2="22" y1="5" y2="5" stroke={IN_FLIGHT} strokeWidth={2} />
          </svg>
          {t('io.inflight.inFlight')}
        </li>
        <li>
          <svg width="22" height="10" aria-hidden="true">
            <line x1="0" x2="22" y1="5" y2="5" stroke={QUEUED} strokeWidth={2} strokeDasharray="5 3" />
          </svg>
          {t('io.inflight.queued')}
        </li>
        <li>
          <svg width="22" height="10" aria-hidden="true">
            <line x1="0" x2="22" y1="5" y2="5" stroke={CAPACITY} strokeWidth={2} strokeDasharray="6 3" />
          </svg>
          {capacity <= yTop
            ? t('io.inflight.capacity', { n: capacity })
            : t('io.inflight.capacityOff', { n: capacity })}
        </li>
      </ul>
      <DataTable
        caption={t('io.inflight.table')}
        columns={[t('io.col.fromMs'), t('io.inflight.inFlight'), t('io.inflight.queued')]}
        rows={data.map((r) => [
          whole(r.t),
          r.inFlight === undefined ? '—' : whole(r.inFlight),
          r.queued === undefined ? '—' : whole(r.queued),
        ])}
      />
    </figure>
  );
});
