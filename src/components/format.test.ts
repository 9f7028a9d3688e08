import { describe, expect, it } from 'vitest';
import { formatFixed, formatMs, formatPercent, formatRange, formatRatio } from './format';
import { formatFrameMs } from './frame-verdict';

describe('numbers for people', () => {
  it('writes milliseconds as before in English: ms below a second, s above, fixed decimals', () => {
    expect(formatMs(5.234)).toBe('5.23 ms');
    expect(formatMs(123.4)).toBe('123 ms');
    expect(formatMs(2345)).toBe('2.35 s');
    expect(formatMs(12_345)).toBe('12.3 s');
    expect(formatMs(Number.NaN)).toBe('—');
    expect(formatRatio(1.855)).toMatch(/^1\.8[56]×$/);
    expect(formatRatio(Number.POSITIVE_INFINITY)).toBe('—');
    expect(formatPercent(0.934)).toBe('93%');
    expect(formatRange(316.2, 341.7)).toBe('316–342 ms');
    expect(formatRange(1250, 2230)).toBe('1.25–2.23 s');
    expect(formatFrameMs(50.44)).toBe('50.4 ms');
    expect(formatFrameMs(412)).toBe('412 ms');
  });

  it('groups thousands and keeps trailing zeros for the locale', () => {
    expect(formatFixed(1234.5, 2, 'en')).toBe('1,234.50');
    expect(formatFixed(1234.5, 2, 'ko')).toBe('1,234.50');
    expect(formatMs(123_456, 'ko')).toBe('123.5 s');
    expect(formatMs(1_234_567, 'en')).toBe('1,234.6 s');
    expect(formatPercent(1.5, 'ko')).toBe('150%');
  });
});
