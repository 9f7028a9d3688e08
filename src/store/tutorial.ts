import type { Outcome } from '../tutorial/types';
import { getStore } from './store';

// The tutorial's slice: what the person predicted and ran per chapter (saved in localStorage, so it
// survives a reload), which pointers they have dismissed, and the measured outcomes of this visit
// (kept in memory only: they hold per-task arrays and describe this page's machine state).

/** What is remembered about one chapter, keyed by the chapter's id (stable when chapters are added). */
export interface ChapterProgress {
  /** The choice picked in the prediction, or null before answering. */
  readonly answer: string | null;
  /** When the chapter's run last finished (epoch ms), or null if never. */
  readonly ranAt: number | null;
  /** Whether the prediction matched the last run's measurement; null when it could not be judged. */
  readonly correct: boolean | null;
}

export interface TutorialState {
  readonly progress: Readonly<Record<string, ChapterProgress>>;
  /** Chapters whose first-visit pointer was dismissed. */
  readonly pointersSeen: Readonly<Record<string, true>>;
  /** 1-based chapter number last opened, so "Learn" can offer to continue. */
  readonly lastChapter: number;
  /** Outcomes measured in this page, by chapter id (not saved). */
  readonly outcomes: Readonly<Record<string, Outcome>>;
  /** The chapter whose run is in flight, or null. */
  readonly running: string | null;
  /** Which of the chapter's measurements is in flight (1-based `index` of `of`). */
  readonly step: { readonly variant: string; readonly index: number; readonly of: number } | null;
}

export interface TutorialSlice {
  tutorial: TutorialState;
}

const STORAGE_KEY = 'concurrency-playground:learn';

/** The saved part, as it is written to localStorage. */
interface Saved {
  readonly v: 1;
  readonly progress: Record<string, ChapterProgress>;
  readonly pointersSeen: Record<string, true>;
  readonly lastChapter: number;
}

const ID = /^[a-z0-9-]{1,40}$/;

/**
 * Restores saved progress from untrusted JSON text (another version, a hand edit, a broken write):
 * keeps what is well-formed, drops the rest, never throws.
 */
export function restoreProgress(
  text: string | null,
): Pick<TutorialState, 'progress' | 'pointersSeen' | 'lastChapter'> {
  const empty = { progress: {}, pointersSeen: {}, lastChapter: 1 };
  if (text === null) return empty;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return empty;
  }
  if (typeof raw !== 'object' || raw === null) return empty;
  const r = raw as Record<string, unknown>;
  const progress: Record<string, ChapterProgress> = {};
  if (typeof r.progress === 'object' && r.progress !== null) {
    for (const [id, p] of Object.entries(r.progress as Record<string, unknown>)) {
      if (!ID.test(id) || typeof p !== 'object' || p === null) continue;
      const q = p as Record<string, unknown>;
      progress[id] = {
        answer: typeof q.answer === 'string' && ID.test(q.answer) ? q.answer : null,
        ranAt: typeof q.ranAt === 'number' && Number.isFinite(q.ranAt) && q.ranAt > 0 ? q.ranAt : null,
        correct: typeof q.correct === 'boolean' ? q.correct : null,
      };
    }
  }
  const pointersSeen: Record<string, true> = {};
  if (typeof r.pointersSeen === 'object' && r.pointersSeen !== null) {
    for (const [id, seen] of Object.entries(r.pointersSeen as Record<string, unknown>))
      if (ID.test(id) && seen === true) pointersSeen[id] = true;
  }
  const last = r.lastChapter;
  const lastChapter =
    typeof last === 'number' && Number.isInteger(last) && last >= 1 && last <= 999 ? last : 1;
  return { progress, pointersSeen, lastChapter };
}

function readSaved(): string | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
  } catch {
    return null; // storage blocked (privacy mode): start fresh, the tutorial still works
  }
}

/** The slice's starting value: saved progress when there is any (none in node tests). */
export function initialTutorial(): TutorialState {
  return { ...restoreProgress(readSaved()), outcomes: {}, running: null, step: null };
}

function save(s: TutorialState): void {
  const saved: Saved = {
    v: 1,
    progress: { ...s.progress },
    pointersSeen: { ...s.pointersSeen },
    lastChapter: s.lastChapter,
  };
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(saved));
  } catch {
    // not remembered; this visit still works
  }
}

function update(change: (t: TutorialState) => Partial<TutorialState>, persist = true): void {
  const store = getStore();
  store.setState((s) => ({ tutorial: { ...s.tutorial, ...change(s.tutorial) } }));
  if (persist) save(store.getState().tutorial);
}

const NO_PROGRESS: ChapterProgress = { answer: null, ranAt: null, correct: null };

/** The saved progress of a chapter (empty when never visited). */
export function progressOf(t: TutorialState, id: string): ChapterProgress {
  return t.progress[id] ?? NO_PROGRESS;
}

/** Records the prediction picked for a chapter. */
export function setPrediction(id: string, answer: string): void {
  update((t) => ({ progress: { ...t.progress, [id]: { ...progressOf(t, id), answer } } }));
}

/** Remembers the chapter on screen. */
export function visitChapter(chapter: number): void {
  if (getStore().getState().tutorial.lastChapter === chapter) return;
  update(() => ({ lastChapter: chapter }));
}

/** The first-visit pointer of a chapter was dismissed. */
export function dismissPointer(id: string): void {
  update((t) => ({ pointersSeen: { ...t.pointersSeen, [id]: true } }));
}

/** Marks a chapter's run as in flight (null when it ends). */
export function setTutorialRunning(id: string | null): void {
  update(() => ({ running: id, step: null }), false);
}

/** The measurement of the running chapter now in flight. */
export function setTutorialStep(step: TutorialState['step']): void {
  update(() => ({ step }), false);
}

/** Stores a finished run's outcome and whether the prediction held. */
export function recordOutcome(id: string, outcome: Outcome, correct: boolean | null): void {
  update((t) => ({
    outcomes: { ...t.outcomes, [id]: outcome },
    progress: { ...t.progress, [id]: { ...progressOf(t, id), ranAt: outcome.finishedAt, correct } },
    // Having run the chapter, the person has found its controls: no pointer next time.
    pointersSeen: { ...t.pointersSeen, [id]: true },
  }));
}

/** Forgets every prediction, run and dismissed pointer (the "start over" button). */
export function resetTutorial(): void {
  update(() => ({ progress: {}, pointersSeen: {}, lastChapter: 1, outcomes: {} }));
}
