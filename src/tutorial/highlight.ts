// A small syntax highlighter for the two languages the tutorial shows. Why not a library: Prism or
// highlight.js add 20–40 kB and a theme for what is ~60 lines here; Shiki adds a WASM engine. Five
// token kinds are enough to read a short loop; everything unknown stays plain text (never HTML).

export type Lang = 'ts' | 'py';
export type TokenKind = 'keyword' | 'string' | 'comment' | 'number' | 'call' | 'plain';

export interface Token {
  readonly kind: TokenKind;
  readonly text: string;
}

const KEYWORDS: Record<Lang, ReadonlySet<string>> = {
  ts: new Set(
    'async await break case catch class const continue default do else export extends false finally for from function if import in interface let new null of return switch this throw true try type typeof undefined while yield as readonly'.split(
      ' ',
    ),
  ),
  py: new Set(
    'and as async await break class continue def elif else except False finally for from if import in is lambda None not or pass raise return True try while with yield'.split(
      ' ',
    ),
  ),
};

// One alternation per language, tried at each position (sticky): comment, string, number, word.
const PATTERNS: Record<Lang, RegExp> = {
  ts: /(\/\/[^\n]*|\/\*[\s\S]*?\*\/)|('(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"|`(?:\\.|[^`\\])*`)|(\b\d[\d_]*(?:\.\d+)?(?:e[+-]?\d+)?n?\b|\b0x[\da-f_]+\b)|([A-Za-z_$][\w$]*)/iy,
  py: /(#[^\n]*)|("""[\s\S]*?"""|'''[\s\S]*?'''|[rbf]?'(?:\\.|[^'\\\n])*'|[rbf]?"(?:\\.|[^"\\\n])*")|(\b\d[\d_]*(?:\.\d+)?(?:e[+-]?\d+)?\b)|([A-Za-z_][\w]*)/iy,
};

/** Splits `code` into tokens whose texts concatenate back to `code` exactly. */
export function tokenize(code: string, lang: Lang): Token[] {
  const re = PATTERNS[lang];
  const keywords = KEYWORDS[lang];
  const out: Token[] = [];
  let plain = '';
  const push = (kind: TokenKind, text: string) => {
    if (plain !== '') out.push({ kind: 'plain', text: plain });
    plain = '';
    out.push({ kind, text });
  };
  let i = 0;
  while (i < code.length) {
    re.lastIndex = i;
    const m = re.exec(code);
    if (m === null) {
      plain += code[i];
      i++;
      continue;
    }
    const [text, comment, string, number, word] = m;
    if (comment !== undefined) push('comment', text);
    else if (string !== undefined) push('string', text);
    else if (number !== undefined) push('number', text);
    else if (word !== undefined) {
      if (keywords.has(word)) push('keyword', text);
      else if (/^\s*\(/.test(code.slice(i + text.length, i + text.length + 8))) push('call', text);
      else plain += text;
    }
    i += text.length;
  }
  if (plain !== '') out.push({ kind: 'plain', text: plain });
  return out;
}
