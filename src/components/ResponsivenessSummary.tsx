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
import { getStrategy } from '../engine/strategies';
import { niceTicks } from '../engine/ticks';
import type { StrategyId } from '../engine/types';
import { DataTable } from './DataTable';
import { formatMs } from './format';
import { formatFrameMs, VERDICT_COLOURS } from './frame-verdict';
import { VerdictSwatches } from './VerdictSwatches';
import './responsiveness.css';

interface Row {
  readonly name: string;
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
        {`${formatFrameMs(payload.longest)} · ${payload.verdict}`}
      </text>
    </g>
  );
}

/** "Main thread froze the page: …; Worker pool (Comlink)'s longest frame was 18 ms." */
function responsivenessVerdict(rows: readonly Row[]): string {
  const first = rows[0];
  if (first === undefined) return '';
  const figures = (r: Responsiveness) =>
    `longest frame ${formatFrameMs(r.longestFrameMs)}, ${r.framesOver50} ${r.framesOver50 === 1 ? 'frame' : 'frames'} over ${BLOCKED_THRESHOLD_MS} ms, ${formatMs(r.totalBlockedMs)} blocked in total`;
  if (rows.length === 1) return `${first.name}: ${figures(first.r)}.`;
  let worst = first;
  let best = first;
  for (const row of rows) {
    if (row.longest > worst.longest) worst = row;
    if (row.longest < best.longest) best = row;
  }
  if (worst.verdict === 'smooth') {
    return `The page stayed smooth under every strategy: no frame took longer than ${formatFrameMs(worst.longest)} (${worst.name}).`;
  }
  const bad =
    worst.verdict === 'frozen'
      ? `${worst.name} froze the page: ${formatMs(worst.r.totalBlockedMs)} blocked in total, longest frame ${formatFrameMs(worst.longest)}`
      : `${worst.name} made the page stutter: ${worst.r.framesOver50} ${worst.r.framesOver50 === 1 ? 'frame' : 'frames'} over ${BLOCKED_THRESHOLD_MS} ms, longest ${formatFrameMs(worst.longest)}`;
  const good =
    best.verdict === 'smooth'
      ? `${best.name}’s longest frame was ${formatFrameMs(best.longest)}`
      : `even the smoothest, ${best.name}, had a longest frame of ${formatFrameMs(best.longest)}`;
  return `${bad}; ${good}.`;
}

/** Short strategy names for the axis of a narrow chart. */
const SHORT_NAMES: Readonly<Record<StrategyId, string>> = {
  'main-thread': 'Main thread',
  'main-yielding': 'Yielding',
  'worker-pool': 'Worker pool',
  'shared-memory': 'Shared memory',
};
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
  const titleId = useId();
  const [figureRef, width] = useWidth<HTMLElement>();
  const narrow = width > 0 && width < NARROW_PX;
  const rows: Row[] = results.flatMap((res) =>
    res.responsiveness === undefined
      ? []
      : [
          {
            name: narrow ? SHORT_NAMES[res.strategy] : getStrategy(res.strategy).name,
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
      <h3 id={titleId}>Page responsiveness</h3>
      <p className="responsiveness__verdict">{responsivenessVerdict(rows)}</p>
      <figure className="chart" aria-label="Longest frame per strategy" ref={figureRef}>
        <figcaption>
          Longest frame per strategy (ms, lower is better): the longest the page went without painting during
          each strategy’s whole run, warm-up included; the dashed line is the {BLOCKED_THRESHOLD_MS} ms budget
          for answering input.
        </figcaption>
        <ResponsiveContainer width="100%" height={72 + 40 * rows.length}>
          <BarChart data={rows} layout="vertical" margin={{ left: 16, right: 24, top: 20, bottom: 24 }}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis
              type="number"
              domain={[0, top]}
              ticks={ticks}
              label={{ value: 'longest frame (ms)', position: 'insideBottomRight', offset: -8 }}
              tickFormatter={(v: number) => Math.round(v).toLocaleString('en-US')}
            />
            <YAxis type="category" dataKey="name" width={axisWidth} />
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
                  `${formatFrameMs(r.longestFrameMs)}; ${r.framesOver50} over ${BLOCKED_THRESHOLD_MS} ms; ${formatMs(r.totalBlockedMs)} blocked`,
                  'Longest frame',
                ];
              }}
            />
            <Bar dataKey="longest" isAnimationActive={false} name="Longest frame" shape={VerdictBar} />
          </BarChart>
        </ResponsiveContainer>
        <div className="responsiveness__legend" aria-hidden="true">
          <VerdictSwatches />
        </div>
      </figure>
      <DataTable
        caption="Page responsiveness per strategy"
        columns={[
          'Strategy',
          'Longest frame',
          'Verdict',
          'Frames',
          `Frames over ${BLOCKED_THRESHOLD_MS} ms`,
          'Total blocked time',
          'Long tasks',
          'Longest long task',
        ]}
        rows={rows.map((row) => [
          row.name,
          formatFrameMs(row.r.longestFrameMs),
          row.verdict,
          row.r.frames.toLocaleString('en-US'),
          row.r.framesOver50.toLocaleString('en-US'),
          formatMs(row.r.totalBlockedMs),
          row.r.longTasks.toLocaleString('en-US'),
          row.r.longTasks === 0 ? '—' : formatMs(row.r.longestTaskMs),
        ])}
      />
    </section>
  );
});
