import { describe, expect, it } from 'vitest';
import { fingerprint } from './fingerprint';

describe('fingerprint', () => {
  it('is 8 lowercase hex digits', () => {
    expect(fingerprint(new Float64Array([1, 2, 3]))).toMatch(/^[0-9a-f]{8}$/);
  });

  it('is the FNV-1a offset basis for no data', () => {
    expect(fingerprint(new Float64Array(0))).toBe('811c9dc5');
  });

  it('is equal for equal arrays held in different buffers', () => {
    const a = Float64Array.from({ length: 1000 }, (_, i) => i * 1.5);
    const b = new Float64Array(a);
    expect(b.buffer).not.toBe(a.buffer);
    expect(fingerprint(a)).toBe(fingerprint(b));
  });

  it('differs when any one value differs', () => {
    const a = Float64Array.from({ length: 200 }, (_, i) => i);
    const base = fingerprint(a);
    for (let k = 0; k < a.length; k++) {
      const b = a.slice();
      b[k] = (b[k] ?? 0) + 1;
      expect(fingerprint(b), `index ${k}`).not.toBe(base);
    }
  });

  it('differs when two values swap places', () => {
    expect(fingerprint(new Float64Array([1, 2]))).not.toBe(fingerprint(new Float64Array([2, 1])));
  });

  it('hashes only the view, not the rest of the underlying buffer', () => {
    const whole = new Float64Array([99, 1, 2, 3, 77]);
    const view = whole.subarray(1, 4);
    expect(fingerprint(view)).toBe(fingerprint(new Float64Array([1, 2, 3])));
    whole[0] = -1;
    whole[4] = -1;
    expect(fingerprint(view)).toBe(fingerprint(new Float64Array([1, 2, 3])));
  });
});
