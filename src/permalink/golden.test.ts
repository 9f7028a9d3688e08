import { describe, expect, it } from 'vitest';
import golden from './fixtures/golden-v1.json';
import { decodeShare } from './share-codec';

// Golden vectors: real v1 links made by this app on 2026-11-22 from measured runs, with the view
// each decoded to then. They are never regenerated. A later version of the app must decode every
// one of them to exactly the same view (docs/permalink.md, "Compatibility"): if this test fails,
// the change broke links people have already shared — fix the change, not the fixture.

describe.each(golden)('golden v1 link: $name', (vector) => {
  it('decodes to the recorded view, adjusted in the same places', () => {
    const out = decodeShare(vector.payload, vector.cores);
    if (!out.ok) throw new Error(`${out.code}: ${out.detail}`);
    expect(out.view).toEqual(vector.view);
    // The notes' English wording belongs to the UI and may improve; what was adjusted may not change.
    expect(out.adjustments).toHaveLength(vector.adjustments.length);
  });

  it('is a v1 link of the recorded length', () => {
    expect(vector.payload.startsWith('v1.')).toBe(true);
    expect(vector.urlChars).toBeLessThanOrEqual(8000);
  });
});

describe('the golden set', () => {
  it('covers every kind of link the format has: several workloads, a fault, a down-sampled one, a clamped one', () => {
    const views = golden.map((g) => g.view);
    expect(new Set(views.map((v) => v.setup.workload)).size).toBeGreaterThanOrEqual(3);
    expect(views.some((v) => v.setup.fault !== null)).toBe(true);
    expect(views.some((v) => v.downsampled)).toBe(true);
    expect(golden.some((g) => g.adjustments.length > 0)).toBe(true);
    expect(views.some((v) => v.setup.order === 'completion')).toBe(true);
  });
});
