import { useEffect, useRef, useState } from 'react';
import { useT } from '../i18n/react';
import { navigate } from '../store/route';
import { useApp } from '../store/store';
import { progressOf, resetTutorial, visitChapter } from '../store/tutorial';
import { ChapterView } from './ChapterView';
import { CHAPTERS, chapterAt, chapterKey } from './chapters';
import './learn.css';

/** Focus in one of these means the arrow keys belong to the control, not to chapter navigation. */
const OWNS_ARROWS =
  'input, textarea, select, [contenteditable]:not([contenteditable="false"]), canvas, [role="slider"], [role="radiogroup"], [role="listbox"], [role="tablist"], [role="grid"], [role="menu"]';

function ownsArrows(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest(OWNS_ARROWS) !== null;
}

/** Wide screens show the chapter list open beside the chapter; phones start with it folded. */
function startsOpen(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia('(min-width: 900px)').matches;
}

/** The chapter list with each chapter's state, and how many have been run. */
function ChapterList({ current }: { current: number }) {
  const t = useT();
  const tutorial = useApp((s) => s.tutorial);
  const [open, setOpen] = useState(startsOpen);
  const [cleared, setCleared] = useState(false);
  const done = CHAPTERS.filter((c) => progressOf(tutorial, c.id).ranAt !== null).length;
  return (
    <nav className="learn__toc" aria-label={t('learn.chapters')}>
      <details open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>
          <span className="learn__toc-title">{t('learn.chapters')}</span>{' '}
          <span className="learn__toc-progress">{t('learn.progress', { done, total: CHAPTERS.length })}</span>
        </summary>
        <ol>
          {CHAPTERS.map((c, i) => {
            const n = i + 1;
            const p = progressOf(tutorial, c.id);
            const state =
              p.ranAt === null ? 'new' : p.correct === true ? 'right' : p.correct === false ? 'wrong' : 'ran';
            return (
              <li key={c.id} className={`learn__toc-item learn__toc-item--${state}`}>
                <a href={`#/learn/${n}`} aria-current={n === current ? 'page' : undefined}>
                  <span className="learn__toc-n">{n}.</span> {t(chapterKey(c.id, 'title'))}
                </a>
                <span className="learn__toc-state">
                  <span aria-hidden="true">{state === 'new' ? '○' : state === 'wrong' ? '◐' : '●'}</span>{' '}
                  <span className="visually-hidden">{t(`learn.state.${state}`)}</span>
                </span>
              </li>
            );
          })}
        </ol>
        <p className="learn__toc-footer">
          <button
            type="button"
            onClick={() => {
              resetTutorial();
              setCleared(true);
            }}
          >
            {t('learn.reset')}
          </button>
          <span role="status">{cleared ? t('learn.resetDone') : ''}</span>
        </p>
      </details>
    </nav>
  );
}

/** The bare "#/learn" link (the nav's Learn) rather than a chapter's own deep link. */
function isBareLearnLink(): boolean {
  return /^#\/learn\/?$/.test(window.location.hash);
}

/**
 * The tutorial walkthrough at chapter `chapter` (1-based, from #/learn/N). ← and → move between
 * chapters when the focus is not in a control that uses the arrows itself.
 */
export function LearnPage({ chapter }: { chapter: number }) {
  const t = useT();
  const ch = chapterAt(chapter);
  // Where the person left off, offered on the bare #/learn link (visits through it are not recorded).
  const last = useApp((s) => s.tutorial.lastChapter);
  const resume = isBareLearnLink() && last > 1 && last <= CHAPTERS.length ? last : null;
  // Moving to another chapter (not the first render) puts the focus on its title.
  const shown = useRef(chapter);
  const moved = shown.current !== chapter;

  useEffect(() => {
    shown.current = chapter;
    if (ch !== null && !isBareLearnLink()) visitChapter(chapter);
  }, [chapter, ch]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
      if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
      if (ownsArrows(e.target)) return;
      const next = chapter + (e.key === 'ArrowRight' ? 1 : -1);
      if (next < 1 || next > CHAPTERS.length) return;
      e.preventDefault();
      navigate({ page: 'learn', chapter: next });
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [chapter]);

  const resumeCh = resume === null ? null : chapterAt(resume);
  return (
    <main className="learn">
      <div className="learn__intro">
        <p className="learn__kicker">{t('learn.title')}</p>
        <p className="hint">{t('learn.intro')}</p>
        {resumeCh !== null && chapter === 1 && (
          <p className="learn__resume">
            <a href={`#/learn/${resume}`}>
              {t('learn.continue', { n: String(resume), title: t(chapterKey(resumeCh.id, 'title')) })}
            </a>
          </p>
        )}
      </div>
      <div className="learn__layout">
        <ChapterList current={chapter} />
        {ch === null ? (
          <section className="panel learn__missing" aria-labelledby="learn-missing">
            <h2 id="learn-missing">{t('learn.chapters')}</h2>
            <p role="alert">{t('learn.noChapter', { n: String(chapter), total: CHAPTERS.length })}</p>
            <p>
              <a href="#/learn/1">1. {t(chapterKey(CHAPTERS[0]?.id ?? '', 'title'))}</a>
            </p>
          </section>
        ) : (
          <ChapterView key={ch.id} ch={ch} n={chapter} focusOnMount={moved} />
        )}
      </div>
    </main>
  );
}
