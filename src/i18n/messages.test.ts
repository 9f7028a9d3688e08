import { describe, expect, it } from 'vitest';
import { DICTIONARIES, duplicateKeys, type MessageKey } from './messages';
import { formatNumber, pickLocale, translate } from './translate';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('UI text', () => {
  const keys = Object.keys(DICTIONARIES.en) as MessageKey[];

  it('has every key in both English and Korean, none empty', () => {
    expect(keys.length).toBeGreaterThan(0);
    expect(Object.keys(DICTIONARIES.ko).sort()).toEqual([...keys].sort());
    for (const k of keys) {
      expect(DICTIONARIES.en[k].trim(), k).not.toBe('');
      expect(DICTIONARIES.ko[k].trim(), k).not.toBe('');
    }
  });

  it('uses the same placeholders in both languages', () => {
    for (const k of keys)
      expect(placeholders(DICTIONARIES.ko[k]), k).toEqual(placeholders(DICTIONARIES.en[k]));
  });

  it('has Korean for every playground and engine string, except ones that are code or symbols', () => {
    // Same in both languages on purpose: code, formulas and names that are identifiers.
    const same = new Set([
      'ui.setup.python',
      'ui.strategy.python',
      'ui.issues',
      'ui.resp.single',
      'ui.sweep.point',
      'engine.workload.heavy-loop.answer',
      'engine.workload.fibonacci.answer',
      'engine.workload.cost-hash.answer',
      'engine.strategy.shared-memory.name',
    ]);
    const untranslated = keys.filter(
      (k) =>
        (k.startsWith('ui.') || k.startsWith('engine.')) &&
        !same.has(k) &&
        DICTIONARIES.ko[k] === DICTIONARIES.en[k],
    );
    expect(untranslated).toEqual([]);
  });

  it('defines each key in exactly one namespace', () => {
    expect(duplicateKeys()).toEqual([]);
  });

  it('fills placeholders and formats numbers for the locale', () => {
    expect(translate('en', 'app.title')).toBe('Concurrency Playground');
    expect(formatNumber('en', 12345.678)).toBe('12,345.68');
    expect(formatNumber('ko', 0.5, 0)).toBe('1');
  });

  it('picks Korean from the browser languages, English otherwise', () => {
    expect(pickLocale(['ko-KR', 'en-US'])).toBe('ko');
    expect(pickLocale(['fr-FR', 'ko'])).toBe('ko');
    expect(pickLocale(['fr-FR'])).toBe('en');
    expect(pickLocale([])).toBe('en');
  });
});
