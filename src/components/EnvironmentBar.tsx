import { useLocale, useT } from '../i18n/react';
import { formatNumber } from '../i18n/translate';
import { useApp } from '../store/store';
import { formatMs } from './format';

/** What this machine and page offer: recorded with every result. */
export function EnvironmentBar() {
  const t = useT();
  const locale = useLocale();
  const env = useApp((s) => s.env);
  const startup = useApp((s) => s.poolStartupMs);
  const res = env.timerResolutionMs;
  return (
    <dl className="env" aria-label={t('ui.env.label')}>
      <div>
        <dt>{t('ui.env.cores')}</dt>
        <dd>{formatNumber(locale, env.cores)}</dd>
      </div>
      <div>
        <dt>{t('ui.env.isolated')}</dt>
        <dd>{env.crossOriginIsolated ? t('ui.env.yes') : t('ui.env.no')}</dd>
      </div>
      <div>
        <dt>{t('ui.env.timer')}</dt>
        <dd>{Number.isFinite(res) ? `${formatNumber(locale, res * 1000, 0)} µs` : t('ui.env.unknown')}</dd>
      </div>
      <div>
        <dt>{t('ui.env.yield')}</dt>
        <dd>
          <code>{env.yieldPrimitive}</code>
        </dd>
      </div>
      <div>
        <dt>{t('ui.env.startup')}</dt>
        <dd>{startup === null ? t('ui.env.notStarted') : formatMs(startup, locale)}</dd>
      </div>
      <div>
        <dt>{t('ui.env.browser')}</dt>
        <dd>{env.browser}</dd>
      </div>
    </dl>
  );
}
