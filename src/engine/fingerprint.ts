/**
 * FNV-1a (32-bit) over the results' bytes, as 8 hex digits. Two strategies that computed the same
 * numbers in the same places have the same fingerprint; it travels in exports and permalinks.
 */
export function fingerprint(results: Float64Array): string {
  const bytes = new Uint8Array(results.buffer, results.byteOffset, results.byteLength);
  let h = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) {
    h ^= bytes[i] as number;
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
