import { memo, type RefObject, useEffect, useId, useRef, useState } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import {
  BLOCKED_THRESHOLD_MS,
  type FrameVerdict,
  frameVerdict,
  type Responsiveness,
} from '../engine/responsiveness';
import type { StrategyResult } from '../engine/runner';
import { niceTicks } from '../engine/ticks';
import { strategyName, strategyShortName } from '../i18n/engine-text';
import { useLocale, useT } from '../i18n/react';
import { formatNumber, type Locale, plural, type Translate } from '../i18n/translate';
import { DataTable } from './DataTable';
import { formatMs } from './format';
import { formatFrameMs, VERDICT_COLOURS, VERDICT_WORDS } from './frame-verdict';
import { VerdictSwatches } from './VerdictSwatches';
import './responsiveness.css';

interface Row {
  readonly name: string;
  /** The name on the chart's axis: short on a narrow chart. */
  readonly axisName: string;
  /** The frame figure and verdict word drawn beside the bar ("412 ms · frozen"). */
  readonly label: string;
  readonly longest: number;
  readonly verdict: FrameVerdict;
  readonly r: Responsiveness;
}

interface BarShapeProps {
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  payload?: Row;
}

/** A bar in its verdict's colour, with the figure and the word beside it (colour is never alone). */
function VerdictBar({ x = 0, y = 0, width = 0, height = 0, payload }: BarShapeProps) {
  if (!payload) return null;
  return (
    <g>
      <rect x={x} y={y} width={Math.max(1, width)} height={height} fill={VERDICT_COLOURS[payload.verdict]} />
      <text
        x={x + Math.max(1, width) + 6}
        y={y + height / 2}
        dominantBaseline="central"
        fontSize={13}
        fill="#1b1f24"
      >
        {payload.label}
      </text>
    </g>
  );
}

/** "Main thread froze the page: …; Worker pool (Comlink)'s longest frame was 18 ms." */
function responsivenessVerdict(t: Translate, locale: Locale, rows: readonly Row[]): string {
  const first = rows[0];
  if (first === undefined) return '';
  const frame = (ms: number) => formatFrameMs(ms, locale);
  const budget = BLOCKED_THRESHOLD_MS;
  const figures = (r: Responsiveness) =>
    plural(t, r.framesOver50, 'ui.resp.figures.one', 'ui.resp.figures.other', {
      longest: frame(r.longestFrameMs),
      budget,
      blocked: formatMs(r.totalBlockedMs, locale),
    });
  if (rows.length === 1) return t('ui.resp.single', { name: first.name, figures: figures(first.r) });
  let worst = first;
  let best = first;
  for (const row of rows) {
    if (row.longest > worst.longest) worst = row;
    if (row.longest < best.longest) best = row;
  }
  if (worst.verdict === 'smooth') {
    return t('ui.resp.allSmooth', { longest: frame(worst.longest), name: worst.name });
  }
  const bad =
    worst.verdict === 'frozen'
      ? t('ui.resp.froze', {
          name: worst.name,
          blocked: formatMs(worst.r.totalBlockedMs, locale),
          longest: frame(worst.longest),
        })
      : plural(t, worst.r.framesOver50, 'ui.resp.stutter.one', 'ui.resp.stutter.other', {
          name: worst.name,
          budget,
          longest: frame(worst.longest),
        });
  const good =
    best.verdict === 'smooth'
      ? t('ui.resp.bestSmooth', { name: best.name, longest: frame(best.longest) })
      : t('ui.resp.bestNotSmooth', { name: best.name, longest: frame(best.longest) });
  return t('ui.resp.both', { bad, good });
}
/** Below this figure width (px) the axis uses short names. */
const NARROW_PX = 560;
/** Room the "412 ms · frozen" label needs right of the longest bar, px. */
const LABEL_PX = 120;

/** Width of an element in CSS px, updated on resize (not per frame). */
function useWidth<T extends HTMLElement>(): [RefObject<T | null>, number] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const el = ref.current;
    if (el === null) return;
    const observer = new ResizeObserver(() => setWidth(el.clientWidth));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

/**
 * How responsive the page stayed under each strategy (sampled over its whole run, warm-up
 * included): a one-line verdict, the longest frame per strategy against the 50 ms budget, and
 * every figure in a data table.
 */
export const ResponsivenessSummary = memo(function ResponsivenessSummary({
  results,
}: {
  results: readonly StrategyResult[];
}) {
  const t = useT();
  const locale = useLocale();
  const titleId = useId();
  const [figureRef, width] = useWidth<HTMLElement>();
  const narrow = width > 0 && width < NARROW_PX;
  const rows: Row[] = results.flatMap((res) =>
    res.responsiveness === undefined
      ? []
      : [
          {
            name: strategyName(t, res.strategy),
            axisName: narrow ? strategyShortName(t, res.strategy) : strategyName(t, res.strategy),
            label: `${formatFrameMs(res.responsiveness.longestFrameMs, locale)} · ${t(VERDICT_WORDS[frameVerdict(res.responsiveness.longestFrameMs)])}`,
            longest: res.responsiveness.longestFrameMs,
            verdict: frameVerdict(res.responsiveness.longestFrameMs),
            r: res.responsiveness,
          },
        ],
  );
  if (rows.length === 0) return null;
  // The 50 ms budget line always inside the axis, and room right of the longest bar for its label.
  const axisWidth = narrow ? 100 : 190;
  const plotPx = Math.max(160, (width || 700) - axisWidth - 40);
  const longest = Math.max(BLOCKED_THRESHOLD_MS * 1.2, ...rows.map((r) => r.longest));
  const ticks = niceTicks(longest / Math.max(0.3, 1 - LABEL_PX / plotPx), 4);
  const top = ticks.at(-1) ?? longest;

  return (
    <section className="responsiveness" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('ui.resp.title')}</h3>
      <p className="responsiveness__verdict">{responsivenessVerdict(t, locale, rows)}</p>
      <figure className="chart" aria-label={t('ui.resp.chart')} ref={figureRef}>
        <figcaption>{t('ui.resp.caption', { budget: BLOCKED_THRESHOLD_MS })}</figcaption>
        <ResponsiveContainer width="100%" height={72 + 40 * rows.length}>
          <BarChart data={rows} layout="vertical" margin={{ left: 16, right: 24, top: 20, bottom: 24 }}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis
              type="number"
              domain={[0, top]}
              ticks={ticks}
              label={{ value: t('ui.resp.axis'), position: 'insideBottomRight', offset: -8 }}
              tickFormatter={(v: number) => formatNumber(locale, v, 0)}
            />
            <YAxis type="category" dataKey="axisName" width={axisWidth} />
            <ReferenceLine
              x={BLOCKED_THRESHOLD_MS}
              stroke="#1b1f24"
              strokeDasharray="4 3"
              label={{ value: `${BLOCKED_THRESHOLD_MS} ms`, position: 'top', fontSize: 11 }}
            />
            <Tooltip
              formatter={(_v, _name, item) => {
                const r = (item.payload as Row).r;
                return [
                  t('ui.resp.tooltip', {
                    longest: formatFrameMs(r.longestFrameMs, locale),
                    n: r.framesOver50,
                    budget: BLOCKED_THRESHOLD_MS,
                    blocked: formatMs(r.totalBlockedMs, locale),
                  }),
                  t('ui.resp.longest'),
                ];
              }}
            />
            <Bar dataKey="longest" isAnimationActive={false} name={t('ui.resp.longest')} shape={VerdictBar} />
          </BarChart>
        </ResponsiveContainer>
        <div className="responsiveness__legend" aria-hidden="true">
          <VerdictSwatches />
        </div>
      </figure>
      <DataTable
        caption={t('ui.resp.table')}
        columns={[
          t('ui.resp.colStrategy'),
          t('ui.resp.colLongest'),
          t('ui.resp.colVerdict'),
          t('ui.resp.colFrames'),
          t('ui.resp.colOver', { budget: BLOCKED_THRESHOLD_MS }),
          t('ui.resp.colBlocked'),
          t('ui.resp.colLongTasks'),
          t('ui.resp.colLongestTask'),
        ]}
        rows={rows.map((row) => [
          row.name,
          formatFrameMs(row.r.longestFrameMs, locale),
          t(VERDICT_WORDS[row.verdict]),
          formatNumber(locale, row.r.frames),
          formatNumber(locale, row.r.framesOver50),
          formatMs(row.r.totalBlockedMs, locale),
          formatNumber(locale, row.r.longTasks),
          row.r.longTasks === 0 ? '—' : formatMs(row.r.longestTaskMs, locale),
        ])}
      />
    </section>
  );
});
