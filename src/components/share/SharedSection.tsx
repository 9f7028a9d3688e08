import { useEffect, useId, useMemo, useRef } from 'react';
import type { StrategyResult } from '../../engine/runner';
import { BASELINE, STRATEGIES } from '../../engine/strategies';
import { getWorkload } from '../../engine/workloads';
import { engineText, paramLabel, strategyName, workloadName } from '../../i18n/engine-text';
import { useLocale, useT } from '../../i18n/react';
import { formatDate, formatNumber, type Locale, type Translate } from '../../i18n/translate';
import { resultsCsv } from '../../permalink/csv';
import type { LaneSummary, SharedView } from '../../permalink/share-view';
import { downloadText, exportName } from '../../store/export';
import { cancelRun } from '../../store/run';
import { closeShared, openShared, rerunShared, sharedAsResult } from '../../store/share';
import { useApp } from '../../store/store';
import { ComparisonChart } from '../ComparisonChart';
import { ResponsivenessSummary } from '../ResponsivenessSummary';
import { type ResultSource, ResultsTable } from '../ResultsTable';
import { ChartDownload } from './ChartDownload';
import { LaneSummaryView } from './LaneSummaryView';
import { ShareProblemMessage } from './ShareProblemMessage';
import './share.css';

/** "22 Nov 2026" in the page's language, or "date unknown" for a missing or unreadable date. */
function dateText(t: Translate, locale: Locale, iso: string): string {
  const d = new Date(iso);
  return iso === '' || Number.isNaN(d.getTime()) ? t('share.unknownDate') : formatDate(locale, d);
}

/** Results in registry order (the order of the table and charts). */
function ordered(results: readonly StrategyResult[]): StrategyResult[] {
  return STRATEGIES.flatMap((s) => results.filter((r) => r.strategy === s.id).slice(-1));
}

/** "Heavy loop — Tasks 12, Iterations per task 200,000; 3 repetitions, 2 workers". */
function setupText(t: Translate, locale: Locale, view: SharedView): string {
  const w = getWorkload(view.setup.workload);
  const params = w.params
    .map(
      (p) =>
        `${paramLabel(t, view.setup.workload, p.key)} ${formatNumber(locale, view.setup.params[p.key] ?? p.default)}`,
    )
    .join(', ');
  return t('share.setup', {
    workload: workloadName(t, view.setup.workload),
    params,
    reps: view.setup.repetitions,
    workers: view.setup.workers,
  });
}

/**
 * A shared link (or imported file) at the top of the playground: the sharer's results, read-only
 * and labelled with their machine, Re-run on my machine for theirs vs mine side by side, and a
 * way back. A link that cannot be read says why, and the playground below stays usable.
 * Opening never runs anything: only the Re-run button does.
 */
export function SharedSection({ payload }: { payload: string }) {
  const t = useT();
  const locale = useLocale();
  const titleId = useId();
  const share = useApp((s) => s.share);
  const status = useApp((s) => s.status);
  const progress = useApp((s) => s.progress);
  const env = useApp((s) => s.env);

  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => openShared(payload), [payload]);
  // A link opened from inside the app (import, Back/Forward) may find the page scrolled down:
  // bring the shared results (or the reason they cannot be shown) into view and focus.
  const shown = share.payload === payload;
  useEffect(() => {
    if (!shown) return;
    const h = heading.current;
    if (h === null) return;
    if (h.getBoundingClientRect().top < 0) h.scrollIntoView({ block: 'start' });
    h.focus({ preventScroll: true });
  }, [shown]);

  const view = share.shared;
  const theirs = useMemo(
    () => (view === null ? [] : ordered(view.results.map((r) => sharedAsResult(view, r)))),
    [view],
  );
  const rerun = share.rerun;
  const mine = useMemo(() => ordered(rerun?.results ?? []), [rerun]);

  if (share.payload !== payload) return null; // decoded in the effect above, before the next paint
  if (share.error !== null || view === null) {
    return (
      <section className="panel shared shared--error" aria-labelledby={titleId}>
        <h2 id={titleId} ref={heading} tabIndex={-1}>
          {t('share.heading')}
        </h2>
        {share.error && <ShareProblemMessage problem={share.error} source="link" />}
        <button type="button" onClick={closeShared}>
          {t('share.back')}
        </button>
      </section>
    );
  }

  const theirDate = dateText(t, locale, view.env.date);
  const fromFile = share.source === 'file';
  const from = fromFile
    ? t('share.fromFile', {
        file: share.fileName ?? '',
        browser: view.env.browser,
        cores: view.env.cores,
        date: theirDate,
      })
    : t('share.from', { browser: view.env.browser, cores: view.env.cores, date: theirDate });
  const theirsEnv = t('share.theirsEnv', {
    browser: view.env.browser,
    cores: view.env.cores,
    date: theirDate,
  });
  const mineDate = rerun?.view ? dateText(t, locale, rerun.view.env.date) : formatDate(locale, new Date());
  const mineEnv = t('share.mineEnv', { browser: env.browser, cores: env.cores, date: mineDate });
  const comparing = mine.length > 0;
  const theirsLabel = t('share.theirs');
  const mineLabel = t('share.mine');
  const baseline = (rs: readonly StrategyResult[]) => rs.find((r) => r.strategy === BASELINE)?.median;
  const tableSources: ResultSource[] = comparing
    ? [
        { label: theirsLabel, description: theirsEnv, results: theirs, baseline: baseline(theirs) },
        { label: mineLabel, description: mineEnv, results: mine, baseline: baseline(mine) },
      ]
    : [{ results: theirs, baseline: baseline(theirs) }];
  const chartSources = comparing
    ? [
        { label: theirsLabel, results: theirs, cores: view.env.cores },
        { label: mineLabel, results: mine, cores: env.cores },
      ]
    : [{ results: theirs, cores: view.env.cores }];
  const running = rerun?.status === 'running';
  const measured = rerun?.results.length ?? 0;
  const planned = view.results.length - (rerun?.skipped.length ?? 0);
  const fraction =
    running && planned > 0
      ? Math.min(
          1,
          (mine.length + (progress && progress.total > 0 ? progress.done / progress.total : 0)) / planned,
        )
      : 0;
  const stem = `concurrency-${view.setup.workload}`;
  const exportCsv = () => {
    downloadText(
      resultsCsv(view),
      exportName(view.setup.workload, 'shared-samples', new Date(), 'csv'),
      'text/csv',
    );
  };
  const mineLanes = (id: string): LaneSummary | null =>
    rerun?.view?.results.find((r) => r.strategy === id)?.lanes ?? null;
  const hasResponsiveness = theirs.some((r) => r.responsiveness) || mine.some((r) => r.responsiveness);
  const hasLanes =
    view.results.some((r) => r.lanes !== null) || (rerun?.view?.results.some((r) => r.lanes) ?? false);

  let rerunMessage = '';
  if (rerun?.status === 'running') rerunMessage = t('share.rerunning', { done: measured, total: planned });
  else if (rerun?.status === 'done') rerunMessage = t('share.rerunDone');
  else if (rerun?.status === 'stopped' && planned > 0)
    rerunMessage = t('share.rerunStopped', { done: measured, total: planned });

  return (
    <section className="panel shared" aria-labelledby={titleId}>
      <header className="shared__head">
        <h2 id={titleId} ref={heading} tabIndex={-1}>
          {t(fromFile ? 'share.headingFile' : 'share.heading')}
        </h2>
        <p className="shared__from">{from}</p>
        <p className="shared__env">
          {t('share.envDetails', {
            isolated: view.env.crossOriginIsolated ? t('share.yes') : t('share.no'),
            res: `${formatNumber(locale, view.env.timerResolutionMs * 1000, 0)} µs`,
          })}
        </p>
      </header>
      <p className="shared__setup">{setupText(t, locale, view)}</p>
      <p className="hint">{t('share.readOnly')}</p>
      {share.adjustments.length > 0 && (
        <p className="message message--notice">
          {t('share.adjusted', { list: share.adjustments.map((a) => engineText(t, a)).join(' ') })}
        </p>
      )}
      {view.downsampled && <p className="hint">{t('share.linkDownsampled')}</p>}

      <div className="shared__actions">
        <button
          type="button"
          className="primary"
          onClick={() => void rerunShared()}
          disabled={status !== 'idle'}
          title={t('share.rerunHint')}
        >
          {t(rerun !== null && !running ? 'share.rerunAgain' : 'share.rerun')}
        </button>
        {running && (
          <button type="button" onClick={cancelRun} disabled={status !== 'running'}>
            {t('share.cancelRerun')}
          </button>
        )}
        <button type="button" onClick={exportCsv}>
          {t('share.downloadTheirs')}
        </button>
        <button type="button" onClick={closeShared}>
          {t('share.back')}
        </button>
      </div>
      {status !== 'idle' && !running && <p className="hint">{t('share.rerunBusy')}</p>}
      <div className="shared__status">
        {running && (
          <progress max={1} value={fraction} aria-label={t('share.rerun')} className="shared__progress" />
        )}
        <p aria-live="polite" aria-atomic="true">
          {rerunMessage}
          {rerun !== null &&
            rerun.skipped.length > 0 &&
            ` ${t('share.skipped', { names: rerun.skipped.map((id) => strategyName(t, id)).join(', ') })}`}
        </p>
      </div>

      {comparing && (
        <dl className="shared__machines" aria-label={t('share.compare.legend')}>
          <div>
            <dt>
              <span className="machine-swatch machine-swatch--theirs" aria-hidden="true" />
              {theirsLabel}:
            </dt>
            <dd>{theirsEnv}</dd>
          </div>
          <div>
            <dt>
              <span className="machine-swatch machine-swatch--mine" aria-hidden="true" />
              {mineLabel}:
            </dt>
            <dd>{mineEnv}</dd>
          </div>
        </dl>
      )}

      <ResultsTable sources={tableSources} />
      <ComparisonChart
        sources={chartSources}
        fileStem={`${stem}-${comparing ? 'theirs-vs-mine' : 'shared'}`}
      />

      {hasResponsiveness && (
        <div className={comparing ? 'shared__pair' : undefined}>
          {(comparing
            ? [
                { id: 'theirs', label: theirsLabel, env: theirsEnv, results: theirs },
                { id: 'mine', label: mineLabel, env: mineEnv, results: mine },
              ]
            : [{ id: 'shared', label: '', env: '', results: theirs }]
          ).map((side) => (
            <ResponsivenessSide key={side.id} side={side} stem={stem} />
          ))}
        </div>
      )}

      {hasLanes && (
        <section className="shared__lanes" aria-label={t('share.lanes.heading')}>
          <h3>{t('share.lanes.heading')}</h3>
          <p className="hint">{t('share.lanes.note')}</p>
          {theirs.map((r) => {
            const name = strategyName(t, r.strategy);
            const theirLanes = view.results.find((x) => x.strategy === r.strategy)?.lanes ?? null;
            const myLanes = mineLanes(r.strategy);
            return (
              <div key={r.strategy} className="shared__lane-row">
                <h4>{name}</h4>
                <div className={comparing ? 'shared__pair' : undefined}>
                  <LaneCell
                    lanes={theirLanes}
                    name={name}
                    who={comparing ? theirsLabel : ''}
                    stem={`${stem}-lanes-${r.strategy}${comparing ? '-theirs' : ''}`}
                  />
                  {comparing && (
                    <LaneCell
                      lanes={myLanes}
                      name={name}
                      who={mineLabel}
                      stem={`${stem}-lanes-${r.strategy}-mine`}
                      pending={!mine.some((x) => x.strategy === r.strategy)}
                    />
                  )}
                </div>
              </div>
            );
          })}
        </section>
      )}
    </section>
  );
}

/** One machine's responsiveness figures, with its label when comparing and a chart download. */
function ResponsivenessSide({
  side,
  stem,
}: {
  side: { id: string; label: string; env: string; results: readonly StrategyResult[] };
  stem: string;
}) {
  const t = useT();
  const box = useRef<HTMLDivElement>(null);
  if (!side.results.some((r) => r.responsiveness)) return null;
  const title =
    side.label === ''
      ? t('share.chart.responsiveness')
      : `${t('share.chart.responsiveness')} — ${side.label}`;
  const download = (
    <ChartDownload target={box} title={title} fileStem={`${stem}-responsiveness-${side.id}`} kind="svg" />
  );
  return (
    <div className="chart-with-download" ref={box}>
      {side.label === '' ? (
        download
      ) : (
        <div className="side-head">
          <p className="shared__who">{`${side.label}: ${side.env}`}</p>
          {download}
        </div>
      )}
      <ResponsivenessSummary results={side.results} />
    </div>
  );
}

/** One lane summary (or a note that there is none), with a PNG download. */
function LaneCell({
  lanes,
  name,
  who,
  stem,
  pending = false,
}: {
  lanes: LaneSummary | null;
  name: string;
  who: string;
  stem: string;
  /** Not measured here (yet): the re-run has not reached it, or stopped before it. */
  pending?: boolean;
}) {
  const t = useT();
  const box = useRef<HTMLDivElement>(null);
  const label = who === '' ? name : `${name} — ${who}`;
  return (
    <div className="lane-cell" ref={box}>
      <div className="lane-cell__head">
        {who !== '' && <span className="shared__who">{who}</span>}
        {lanes !== null && (
          <ChartDownload
            target={box}
            title={t('share.lanes.title', { label })}
            fileStem={stem}
            kind="canvas"
          />
        )}
      </div>
      {lanes === null ? (
        <p className="hint">{t(pending ? 'share.lanes.pending' : 'share.lanes.none', { label })}</p>
      ) : (
        <LaneSummaryView lanes={lanes} label={label} />
      )}
    </div>
  );
}
