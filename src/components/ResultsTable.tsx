import { memo } from 'react';
import type { StrategyResult } from '../engine/runner';
import { speedup } from '../engine/stats';
import { STRATEGIES } from '../engine/strategies';
import { answerText, engineText, strategyName } from '../i18n/engine-text';
import { useT } from '../i18n/react';
import type { Translate } from '../i18n/translate';
import { formatMs, formatPercent, formatRange, formatRatio } from './format';

/** One machine's results for the table: the ones measured here, or a shared link's. */
export interface ResultSource {
  /** Short name per row when comparing ("Theirs", "Mine"); unused for a single source. */
  readonly label?: string;
  /** The machine behind the label (row title), e.g. "Chrome 156, 2 cores, 22 Nov 2026". */
  readonly description?: string;
  readonly results: readonly StrategyResult[];
  /** This source's own main-thread median (ms), for its speedups; undefined when not measured. */
  readonly baseline: number | undefined;
}

interface Props {
  /** One source, or two to compare: [theirs, mine], with the ratio mine ÷ theirs per strategy. */
  sources: readonly ResultSource[];
}

/** Below this relative difference two medians are "about the same" (run-to-run noise is larger). */
const SAME_WITHIN = 0.05;

/** The first few task numbers in delivery order: "0 1 2 3 4 5 …" or, completion order, "1 0 3 …". */
function deliverySummary(order: Int32Array): string {
  if (order.length === 0) return '—'; // shared results carry no per-task detail
  const head = Array.from(order.subarray(0, 8)).join(' ');
  return order.length > 8 ? `${head} …` : head;
}

/** "0.85×" and who was faster, for mine ÷ theirs. */
function ratioText(t: Translate, mine: number, theirs: number): { ratio: string; verdict: string } {
  const r = mine / theirs;
  const verdict = !Number.isFinite(r)
    ? ''
    : Math.abs(r - 1) < SAME_WITHIN
      ? t('share.ratio.same')
      : r < 1
        ? t('share.ratio.mineFaster', { x: formatRatio(1 / r) })
        : t('share.ratio.theirsFaster', { x: formatRatio(r) });
  return { ratio: formatRatio(r), verdict };
}

/**
 * One row per strategy measured on the setup on screen; when comparing two machines, one row per
 * machine per strategy, with the ratio of their medians.
 */
export const ResultsTable = memo(function ResultsTable({ sources }: Props) {
  const t = useT();
  const all = sources.flatMap((s) => s.results);
  const fingerprints = new Set(all.map((r) => r.fingerprint));
  // Measured here: the answer in the reader's language; shared: the sharer's text, as carried.
  const answers = [
    ...new Set(
      all.map((r) => (Number.isFinite(r.answer) ? answerText(t, r.workload, r.answer) : r.answerText)),
    ),
  ];
  const agrees = fingerprints.size === 1;
  const comparing = sources.length > 1;
  const strategies = STRATEGIES.map((s) => s.id).filter((id) => all.some((r) => r.strategy === id));
  const noBaseline = sources.some((s) => s.baseline === undefined && s.results.length > 0);
  const theirs = sources[0];
  const mine = sources[1];

  const row = (source: ResultSource, r: StrategyResult, first: boolean, span: number) => {
    const s = speedup(source.baseline, r.median);
    const other = first && comparing ? theirs?.results.find((x) => x.strategy === r.strategy) : undefined;
    const mineResult = first && comparing ? mine?.results.find((x) => x.strategy === r.strategy) : undefined;
    const ratio =
      other !== undefined && mineResult !== undefined ? ratioText(t, mineResult.median, other.median) : null;
    return (
      <tr key={`${r.strategy}-${source.label ?? ''}`} data-strategy={r.strategy} data-source={source.label}>
        {first && (
          <th scope={comparing ? 'rowgroup' : 'row'} rowSpan={span}>
            {strategyName(t, r.strategy)}
          </th>
        )}
        {comparing && (
          <td className="results__source" title={source.description}>
            {source.label}
          </td>
        )}
        <td>{r.workers}</td>
        <td>{r.strategy === 'main-thread' || r.strategy === 'main-yielding' ? '—' : r.chunkSize}</td>
        <td>{formatMs(r.median)}</td>
        <td>{formatRange(r.min, r.max)}</td>
        {comparing && first && (
          <td rowSpan={span} className="results__ratio">
            {ratio === null ? (
              '—'
            ) : (
              <>
                <strong>{ratio.ratio}</strong> <span>{ratio.verdict}</span>
              </>
            )}
          </td>
        )}
        <td>{formatRatio(s)}</td>
        <td>{formatPercent(s / r.workers)}</td>
        <td className={r.verified && agrees ? 'ok' : 'bad'} title={engineText(t, r.verifyDetail)}>
          {r.verified && agrees ? t('results.verified') : t('results.mismatch')}
        </td>
        <td>
          <code>{r.fingerprint}</code>
        </td>
        {!comparing && <td className="order">{deliverySummary(r.last.deliveryOrder)}</td>}
      </tr>
    );
  };

  return (
    <>
      <p className="agreement">
        {agrees ? (
          <>
            {t('results.answer')} <strong>{answers[0]}</strong>
            {!comparing && all.length > 1 && ` ${t('results.identical', { n: all.length })}`}
            {comparing && ` ${t('share.compare.identical')}`}
          </>
        ) : (
          <strong className="bad">{t('results.disagree', { answers: answers.join(' vs ') })}</strong>
        )}
      </p>
      <div className="table-scroll">
        <table className={comparing ? 'results results--compare' : 'results'}>
          <caption>
            {t('results.caption')}
            {noBaseline && ` ${t('results.captionNoBaseline')}`}
            {comparing && ` ${t('share.compare.caption')}`}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('results.col.strategy')}</th>
              {comparing && <th scope="col">{t('share.compare.colSource')}</th>}
              <th scope="col">{t('results.col.workers')}</th>
              <th scope="col">{t('results.col.chunk')}</th>
              <th scope="col">{t('results.col.median')}</th>
              <th scope="col">{t('results.col.range')}</th>
              {comparing && (
                <th scope="col" title={t('share.compare.colRatioTitle')}>
                  {t('share.compare.colRatio')}
                </th>
              )}
              <th scope="col">{t('results.col.speedup')}</th>
              <th scope="col">{t('results.col.efficiency')}</th>
              <th scope="col">{t('results.col.verified')}</th>
              <th scope="col">{t('results.col.fingerprint')}</th>
              {!comparing && (
                <th scope="col" title={t('results.col.deliveryTitle')}>
                  {t('results.col.delivery')}
                </th>
              )}
            </tr>
          </thead>
          {comparing ? (
            strategies.map((id) => {
              const rows = sources.flatMap((src) => {
                const r = src.results.find((x) => x.strategy === id);
                return r === undefined ? [] : [{ src, r }];
              });
              return (
                <tbody key={id} className="results__group">
                  {rows.map(({ src, r }, i) => row(src, r, i === 0, rows.length))}
                </tbody>
              );
            })
          ) : (
            <tbody>{theirs?.results.map((r) => row(theirs, r, true, 1))}</tbody>
          )}
        </table>
      </div>
    </>
  );
});
