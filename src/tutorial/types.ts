// The tutorial's vocabulary. A chapter is data: its text lives in the message files under keys
// derived from its id (learn.<id>.title, .p1 …), and everything that depends on a measurement is a
// pure function of the outcome, so chapters are unit-testable without a browser.

import type { IoField } from '../engine/io/setup';
import type { StrategyResult } from '../engine/runner';
import type { RawSetup, SettingKey, Setup } from '../engine/setup';
import type { StrategyId } from '../engine/types';
import type { MessageKey } from '../i18n/messages';
import type { Locale, MessageVars, Translate } from '../i18n/translate';
import type { SweepRun, SweepStrategyId } from '../store/store';
import type { IoOutcome, IoPlan } from './io-types';

/** What a chapter may know about the machine before it runs anything. */
export interface ChapterEnv {
  readonly cores: number;
  readonly crossOriginIsolated: boolean;
}

/** Locale-aware number formatting shared by the read-back and the results table (so they agree). */
export interface Fmt {
  readonly locale: Locale;
  readonly t: Translate;
  /** "412 ms", "2.35 s" / "2.35초". */
  ms(x: number): string;
  /** "1.86×". */
  ratio(x: number): string;
  /** 0.93 → "93%". */
  pct(x: number): string;
  /** A plain number with at most `digits` fraction digits. */
  num(x: number, digits?: number): string;
}

/**
 * One of the answers a prediction offers; its label is learn.<chapter>.choice.<id> filled with
 * `vars`, plus {range} when the answer is a range of a measured number ([lo, hi), × by default).
 */
export interface ChoiceDef {
  readonly id: string;
  readonly vars?: MessageVars;
  readonly range?: readonly [number, number];
}

/** One measurement of a CPU chapter: a strategy on the preset with some settings changed. */
export interface Variant {
  readonly id: string;
  readonly strategy: StrategyId;
  /** Settings that differ from the preset (may depend on the cores, e.g. a static split). */
  readonly change?: (setup: Setup, cores: number) => Partial<Setup>;
}

/** How a chapter runs. CPU and sweep plans are playground presets, validated through checkSetup. */
export type Plan =
  | { readonly kind: 'cpu'; readonly preset: RawSetup; readonly variants: readonly Variant[] }
  | { readonly kind: 'sweep'; readonly preset: RawSetup; readonly strategy: SweepStrategyId }
  | IoPlan;

/** One strategy run of a CPU chapter. */
export interface Measured {
  readonly variant: string;
  readonly result: StrategyResult;
}

interface OutcomeBase {
  /** The choice predicted when the run started (null when none). */
  readonly predicted: string | null;
  /** Epoch ms when the run finished. */
  readonly finishedAt: number;
  readonly cores: number;
}

export interface CpuOutcome extends OutcomeBase {
  readonly kind: 'cpu';
  readonly measured: readonly Measured[];
  /** Variants that could not run here (e.g. shared memory without isolation), with why. */
  readonly unavailable: readonly { readonly variant: string; readonly why: string }[];
  /** Pool start-up the last time the pool had to start workers, ms. */
  readonly poolStartupMs: number | null;
}

export interface SweepOutcome extends OutcomeBase {
  readonly kind: 'sweep';
  readonly sweep: SweepRun;
}

/** Everything a finished chapter run produced. */
export type Outcome = CpuOutcome | SweepOutcome | IoOutcome;

/** Views from the playground a chapter shows beside its own results. */
export type View = 'heartbeat' | 'lanes' | 'comparison' | 'responsiveness' | 'sweep' | 'io';

/** Where the first-visit pointer points. */
export type PointerTarget = 'heartbeat' | 'predict' | 'code' | 'run';

/** The playground button a try-it sentence names ({button}), so it reads as the button does. */
export type PlaygroundButton = 'run' | 'compareAll' | 'sweep';

/**
 * The "try it yourself" change: one parameter on top of the preset, applied in the playground (the
 * text names the field by its label in the form, {field}) or in the I/O lab.
 */
export type TryIt =
  | {
      readonly page: 'playground';
      readonly change: (cores: number) => RawSetup;
      /** The field to change next: a run setting, or a workload parameter as 'param:<key>'. */
      readonly field: SettingKey | `param:${string}`;
      readonly button: PlaygroundButton;
    }
  | {
      readonly page: 'io';
      /** Fields changed on top of the chapter's own I/O preset and inputs. */
      readonly change: Readonly<Partial<Record<IoField, string>>>;
      /** The changed field's label and the button to press, as the lab shows them. */
      readonly field: MessageKey;
      readonly button: MessageKey;
      /** The new value's label, when it is a choice rather than a number. */
      readonly value?: MessageKey;
    };

/** Table of a chapter's measurements: the same formatted numbers the read-back quotes. */
export interface ResultTable {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

/** Source files of the app shown beside the Python; `blocks` are the lines to show (see sources.ts). */
export interface SourceRef {
  readonly file: string;
  readonly blocks: readonly string[];
}

/** A chapter: text keys derive from `id`; the rest is data and pure functions of the outcome. */
export interface Chapter {
  readonly id: string;
  /** Paragraphs of explanation: learn.<id>.p1 … p<paragraphs>. */
  readonly paragraphs: number;
  readonly python: { readonly idiom: string; readonly code: string };
  readonly sources: readonly SourceRef[];
  readonly plan: Plan;
  readonly views: readonly View[];
  /** The variant whose lanes show first after a run (default: the last one measured). */
  readonly lanes?: string;
  readonly pointer: PointerTarget;
  /** The prediction's answers on this machine. */
  choices(env: ChapterEnv): readonly ChoiceDef[];
  /** The answer the measurement supports, or null when it cannot say (e.g. a strategy was unavailable). */
  answer(o: Outcome): string | null;
  /** A few words quoting the deciding number, e.g. "1.86×". */
  evidence(o: Outcome, f: Fmt): string;
  /** The explanation after the run, generated from the measured numbers. */
  readBack(o: Outcome, f: Fmt): readonly string[];
  /** One parameter to change next, applied in the playground or the I/O lab (text: learn.<id>.tryit). */
  readonly tryIt: TryIt;
}
