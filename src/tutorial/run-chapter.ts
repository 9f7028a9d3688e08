// Runs a chapter: puts its preset into the playground's form (it is a playground preset, not a
// separate toy), measures each variant through the playground's own runExclusive/measureOne (so
// cancel, errors, live lanes and the heartbeat behave exactly as there), and stores the outcome.
import { throwIfAborted } from '../engine/errors';
import { checkSetup, type Setup } from '../engine/setup';
import { getStrategy } from '../engine/strategies';
import { engineText } from '../i18n/engine-text';
import { translator } from '../i18n/translate';
import { afterNextPaint } from '../platform/yield';
import { applySetup } from '../store/actions';
import { navigate } from '../store/route';
import { measureOne, runExclusive } from '../store/run';
import { getStore } from '../store/store';
import { runSweep, setSweepStrategy } from '../store/sweep';
import { progressOf, recordOutcome, setTutorialRunning, setTutorialStep } from '../store/tutorial';
import { applyIoInputs, runIoChapter } from './io-run-chapter';
import type { Chapter, CpuOutcome, Measured, Outcome } from './types';

/** Whether the prediction matched: null when there was none or the measurement cannot say. */
export function judge(ch: Chapter, outcome: Outcome): boolean | null {
  if (outcome.predicted === null) return null;
  const actual = ch.answer(outcome);
  return actual === null ? null : actual === outcome.predicted;
}

function finish(ch: Chapter, outcome: Outcome): void {
  recordOutcome(ch.id, outcome, judge(ch, outcome));
}

/** The chapter's playground preset, validated for this machine. */
export function presetSetup(ch: Chapter): Setup | null {
  const plan = ch.plan;
  if (plan.kind === 'io') return null;
  return checkSetup(plan.preset, getStore().getState().env.cores).setup;
}

/** Runs the chapter's plan as the one run in flight. Resolves when it ends, however it ends. */
export async function runChapter(ch: Chapter): Promise<void> {
  const store = getStore();
  const state = store.getState();
  if (state.status !== 'idle') return;
  const predicted = progressOf(state.tutorial, ch.id).answer;
  const cores = state.env.cores;
  const plan = ch.plan;
  setTutorialRunning(ch.id);
  try {
    if (plan.kind === 'io') {
      const outcome = await runIoChapter(plan, predicted, cores);
      if (outcome !== null) finish(ch, outcome);
      return;
    }
    applySetup(checkSetup(plan.preset, cores).setup);
    if (plan.kind === 'sweep') {
      setSweepStrategy(plan.strategy);
      await runSweep();
      const sweep = store.getState().sweep;
      if (sweep !== null && sweep.status === 'complete')
        finish(ch, { kind: 'sweep', sweep, predicted, cores, finishedAt: Date.now() });
      return;
    }
    let outcome: CpuOutcome | null = null;
    const env = state.env;
    const t = translator(state.locale);
    await runExclusive(
      plan.variants.map((v) => v.strategy),
      async (scope) => {
        const measured: Measured[] = [];
        const unavailable: { variant: string; why: string }[] = [];
        for (const [i, v] of plan.variants.entries()) {
          throwIfAborted(scope.signal);
          setTutorialStep({ variant: v.id, index: i + 1, of: plan.variants.length });
          const why = getStrategy(v.strategy).availability(env);
          if (why !== null) {
            unavailable.push({ variant: v.id, why: engineText(t, why) });
            continue;
          }
          const base: Setup = { ...scope.setup, strategy: v.strategy };
          const setup: Setup = { ...base, ...v.change?.(base, cores) };
          // A main-thread run freezes the page: let it paint what is about to run first.
          if (!getStrategy(v.strategy).usesWorkers) await afterNextPaint();
          measured.push({ variant: v.id, result: await measureOne(v.strategy, setup, scope) });
        }
        outcome = {
          kind: 'cpu',
          measured,
          unavailable,
          poolStartupMs: getStore().getState().poolStartupMs,
          predicted,
          cores,
          finishedAt: Date.now(),
        };
      },
    );
    if (outcome !== null) finish(ch, outcome);
  } finally {
    setTutorialRunning(null);
  }
}

/** Opens the try-it change where it belongs: the playground (with the setup) or the I/O lab. */
export function applyTryIt(ch: Chapter): void {
  const tryIt = ch.tryIt;
  if (tryIt.page === 'io') {
    if (ch.plan.kind === 'io') applyIoInputs(ch.plan.preset, { ...ch.plan.inputs, ...tryIt.change });
    navigate({ page: 'io' });
    return;
  }
  const cores = getStore().getState().env.cores;
  applySetup(checkSetup(tryIt.change(cores), cores).setup);
  navigate({ page: 'playground' });
}

/** Opens the chapter's own preset in the playground, unchanged. */
export function openPreset(ch: Chapter): void {
  const setup = presetSetup(ch);
  if (setup === null) return;
  applySetup(setup);
  navigate({ page: 'playground' });
}
