import { deflateSync, Inflate, strFromU8, strToU8 } from 'fflate';
import { parseGuarded } from './json-guard';
import { type DecodeOutcome, failure } from './outcome';
import { restoreView } from './restore-view';
import { cleanText, rebinLanes, type SharedView } from './share-view';
import { packV1, unpackV1 } from './wire-v1';

export type { DecodeOutcome, ShareErrorCode } from './outcome';

// A shared link: <origin><path>?<setup query>#/s/v1.<base64url( checksum ‖ deflate-raw(JSON) )>
// docs/permalink.md describes every byte. Compression is fflate's deflate-raw: synchronous (a link is
// made in a click handler and read during start-up, no await), deterministic, tiny and well kept.
// CompressionStream('deflate-raw') would do the same work, but it is async-only and is not in every
// realm the same way (older Safari, Node test runs), so links would depend on where they are made.

/** No link may be longer than this, in characters (the whole URL). */
export const MAX_LINK_CHARS = 8000;
/** A Compare-all link of one workload stays under this many characters (checked by the tests). */
export const TARGET_LINK_CHARS = 2000;
/** The prefix every v1 payload starts with; the decoder checks it before anything else. */
export const V1_PREFIX = 'v1.';
/** Longest payload the decoder looks at, characters: four times the longest link we ever make. */
export const MAX_PAYLOAD_CHARS = 4 * MAX_LINK_CHARS;
/** Largest decompressed payload the decoder accepts, bytes; a v1 payload is at most a few KiB. */
export const MAX_JSON_BYTES = 256 * 1024;
/**
 * Characters assumed before the payload when the caller does not say (origin, path, setup query,
 * "#/s/"): generous, so a link still fits on a long origin.
 */
export const DEFAULT_URL_PREFIX_CHARS = 400;
/** Lane bins tried, in order, when a link is too long (then lane summaries are dropped). */
const BIN_LADDER = [48, 32, 24, 16, 12, 8, 6, 4, 2, 1];

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const B64_INDEX = new Int8Array(128).fill(-1);
for (let i = 0; i < B64.length; i++) B64_INDEX[B64.charCodeAt(i)] = i;

/** URL-safe base64 (RFC 4648 §5) without padding. */
export function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = ((bytes[i] as number) << 16) | ((bytes[i + 1] as number) << 8) | (bytes[i + 2] as number);
    out +=
      B64[n >> 18] +
      (B64[(n >> 12) & 63] as string) +
      (B64[(n >> 6) & 63] as string) +
      (B64[n & 63] as string);
  }
  const rest = bytes.length - i;
  if (rest > 0) {
    const n = ((bytes[i] as number) << 16) | (rest === 2 ? (bytes[i + 1] as number) << 8 : 0);
    out += (B64[n >> 18] as string) + (B64[(n >> 12) & 63] as string);
    if (rest === 2) out += B64[(n >> 6) & 63];
  }
  return out;
}

/** Bytes of URL-safe base64 (no padding), or the position of the first character outside it. */
export function fromBase64Url(s: string): { bytes: Uint8Array } | { badAt: number } {
  const out = new Uint8Array(Math.floor((s.length * 3) / 4));
  let acc = 0;
  let bits = 0;
  let o = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const v = c < 128 ? (B64_INDEX[c] as number) : -1;
    if (v < 0) return { badAt: i };
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  return { bytes: out.subarray(0, o) };
}

/** FNV-1a (32-bit) of bytes: catches a link changed or cut after it was made. */
function fnv1a(bytes: Uint8Array): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) {
    h ^= bytes[i] as number;
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A v1 payload holding `json` verbatim (exported for tests and tools; links are made by encodeShare). */
export function payloadFromJsonText(json: string): string {
  const text = strToU8(json);
  const packed = deflateSync(text, { level: 9, mem: 8 });
  const bytes = new Uint8Array(4 + packed.length);
  new DataView(bytes.buffer).setUint32(0, fnv1a(text));
  bytes.set(packed, 4);
  return V1_PREFIX + toBase64Url(bytes);
}

/** The view with every lane summary at most `bins` wide; `keepLanes` results keep theirs at all. */
function reduced(view: SharedView, bins: number, keepLanes: number): SharedView {
  return {
    ...view,
    results: view.results.map((r, i) => ({
      ...r,
      lanes: r.lanes === null || i >= keepLanes ? null : rebinLanes(r.lanes, bins),
    })),
    downsampled: true,
  };
}

/**
 * A view as a link payload (the part after "#/s/"). If the whole URL (`urlPrefixChars` + payload)
 * would exceed MAX_LINK_CHARS, lane detail is reduced — fewer time bins, then no lanes for the
 * results with the most, last first — until it fits; `downsampled` then says so (and is carried).
 */
export function encodeShare(
  view: SharedView,
  urlPrefixChars: number = DEFAULT_URL_PREFIX_CHARS,
): { payload: string; downsampled: boolean } {
  const fits = (p: string) => urlPrefixChars + p.length <= MAX_LINK_CHARS;
  const encode = (v: SharedView) => payloadFromJsonText(JSON.stringify(packV1(v)));
  const full = encode(view);
  if (fits(full)) return { payload: full, downsampled: view.downsampled };
  const widest = Math.max(0, ...view.results.map((r) => r.lanes?.bins ?? 0));
  for (const bins of BIN_LADDER.filter((b) => b < widest)) {
    const p = encode(reduced(view, bins, view.results.length));
    if (fits(p)) return { payload: p, downsampled: true };
  }
  // Drop lane summaries, the results with the most lanes first.
  const order = view.results
    .map((r, i) => ({ i, lanes: r.lanes?.busy.length ?? 0 }))
    .sort((a, b) => b.lanes - a.lanes || b.i - a.i);
  const dropped = new Set<number>();
  let last = encode(reduced(view, 1, view.results.length));
  for (const { i } of order) {
    dropped.add(i);
    const v = reduced(view, 1, view.results.length);
    last = encode({ ...v, results: v.results.map((r, j) => (dropped.has(j) ? { ...r, lanes: null } : r)) });
    if (fits(last)) break;
  }
  // Without lanes a view is at most a few KiB (samples, and text, are capped), so `last` fits.
  return { payload: last, downsampled: true };
}

/** Inflates at most `cap` bytes, fed in small pieces so a zip bomb stops early. */
function inflateBounded(
  data: Uint8Array,
  cap: number,
): { bytes: Uint8Array } | { code: 'truncated' | 'corrupt' | 'too-large' } {
  const parts: Uint8Array[] = [];
  let total = 0;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    if (total <= cap) parts.push(chunk);
  });
  const STEP = 256; // ≤ 256 × 1032 bytes out per push, the most deflate can expand
  try {
    for (let i = 0; i < data.length; i += STEP) {
      const end = Math.min(data.length, i + STEP);
      inflater.push(data.subarray(i, end), end === data.length);
      if (total > cap) return { code: 'too-large' };
    }
  } catch (e) {
    // fflate's error code 0 is "unexpected EOF": the stream ended before its final block.
    return { code: (e as { code?: unknown }).code === 0 ? 'truncated' : 'corrupt' };
  }
  const out = new Uint8Array(total);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return { bytes: out };
}

const fmt = (n: number) => n.toLocaleString('en-US');

/**
 * A link payload (the part after "#/s/") → the shared view, through restoreView with this
 * machine's `cores`. Never throws; the work is linear in the payload and capped (MAX_PAYLOAD_CHARS
 * in, MAX_JSON_BYTES out), whatever the input.
 */
export function decodeShare(payload: string, cores: number): DecodeOutcome {
  try {
    if (typeof payload !== 'string' || payload.trim() === '')
      return failure('empty', 'The link has nothing after “#/s/”, so there is no shared result in it.');
    const head = payload.slice(0, 24).trimStart();
    const version = /^v(\d{1,9})\./.exec(head);
    if (version === null) {
      return failure(
        'wrong-version',
        `The link does not start with a format version this app knows (“${V1_PREFIX}”); it starts with “${cleanText(head.slice(0, 8), 8)}”.`,
      );
    }
    const v = Number(version[1]);
    if (v > 1)
      return failure(
        'future-version',
        `The link was made by a newer version of the app (format v${v}); this version reads v1 links. Open it with the latest version of the app.`,
      );
    if (v !== 1)
      return failure('wrong-version', `The link says format v${v}, which no version of this app made.`);
    if (payload.length > MAX_PAYLOAD_CHARS)
      return failure(
        'too-large',
        `The link is ${fmt(payload.length)} characters long; a shared result is at most ${fmt(MAX_LINK_CHARS)}.`,
      );
    // Line breaks and spaces creep in when links are wrapped in e-mail or chat: they carry nothing.
    const body = payload.trimStart().slice(version[0].length).replace(/\s+/g, '');
    if (body === '') return failure('empty', 'The link has a version but no data after it.');
    const b = fromBase64Url(body);
    if ('badAt' in b) {
      const ch = body.codePointAt(b.badAt) ?? 0;
      return failure(
        'not-base64',
        `The link contains “${cleanText(String.fromCodePoint(ch), 1) || `U+${ch.toString(16).toUpperCase()}`}” at position ${fmt(b.badAt + 1)} of its data, which cannot be part of a shared result; it was probably changed when it was copied.`,
      );
    }
    if (b.bytes.length < 6)
      return failure(
        'truncated',
        'The link’s data is too short; it was probably cut off when it was copied.',
      );
    const sum = new DataView(b.bytes.buffer, b.bytes.byteOffset).getUint32(0);
    const inflated = inflateBounded(b.bytes.subarray(4), MAX_JSON_BYTES);
    if ('code' in inflated) {
      if (inflated.code === 'too-large')
        return failure(
          'too-large',
          `The link’s data expands to more than ${fmt(MAX_JSON_BYTES / 1024)} KiB.`,
        );
      return inflated.code === 'truncated'
        ? failure(
            'truncated',
            `The link ends too early (${fmt(payload.length)} characters arrived); it was probably cut off when it was copied.`,
          )
        : failure('corrupt', 'The link’s data is damaged: it is not valid compressed data.');
    }
    if (fnv1a(inflated.bytes) !== sum)
      return failure(
        'corrupt',
        'The link’s data is damaged: its checksum does not match, so it was changed after it was made.',
      );
    let text: string;
    try {
      text = strFromU8(inflated.bytes);
    } catch {
      return failure('corrupt', 'The link’s data is damaged: it is not valid UTF-8 text.');
    }
    const parsed = parseGuarded(text);
    if (!parsed.ok) {
      if (parsed.why === 'ends-early')
        return failure('truncated', `The link’s data ends early: ${parsed.detail}.`);
      if (parsed.why === 'too-deep')
        return failure('invalid', `The link’s data is not a shared result: ${parsed.detail}.`);
      return failure('corrupt', `The link’s data is damaged: ${parsed.detail}.`);
    }
    const restored = restoreView(unpackV1(parsed.value), cores);
    return restored.ok ? restored : failure(restored.code, `The link cannot be shown. ${restored.detail}`);
  } catch (e) {
    // Defence in depth: nothing above is expected to throw.
    return failure('corrupt', `The link could not be read (${e instanceof Error ? e.name : 'error'}).`);
  }
}
