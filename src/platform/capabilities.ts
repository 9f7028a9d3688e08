import { measureTimerResolution } from '../engine/clock';
import { detectYield, type YieldPrimitive } from './yield';

/** The environment recorded with every result. */
export interface Environment {
  /** navigator.hardwareConcurrency (privacy modes may report fewer than the machine has). */
  readonly cores: number;
  readonly crossOriginIsolated: boolean;
  readonly sharedArrayBuffer: boolean;
  readonly workers: boolean;
  /** Smallest observed step of performance.now(), ms. */
  readonly timerResolutionMs: number;
  readonly userAgent: string;
  /** e.g. "Chrome 156", for labels. */
  readonly browser: string;
  readonly yieldPrimitive: YieldPrimitive;
}

/** "Chrome 156", "Firefox 142", "Safari 18" — or "a browser" when the UA says nothing we know. */
export function browserLabel(ua: string): string {
  const rules: Array<[RegExp, string]> = [
    [/Edg\/(\d+)/, 'Edge'],
    [/Firefox\/(\d+)/, 'Firefox'],
    [/(?:HeadlessChrome|Chrome|Chromium)\/(\d+)/, 'Chrome'],
    [/Version\/(\d+)[\d.]* .*Safari/, 'Safari'],
  ];
  for (const [re, name] of rules) {
    const m = re.exec(ua);
    if (m) return `${name} ${m[1]}`;
  }
  return 'a browser';
}

/** Reads the page's capabilities once. */
export function detectEnvironment(): Environment {
  const isolated = globalThis.crossOriginIsolated === true;
  return {
    cores: Math.max(1, navigator.hardwareConcurrency || 1),
    crossOriginIsolated: isolated,
    sharedArrayBuffer: isolated && typeof SharedArrayBuffer === 'function',
    workers: typeof Worker === 'function',
    timerResolutionMs: measureTimerResolution(),
    userAgent: navigator.userAgent,
    browser: browserLabel(navigator.userAgent),
    yieldPrimitive: detectYield().primitive,
  };
}
