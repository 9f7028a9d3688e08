import { useCallback, useId, useMemo, useState } from 'react';
import { ComparisonChart } from '../components/ComparisonChart';
import { LanesView } from '../components/LanesView';
import { LivePanel } from '../components/LivePanel';
import { ResponsivenessSummary } from '../components/ResponsivenessSummary';
import { ScalingSweep } from '../components/ScalingSweep';
import type { StrategyResult } from '../engine/runner';
import { taskLabel } from '../i18n/engine-text';
import { useT } from '../i18n/react';
import type { LiveRun } from '../store/live';
import { chapterKey } from './chapters';
import { IoOutcomeChart, IoViews } from './io-views';
import { choiceLabel } from './labels';
import { lanesOf } from './measures';
import { resultTable, variantLabel } from './tables';
import type { Chapter, CpuOutcome, Fmt, Outcome } from './types';

/** The playground's live views while this chapter runs (and the sweep chart once it may show). */
export function RunningViews({
  ch,
  running,
  hasOutcome,
}: {
  ch: Chapter;
  running: boolean;
  hasOutcome: boolean;
}) {
  const t = useT();
  if (ch.views.includes('sweep'))
    return running || hasOutcome ? <ScalingSweep /> : <p className="hint">{t('learn.sweepLocked')}</p>;
  if (ch.views.includes('io')) return running || hasOutcome ? <IoViews ch={ch} /> : null;
  return running && ch.views.includes('lanes') ? <LivePanel /> : null;
}

/** A finished repetition as the lanes view reads it: main-thread strategies draw one lane. */
function asLiveRun(r: StrategyResult): LiveRun {
  const onMain = r.strategy === 'main-thread' || r.strategy === 'main-yielding';
  return {
    strategy: r.strategy,
    workers: onMain ? 0 : r.workers,
    tasks: r.last.lanes.length,
    startedAt: r.lastStartedAt,
    repetition: r.samples.length,
    live: r.last,
  };
}

/** The lanes of one measurement, chosen from the chapter's measurements. */
function VariantLanes({ ch, outcome, f }: { ch: Chapter; outcome: CpuOutcome; f: Fmt }) {
  const t = useT();
  const id = useId();
  const measured = outcome.measured;
  const preferred = ch.lanes ?? measured.at(-1)?.variant;
  const [chosen, setChosen] = useState(preferred);
  const shown = measured.find((m) => m.variant === chosen) ?? measured.at(-1);
  const run = useMemo(() => (shown === undefined ? null : asLiveRun(shown.result)), [shown]);
  const r = shown?.result;
  const labelOf = useCallback(
    (i: number) => (r === undefined ? null : taskLabel(t, r.workload, r.params, i)),
    [r, t],
  );
  if (shown === undefined || run === null || r === undefined) return null;
  const label = variantLabel(ch, shown.variant, r, f);
  const lanes = lanesOf(r)
    .map((l) =>
      t('learn.laneLine', {
        lane: l.lane === 0 ? t('learn.lane.main') : t('learn.lane.worker', { n: String(l.lane) }),
        tasks: f.num(l.tasks),
        busy: f.ms(l.busyMs),
        idle: f.ms(l.idleMs),
      }),
    )
    .join('; ');
  const summary = t('learn.lanesSummary', { run: label, lanes });
  return (
    <section className="panel learn__lanes" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('learn.lanesTitle')}</h3>
      {measured.length > 1 && (
        <div className="field field--inline">
          <label htmlFor={`${id}-of`}>{t('learn.lanesOf')}</label>
          <select id={`${id}-of`} value={shown.variant} onChange={(e) => setChosen(e.target.value)}>
            {measured.map((m) => (
              <option key={m.variant} value={m.variant}>
                {variantLabel(ch, m.variant, m.result, f)}
              </option>
            ))}
          </select>
        </div>
      )}
      <LanesView run={run} running={false} expectedMs={0} labelOf={labelOf} summary={summary} />
      <p className="hint">{summary}</p>
    </section>
  );
}

/** Right or wrong, and the number that decided it. */
function Verdict({ ch, outcome, f }: { ch: Chapter; outcome: Outcome; f: Fmt }) {
  const t = f.t;
  const choices = ch.choices({ cores: outcome.cores, crossOriginIsolated: true });
  const label = (id: string | null) => {
    const c = choices.find((x) => x.id === id);
    return c === undefined ? '' : choiceLabel(ch, c, f);
  };
  const actual = ch.answer(outcome);
  const predicted = outcome.predicted;
  let text: string;
  let tone: 'right' | 'wrong' | 'none';
  if (actual === null) {
    text = t('learn.verdict.none');
    tone = 'none';
  } else if (predicted === null) {
    text = t('learn.verdict.unanswered', { actual: label(actual) });
    tone = 'none';
  } else if (predicted === actual) {
    text = t('learn.verdict.right', { choice: label(actual) });
    tone = 'right';
  } else {
    text = t('learn.verdict.wrong', { predicted: label(predicted), actual: label(actual) });
    tone = 'wrong';
  }
  return (
    <div className={`learn__verdict learn__verdict--${tone}`}>
      <p>
        <span aria-hidden="true">{tone === 'right' ? '✓ ' : tone === 'wrong' ? '✗ ' : ''}</span>
        {text}
      </p>
      <p>{t('learn.verdict.evidence', { evidence: ch.evidence(outcome, f) })}</p>
    </div>
  );
}

/** After a run: the verdict, the generated read-back, the measurements, and the chapter's charts. */
export function OutcomeView({ ch, outcome, f }: { ch: Chapter; outcome: Outcome; f: Fmt }) {
  const t = f.t;
  const lines = useMemo(() => ch.readBack(outcome, f), [ch, outcome, f]);
  const table = useMemo(() => resultTable(ch, outcome, f), [ch, outcome, f]);
  const results = outcome.kind === 'cpu' ? outcome.measured.map((m) => m.result) : [];
  return (
    <>
      <section className="panel learn__readback" aria-labelledby="learn-readback" aria-live="polite">
        <h3 id="learn-readback">{t('learn.readback')}</h3>
        <Verdict ch={ch} outcome={outcome} f={f} />
        {lines.map((line, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: generated lines, in order
          <p key={i}>{line}</p>
        ))}
      </section>
      <section className="panel learn__results" aria-labelledby="learn-results">
        <h3 id="learn-results">{t('learn.results')}</h3>
        <div className="table-scroll">
          <table className="results">
            <caption className="visually-hidden">{t('learn.results')}</caption>
            <thead>
              <tr>
                {table.columns.map((c) => (
                  <th key={c} scope="col">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: rows are positional
                <tr key={i}>
                  {row.map((cell, j) =>
                    j === 0 ? (
                      // biome-ignore lint/suspicious/noArrayIndexKey: columns are positional
                      <th key={j} scope="row">
                        {cell}
                      </th>
                    ) : (
                      // biome-ignore lint/suspicious/noArrayIndexKey: columns are positional
                      <td key={j}>{cell}</td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      {outcome.kind === 'cpu' && ch.views.includes('lanes') && (
        <VariantLanes ch={ch} outcome={outcome} f={f} />
      )}
      {outcome.kind === 'cpu' && ch.views.includes('comparison') && (
        <section className="panel" aria-labelledby="learn-comparison">
          <h3 id="learn-comparison" className="visually-hidden">
            {t(chapterKey(ch.id, 'title'))}
          </h3>
          <ComparisonChart sources={[{ results, cores: outcome.cores }]} fileStem={`learn-${ch.id}`} />
        </section>
      )}
      {outcome.kind === 'io' && <IoOutcomeChart outcome={outcome} />}
      {outcome.kind === 'cpu' && ch.views.includes('responsiveness') && (
        <section className="panel">
          <ResponsivenessSummary results={results} />
        </section>
      )}
    </>
  );
}
