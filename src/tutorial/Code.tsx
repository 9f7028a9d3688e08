import { memo, useMemo } from 'react';
import { type Lang, tokenize } from './highlight';

/** Highlighted source: spans of text only (never HTML), in a focusable scroll box for long lines. */
export const Code = memo(function Code({ code, lang }: { code: string; lang: Lang }) {
  const tokens = useMemo(() => tokenize(code, lang), [code, lang]);
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <pre className="code" tabIndex={0} data-lang={lang}>
      <code>
        {tokens.map((tok, i) =>
          tok.kind === 'plain' ? (
            tok.text
          ) : (
            // biome-ignore lint/suspicious/noArrayIndexKey: tokens are positional and never reorder
            <span key={i} className={`tok tok--${tok.kind}`}>
              {tok.text}
            </span>
          ),
        )}
      </code>
    </pre>
  );
});

/** Text with `inline code` in backticks, rendered as <code> (text only). */
export function Prose({ text }: { text: string }) {
  const parts = text.split('`');
  return (
    <>
      {parts.map((p, i) =>
        // biome-ignore lint/suspicious/noArrayIndexKey: positional split of one string
        i % 2 === 1 ? <code key={i}>{p}</code> : p,
      )}
    </>
  );
}
