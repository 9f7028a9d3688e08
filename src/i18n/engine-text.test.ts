import { describe, expect, it } from 'vitest';
import { describeError } from '../engine/errors';
import { measure } from '../engine/runner';
import { checkSetup, failTaskSpec, type SettingKey, settingSpecs } from '../engine/setup';
import { STRATEGIES } from '../engine/strategies';
import { mainThreadStrategy, runTaskOnMain } from '../engine/strategies/main-thread';
import { runTask } from '../engine/task';
import type { Job, Params, Strategy, WorkloadId } from '../engine/types';
import { getWorkload, WORKLOADS } from '../engine/workloads';
import {
  answerText,
  engineText,
  isMessageKey,
  issueText,
  paramHelp,
  paramLabel,
  settingHelp,
  settingLabel,
  strategyName,
  strategyShortName,
  strategySummary,
  taskLabel,
  workloadName,
  workloadSummary,
} from './engine-text';
import { phrase, say } from './phrase';
import { translator } from './translate';

const en = translator('en');
const ko = translator('ko');
const hangul = /[\uac00-\ud7a3]/;

/** Per workload: parameters that break its cross-parameter rule (every registered workload needs one). */
const CROSS_BREAKERS: Record<WorkloadId, Params> = {
  'heavy-loop': { tasks: 50_000, n: 1_000_000_000 },
  fibonacci: { first: 40, step: 2, count: 5 },
  'prime-count': { limit: 10, ranges: 20 },
  mandelbrot: { width: 4096, height: 4096 },
  'cost-hash': { items: 20_000, difficulty: 14 },
};

/** The English sentence is known to the catalogue: English is unchanged, Korean is Korean. */
function expectTranslated(english: string): void {
  expect(engineText(en, english), english).toBe(english);
  const korean = engineText(ko, english);
  expect(korean, english).not.toBe(english);
  expect(korean, english).toMatch(hangul);
  expect(korean, english).not.toMatch(/\{\w+\}/);
}

describe('engine names in both languages', () => {
  it('has a name, summary and answer for every registered workload, and English equal to the engine', () => {
    for (const w of WORKLOADS) {
      for (const part of ['name', 'summary', 'answer'])
        expect(isMessageKey(`engine.workload.${w.id}.${part}`), `${w.id}.${part}`).toBe(true);
      expect(workloadName(en, w.id)).toBe(w.name);
      expect(workloadSummary(en, w.id)).toBe(w.summary);
      expect(answerText(en, w.id, 1234567)).toBe(w.formatAnswer(1234567));
      expect(workloadName(ko, w.id)).not.toBe('');
      expect(answerText(ko, w.id, 1234567)).toContain('1,234,567');
    }
  });

  it('has a label and help for every parameter of every workload, English equal to the spec', () => {
    for (const w of WORKLOADS) {
      for (const spec of w.params) {
        const at = `${w.id}.${spec.key}`;
        expect(isMessageKey(`engine.param.${at}.label`), at).toBe(true);
        expect(isMessageKey(`engine.param.${at}.help`), at).toBe(true);
        expect(paramLabel(en, w.id, spec.key)).toBe(spec.label);
        expect(paramHelp(en, w.id, spec.key)).toBe(spec.help);
        expect(paramLabel(ko, w.id, spec.key), at).toMatch(hangul);
      }
    }
  });

  it('has a name, short name and summary for every strategy, English equal to the engine', () => {
    for (const s of STRATEGIES) {
      for (const part of ['name', 'short', 'summary'])
        expect(isMessageKey(`engine.strategy.${s.id}.${part}`), `${s.id}.${part}`).toBe(true);
      expect(strategyName(en, s.id)).toBe(s.name);
      expect(strategySummary(en, s.id)).toBe(s.summary);
      expect(strategySummary(ko, s.id)).toMatch(hangul);
      expect(strategyShortName(ko, s.id).length).toBeLessThanOrEqual(strategyName(ko, s.id).length);
    }
  });

  it('labels and helps every run setting as the engine does in English', () => {
    const specs = settingSpecs(4);
    for (const key of Object.keys(specs) as SettingKey[]) {
      expect(settingLabel(en, key)).toBe(specs[key].label);
      expect(settingHelp(en, key, 4)).toBe(specs[key].help);
      expect(settingLabel(ko, key)).toMatch(hangul);
    }
    expect(settingLabel(en, 'failTask')).toBe(failTaskSpec(5).label);
    expect(settingHelp(en, 'failTask', 4)).toBe(failTaskSpec(5).help);
  });

  it('falls back to the engine English for an id without keys', () => {
    expect(isMessageKey('engine.workload.nope.name')).toBe(false);
    expect(paramLabel(ko, 'heavy-loop', 'not-a-param')).toBe('not-a-param');
  });

  it('translates task labels that are words and keeps code-like ones', () => {
    const prime = { limit: 100, ranges: 4 };
    expect(taskLabel(en, 'prime-count', prime, 1)).toBe(getWorkload('prime-count').taskLabel(prime, 1));
    expect(taskLabel(ko, 'prime-count', prime, 1)).toBe('[25, 50) 구간의 소수');
    expect(taskLabel(ko, 'mandelbrot', { width: 8, height: 8, maxIter: 5 }, 3)).toBe('3행');
    expect(taskLabel(ko, 'fibonacci', { first: 20, step: 2, count: 3 }, 1)).toBe('fib(22)');
  });
});

describe('setup problems in both languages', () => {
  const cases = [
    { workload: 'fibonacci', params: { first: 'abc', step: 2.5, count: 0 }, workers: 99, failTask: 500 },
    { workload: 'evil', strategy: 'nope', order: 'sideways', repetitions: '' },
    { workload: 'mandelbrot', params: { width: 4096, height: 4096 }, chunkSize: -1, yieldIntervalMs: 'x' },
  ];

  it('says every problem exactly as the engine does in English, and in Korean without placeholders', () => {
    let seen = 0;
    for (const raw of cases) {
      const c = checkSetup(raw, 2);
      for (const issue of [...c.issues, ...Object.values(c.fieldIssues)]) {
        seen++;
        expect(issueText(en, issue)).toBe(issue.text);
        const korean = issueText(ko, issue);
        expect(korean, issue.text).toMatch(hangul);
        expect(korean, issue.text).not.toMatch(/\{\w+\}/);
      }
    }
    expect(seen).toBeGreaterThanOrEqual(10);
  });

  it('names the field in Korean when an issue says which one it is about', () => {
    const c = checkSetup({ workload: 'fibonacci', params: { first: 99 } }, 2);
    const i = c.fieldIssues['params.first'];
    expect(i && issueText(ko, i)).toBe('첫 n: 42 이하여야 해요.');
  });

  it('knows every workload cross-parameter rule', () => {
    expect(Object.keys(CROSS_BREAKERS).sort()).toEqual(WORKLOADS.map((w) => w.id).sort());
    for (const w of WORKLOADS) {
      const problems = w.crossCheck(CROSS_BREAKERS[w.id]);
      expect(problems.length, w.id).toBeGreaterThan(0);
      for (const p of problems) expectTranslated(p);
    }
  });
});

describe('engine sentences in Korean', () => {
  it('translates why a strategy is unavailable', () => {
    const reasons = new Set<string>();
    for (const s of STRATEGIES) {
      for (const env of [
        { crossOriginIsolated: false, workers: true },
        { crossOriginIsolated: true, workers: false },
      ]) {
        const why = s.availability(env);
        if (why !== null) reasons.add(why);
      }
    }
    expect(reasons.size).toBeGreaterThanOrEqual(2);
    for (const why of reasons) expectTranslated(why);
  });

  it('translates task failures with the task label inside', () => {
    const w = getWorkload('prime-count');
    const params = { limit: 100, ranges: 4 };
    const out = new Float64Array(4);
    const failing = (job: Job, run: () => void) => {
      try {
        run();
      } catch (e) {
        return describeError(e);
      }
      throw new Error(`task did not fail: ${JSON.stringify(job)}`);
    };
    const thrown: Job = { workload: 'prime-count', params, fault: { task: 2, kind: 'throw' } };
    const fault = failing(thrown, () => runTask(w, thrown, 2, out, 0));
    expectTranslated(fault);
    expect(engineText(ko, fault)).toContain('[50, 75) 구간의 소수');
    const crash: Job = { ...thrown, fault: { task: 1, kind: 'crash' } };
    expectTranslated(failing(crash, () => runTaskOnMain(crash, 1, out, 0)));
    const boom = {
      ...w,
      kernel: () => {
        throw new Error('out of cheese');
      },
    };
    const threw = failing(thrown, () => runTask(boom, { ...thrown, fault: null }, 0, out, 0));
    expectTranslated(threw);
    expect(engineText(ko, threw)).toContain('out of cheese');
  });

  it('translates the sentences the worker pool and the runner write', async () => {
    // Written by src/platform/worker-pool.ts (needs real workers: e2e covers them), same wording:
    expectTranslated(
      'Worker 2 died (Uncaught Error: Worker crashed: task 3). Its unfinished tasks were lost; a new worker took its place.',
    );
    expectTranslated('Worker 1 failed to start (SyntaxError).');
    const died =
      'Worker 2 died (Uncaught Error: Worker crashed: Injected crash at task 4). Its unfinished tasks were lost; a new worker took its place.';
    expect(engineText(ko, died)).toBe(
      '2번 워커가 죽었어요 (처리되지 않은 오류: 워커 크래시: 작업 4에서 일부러 낸 크래시). 끝나지 않은 작업은 사라졌고, 새 워커가 자리를 대신했어요.',
    );
    expectTranslated('Worker 1 failed to start (the worker failed to load or threw outside a task).');
    expectTranslated('Worker 3 was retired: the pool shrank to 2.');
    expectTranslated('Main thread, yielding is unavailable here: This browser cannot start module workers.');
    expect(
      engineText(ko, 'Worker pool (Comlink) is unavailable here: This browser cannot start module workers.'),
    ).toBe('워커 풀 (Comlink): 이 환경에서는 쓸 수 없어요. 이 브라우저는 모듈 워커를 시작할 수 없어요.');
    const wrong: Strategy = {
      ...mainThreadStrategy,
      async run(job, settings, c) {
        const out = await mainThreadStrategy.run(job, settings, c);
        out.results[0] = 12345;
        return out;
      },
    };
    const error = await measure({
      strategy: wrong,
      job: { workload: 'fibonacci', params: { first: 10, step: 1, count: 4 }, fault: null },
      settings: { workers: 1, chunkSize: 0, order: 'submission', yieldIntervalMs: 50 },
      repetitions: 1,
      ctx: {
        signal: new AbortController().signal,
        now: () => performance.now(),
        pageTimeOrigin: performance.timeOrigin,
        yieldToMain: () => Promise.resolve(),
        pool: null,
        crossOriginIsolated: false,
      },
      onProgress: () => {},
      betweenRepetitions: () => Promise.resolve(),
    }).then(
      () => '',
      (e: unknown) => describeError(e),
    );
    expectTranslated(error);
    expect(engineText(ko, error)).toContain('메인 스레드');
  });

  it('translates every verifier detail, passing or failing', () => {
    const small: Record<WorkloadId, Params> = {
      'heavy-loop': { tasks: 3, n: 10 },
      fibonacci: { first: 3, step: 1, count: 3 },
      'prime-count': { limit: 100, ranges: 3 },
      mandelbrot: { width: 8, height: 8, maxIter: 10 },
      'cost-hash': { items: 2, difficulty: 0 },
    };
    for (const w of WORKLOADS) {
      const p = small[w.id];
      const n = w.taskCount(p);
      const width = w.resultWidth(p);
      const out = new Float64Array(n * width);
      for (let i = 0; i < n; i++) w.kernel(p, i, out, i * width);
      expectTranslated(w.verify(p, out).detail);
      const bad = out.slice();
      bad[0] = (bad[0] ?? 0) + 1;
      expectTranslated(w.verify(p, bad).detail);
    }
  });

  it('leaves sentences it does not know as written', () => {
    expect(engineText(ko, 'Something else entirely.')).toBe('Something else entirely.');
  });
});

describe('stored messages (phrases)', () => {
  it('says a restored-link notice with its problems in the language asked for', () => {
    const c = checkSetup({ workload: 'fibonacci', params: { count: 999 }, strategy: '<script>' }, 2);
    const m = phrase('ui.notice.restoredChanged', {
      changes: [...c.issues, ...Object.values(c.fieldIssues)],
    });
    expect(say(en, m)).toBe(
      `The link's setup was restored with changes: ${[...c.problems, ...Object.values(c.fieldProblems)].join(' ')}`,
    );
    expect(say(ko, m)).toMatch(/^링크의 설정을 불러오면서/);
    expect(say(ko, m)).toContain('작업 수: 200 이하여야 해요.');
  });

  it('names strategies by id and translates engine error text kept as a plain string', () => {
    const m = phrase('ui.error.disagreeDetail', {
      a: { strategy: 'worker-pool' },
      fa: 'abc',
      b: { strategy: 'main-thread' },
      fb: 'def',
    });
    expect(say(en, m)).toBe(
      'Worker pool (Comlink) produced results abc, but Main thread produced def for the same setup.',
    );
    expect(say(ko, m)).toBe('같은 설정인데 워커 풀 (Comlink)의 결과는 abc, 메인 스레드의 결과는 def예요.');
    expect(say(ko, 'The worker pool is not running.')).toBe('워커 풀이 실행 중이 아니에요.');
    expect(say(ko, phrase('ui.error.taskFailed'))).toBe('작업이 실패했어요');
  });
});
