import { beforeEach, describe, expect, it } from 'vitest';
import type { IoResult } from '../engine/io/measure';
import { getIoPreset, ioSetupToInputs } from '../engine/io/setup';
import type { Environment } from '../platform/capabilities';
import {
  applyIoPreset,
  ioResultsFor,
  overloadSteps,
  runIoStrategies,
  selectIoChecked,
  setIoInput,
  YIELD_STEPS,
} from './io-run';
import { installStore, makeStore } from './store';

// The lab's form actions on a real store (no workers are started: nothing here runs a strategy
// except with a broken form, which must refuse before touching the platform).

const env: Environment = {
  cores: 2,
  crossOriginIsolated: true,
  sharedArrayBuffer: true,
  workers: true,
  timerResolutionMs: 0.005,
  userAgent: 'test',
  browser: 'test',
  yieldPrimitive: 'MessageChannel',
};

let store: ReturnType<typeof makeStore>;
beforeEach(() => {
  store = makeStore(env);
  installStore(store);
});

describe('the I/O lab form', () => {
  it('starts on the I/O-only everyday preset, runnable', () => {
    const c = selectIoChecked(store.getState());
    expect(c.setup).toEqual(getIoPreset('everyday-io').setup);
    expect(c.problems).toEqual([]);
  });

  it('keeps typed text as is and reports the problem without losing it', () => {
    setIoInput('items', '12x');
    expect(store.getState().io.inputs.items).toBe('12x');
    expect(selectIoChecked(store.getState()).fieldProblems.items).toMatch(/not a number/);
  });

  it('switching to mixed moves fields still at the I/O-only defaults to the mixed ones, and keeps edits', () => {
    setIoInput('server.latencyMs', '50');
    setIoInput('kind', 'mixed');
    const s = selectIoChecked(store.getState()).setup;
    expect(s.kind).toBe('mixed');
    expect(s.items).toBe(getIoPreset('everyday-mixed').setup.items);
    expect(s.server.jitterMs).toBe(0);
    expect(s.server.latencyMs).toBe(50); // the person's edit stays
  });

  it('switching back to I/O only leaves the hybrid for async', () => {
    applyIoPreset('everyday-mixed');
    setIoInput('strategy', 'hybrid');
    setIoInput('kind', 'io-only');
    const c = selectIoChecked(store.getState());
    expect(c.setup.strategy).toBe('async');
    expect(c.fieldProblems).toEqual({});
    expect(c.setup.items).toBe(600);
  });

  it('applies a preset as form text', () => {
    applyIoPreset('book');
    expect(store.getState().io.inputs).toEqual(ioSetupToInputs(getIoPreset('book').setup));
  });

  it('memoises the check on the inputs object', () => {
    const a = selectIoChecked(store.getState());
    expect(selectIoChecked(store.getState())).toBe(a);
    setIoInput('retries', '2');
    expect(selectIoChecked(store.getState())).not.toBe(a);
  });

  it('a run with a broken form shows why and starts nothing', async () => {
    setIoInput('concurrency', '0');
    await runIoStrategies(['async']);
    const s = store.getState();
    expect(s.status).toBe('idle');
    expect(JSON.stringify(s.error?.message)).toMatch(/Concurrency limit must be at least 1/);
    expect(s.io.results).toEqual([]);
  });

  it('a run never starts while another (CPU or I/O) is in flight', async () => {
    store.setState({ status: 'running' });
    await runIoStrategies(['serial']);
    expect(store.getState().io.progress).toBeNull();
    expect(store.getState().error).toBeNull();
  });
});

describe('ioResultsFor', () => {
  it('returns the same array while nothing changed (safe as a selector) and only the setup on screen', () => {
    const a = ioResultsFor(store.getState());
    expect(ioResultsFor(store.getState())).toBe(a);
    const onScreen = selectIoChecked(store.getState()).setup;
    const other = { ...onScreen, items: 7 };
    const result = (setup: typeof onScreen, strategy: 'serial' | 'async') =>
      ({ setup: { ...setup, strategy }, strategy }) as unknown as IoResult;
    store.setState((s) => ({
      io: {
        ...s.io,
        results: [result(onScreen, 'async'), result(other, 'serial'), result(onScreen, 'serial')],
      },
    }));
    expect(ioResultsFor(store.getState()).map((r) => r.strategy)).toEqual(['serial', 'async']);
  });
});

describe('experiments', () => {
  it('the overload steps are ¼…4 × capacity, whole, at least 1, without repeats', () => {
    expect(overloadSteps(100)).toEqual([25, 50, 100, 200, 400]);
    expect(overloadSteps(2)).toEqual([1, 2, 4, 8]);
    expect(overloadSteps(1)).toEqual([1, 2, 4]);
  });

  it('the yield steps end with never (0)', () => {
    expect(YIELD_STEPS.at(-1)).toBe(0);
    expect(YIELD_STEPS[0]).toBe(1);
  });
});
