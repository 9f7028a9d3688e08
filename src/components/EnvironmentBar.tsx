import { useApp } from '../store/store';
import { formatMs } from './format';

/** What this machine and page offer: recorded with every result. */
export function EnvironmentBar() {
  const env = useApp((s) => s.env);
  const startup = useApp((s) => s.poolStartupMs);
  const res = env.timerResolutionMs;
  return (
    <dl className="env" aria-label="Environment">
      <div>
        <dt>Cores</dt>
        <dd>{env.cores}</dd>
      </div>
      <div>
        <dt>Cross-origin isolated</dt>
        <dd>{env.crossOriginIsolated ? 'yes' : 'no'}</dd>
      </div>
      <div>
        <dt>Timer resolution</dt>
        <dd>{Number.isFinite(res) ? `${(res * 1000).toFixed(0)} µs` : 'unknown'}</dd>
      </div>
      <div>
        <dt>Yield primitive</dt>
        <dd>
          <code>{env.yieldPrimitive}</code>
        </dd>
      </div>
      <div>
        <dt>Pool start-up</dt>
        <dd>{startup === null ? 'not started' : formatMs(startup)}</dd>
      </div>
      <div>
        <dt>Browser</dt>
        <dd>{env.browser}</dd>
      </div>
    </dl>
  );
}
