import { useCallback, useEffect, useMemo, useRef } from 'react';
import { Heartbeat } from '../components/Heartbeat';
import { Messages } from '../components/Messages';
import { paramLabel, settingLabel, strategyName } from '../i18n/engine-text';
import type { MessageKey } from '../i18n/messages';
import { useLocale, useT } from '../i18n/react';
import { formatDate, type Translate } from '../i18n/translate';
import { cancelRun } from '../store/run';
import { useApp } from '../store/store';
import { dismissPointer, progressOf, setPrediction } from '../store/tutorial';
import { Code, Prose } from './Code';
import { CHAPTERS, chapterKey, say } from './chapters';
import { excerpt } from './excerpt';
import { makeFmt } from './format';
import { cancelIoChapter } from './io-run-chapter';
import { choiceLabel } from './labels';
import { OutcomeView, RunningViews } from './OutcomeView';
import { Spot } from './Pointer';
import { applyTryIt, openPreset, runChapter } from './run-chapter';
import { SOURCES } from './sources';
import type { Chapter, Fmt, PlaygroundButton, PointerTarget } from './types';

const BUTTONS: Readonly<Record<PlaygroundButton, MessageKey>> = {
  run: 'ui.run.run',
  compareAll: 'ui.run.compareAll',
  sweep: 'ui.sweep.run',
};

/** The try-it sentence, naming the field and button as the playground labels them. */
function tryItText(ch: Chapter, t: Translate, f: Fmt, cores: number): string {
  const tryIt = ch.tryIt;
  if (tryIt.page === 'io')
    return say(f, ch.id, 'tryit', {
      field: t(tryIt.field),
      button: t(tryIt.button),
      value: tryIt.value === undefined ? '' : t(tryIt.value),
    });
  const setup = tryIt.change(cores);
  const field = tryIt.field.startsWith('param:')
    ? paramLabel(t, setup.workload as Parameters<typeof paramLabel>[1], tryIt.field.slice(6))
    : settingLabel(t, tryIt.field as Parameters<typeof settingLabel>[1]);
  return say(f, ch.id, 'tryit', { field, button: t(BUTTONS[tryIt.button]), twice: f.num(2 * cores) });
}

/** The first-visit pointer's text for a target. */
function pointerText(ch: Chapter, f: Fmt): string {
  return ch.pointer === 'predict' ? f.t('learn.pointer.predict') : say(f, ch.id, 'pointer');
}

/** The live status of this chapter's run: which measurement, how far, with a progress bar. */
function RunStatus({ ch }: { ch: Chapter }) {
  const t = useT();
  const mine = useApp((s) => s.tutorial.running === ch.id);
  const step = useApp((s) => s.tutorial.step);
  const current = useApp((s) => s.current);
  const progress = useApp((s) => s.progress);
  const ioProgress = useApp((s) => s.io.progress);
  if (!mine) return null;
  const io = ch.plan.kind === 'io';
  const p = io ? ioProgress : progress;
  const fraction = p && p.total > 0 ? p.done / p.total : 0;
  const what =
    ch.plan.kind === 'sweep'
      ? t('learn.phase.sweep')
      : io
        ? ioStep(t, ioProgress?.label ?? '')
        : step !== null && current !== null
          ? t('learn.runStep', { what: strategyName(t, current), i: String(step.index), of: String(step.of) })
          : '…';
  return (
    <div className="learn__status">
      <progress aria-label={t('ui.run.progress')} max={1} value={fraction} />
      <span>
        {t('learn.runningThis', { what })} {Math.round(fraction * 100)}%
      </span>
    </div>
  );
}

/** The I/O lab's progress label ("async", "overload 40") in words. */
function ioStep(t: Translate, label: string): string {
  const [head, x] = label.split(' ');
  if (head === 'serial' || head === 'batched' || head === 'async' || head === 'hybrid')
    return t(`io.strategy.${head}`);
  if (head === 'overload') return t('learn.phase.overload', { k: x ?? '' });
  return '…';
}

/** One chapter: explanation, code, prediction, run, the read-back of the measured numbers, try-it. */
export function ChapterView({ ch, n, focusOnMount }: { ch: Chapter; n: number; focusOnMount: boolean }) {
  const t = useT();
  const locale = useLocale();
  const f = useMemo(() => makeFmt(locale), [locale]);
  const cores = useApp((s) => s.env.cores);
  const isolated = useApp((s) => s.env.crossOriginIsolated);
  const progress = useApp((s) => progressOf(s.tutorial, ch.id));
  const outcome = useApp((s) => s.tutorial.outcomes[ch.id]);
  const seen = useApp((s) => s.tutorial.pointersSeen[ch.id] === true);
  const running = useApp((s) => s.tutorial.running);
  const status = useApp((s) => s.status);
  const heading = useRef<HTMLHeadingElement>(null);
  const choices = useMemo(() => ch.choices({ cores, crossOriginIsolated: isolated }), [ch, cores, isolated]);

  useEffect(() => {
    if (!focusOnMount) return;
    window.scrollTo({ top: 0 });
    heading.current?.focus({ preventScroll: true });
  }, [focusOnMount]);

  const answered = progress.answer !== null && choices.some((c) => c.id === progress.answer);
  const mine = running === ch.id;
  const idle = status === 'idle';
  const pointerOn =
    !seen && outcome === undefined && progress.ranAt === null && !(ch.pointer === 'predict' && answered);
  const dismiss = useCallback(() => dismissPointer(ch.id), [ch.id]);
  const spot = (target: PointerTarget, node: React.ReactNode) => (
    <Spot active={pointerOn && ch.pointer === target} text={pointerText(ch, f)} onDismiss={dismiss}>
      {node}
    </Spot>
  );

  const vars = { cores: f.num(cores) };
  const title = say(f, ch.id, 'title');
  const prev = CHAPTERS[n - 2];
  const next = CHAPTERS[n];
  const hintId = `learn-run-hint-${ch.id}`;
  const otherRunning = !idle && !mine;

  return (
    <article className="learn__chapter" aria-labelledby="learn-chapter-title">
      <header className="learn__head">
        <p className="learn__chapter-of">{t('learn.chapterOf', { n: String(n), total: CHAPTERS.length })}</p>
        <h2 id="learn-chapter-title" ref={heading} tabIndex={-1}>
          {title}
        </h2>
        <p className="learn__idiom">
          <code>{ch.python.idiom}</code>
        </p>
      </header>

      <div className="learn__text">
        {Array.from({ length: ch.paragraphs }, (_, i) => `p${i + 1}`).map((key) => (
          <p key={key}>
            <Prose text={say(f, ch.id, key, vars)} />
          </p>
        ))}
      </div>

      <div className="learn__code">
        <section className="learn__code-col" aria-labelledby="learn-py">
          <h3 id="learn-py">{t('learn.python')}</h3>
          <Code code={ch.python.code} lang="py" />
        </section>
        {spot(
          'code',
          <section className="learn__code-col" aria-labelledby="learn-ts">
            <h3 id="learn-ts">{t('learn.typescript')}</h3>
            {ch.sources.map((s) => (
              <figure key={s.file} className="learn__source">
                <figcaption>
                  <code>{t('learn.source', { file: s.file })}</code>
                </figcaption>
                <Code code={excerpt(SOURCES[s.file] ?? '', s.blocks).text} lang="ts" />
              </figure>
            ))}
          </section>,
        )}
      </div>

      {ch.views.includes('heartbeat') && spot('heartbeat', <Heartbeat />)}

      <section className="panel learn__run" aria-labelledby="learn-predict">
        {spot(
          'predict',
          <fieldset className="learn__predict" disabled={mine}>
            <legend id="learn-predict">
              {t('learn.predict')}: {say(f, ch.id, 'question', { ...vars, ...choices[0]?.vars })}
            </legend>
            {choices.map((c) => (
              <label key={c.id} className="learn__choice">
                <input
                  type="radio"
                  name={`predict-${ch.id}`}
                  value={c.id}
                  checked={progress.answer === c.id}
                  onChange={() => setPrediction(ch.id, c.id)}
                />{' '}
                {choiceLabel(ch, c, f)}
              </label>
            ))}
          </fieldset>,
        )}
        <div className="learn__buttons">
          {spot(
            'run',
            <button
              type="button"
              className="primary"
              disabled={!answered || !idle}
              aria-describedby={hintId}
              onClick={() => void runChapter(ch)}
            >
              {outcome === undefined ? t('learn.run') : t('learn.runAgain')}
            </button>,
          )}
          <button
            type="button"
            disabled={!mine || status !== 'running'}
            onClick={() => (ch.plan.kind === 'io' ? cancelIoChapter() : cancelRun())}
          >
            {t('learn.cancel')}
          </button>
          <span id={hintId} className="hint">
            {!answered
              ? t('learn.predictHint')
              : otherRunning
                ? running !== null && running !== ch.id
                  ? t('learn.runningOtherChapter', {
                      n: String(CHAPTERS.findIndex((c) => c.id === running) + 1),
                    })
                  : t('learn.runningOther')
                : t('learn.runHint')}
          </span>
        </div>
        <RunStatus ch={ch} />
        {(mine || idle) && <Messages />}
      </section>

      <RunningViews ch={ch} running={mine} hasOutcome={outcome !== undefined} />
      {outcome !== undefined ? (
        <OutcomeView ch={ch} outcome={outcome} f={f} />
      ) : (
        progress.ranAt !== null && (
          <p className="hint learn__last">
            {t('learn.lastRun', { date: formatDate(locale, progress.ranAt) })}
          </p>
        )
      )}

      <section className="panel learn__tryit" aria-labelledby="learn-tryit">
        <h3 id="learn-tryit">{t('learn.tryit')}</h3>
        <p>
          <Prose text={tryItText(ch, t, f, cores)} />
        </p>
        <p className="hint">{t('learn.tryit.note')}</p>
        <p className="learn__tryit-buttons">
          <button type="button" onClick={() => applyTryIt(ch)} disabled={!idle}>
            {ch.tryIt.page === 'io' ? t('learn.tryit.io') : t('learn.tryit.playground')}
          </button>
          {ch.plan.kind !== 'io' && (
            <button type="button" className="link" onClick={() => openPreset(ch)} disabled={!idle}>
              {t('learn.openPlayground')}
            </button>
          )}
        </p>
      </section>

      <nav className="learn__pager" aria-label={t('learn.nav')}>
        {prev !== undefined ? (
          <a href={`#/learn/${n - 1}`} rel="prev">
            ← {t('learn.prev')}: {t(chapterKey(prev.id, 'title'))}
          </a>
        ) : (
          <span />
        )}
        {next !== undefined && (
          <a href={`#/learn/${n + 1}`} rel="next">
            {t('learn.next')}: {t(chapterKey(next.id, 'title'))} →
          </a>
        )}
      </nav>
      <p className="hint learn__keys">{t('learn.keys')}</p>
    </article>
  );
}
