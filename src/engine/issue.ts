// Problems with a setup, as data. The English sentence (`text`) is what logs, exports and tests
// read; `code` and `vars` let the UI say the same thing in the reader's language (src/i18n).

/** What kind of problem an Issue is; the UI has one sentence per code in every language. */
export type IssueCode =
  | 'value.notNumber'
  | 'value.notWhole'
  | 'value.tooLow'
  | 'value.tooHigh'
  | 'setup.unknownWorkload'
  | 'setup.unknownStrategy'
  | 'setup.unknownOrder'
  /** A workload's cross-parameter rule; `text` is the workload's own sentence. */
  | 'setup.cross';

/** One problem: its code, the values it mentions (numbers unformatted), and the English sentence. */
export interface Issue {
  readonly code: IssueCode;
  readonly vars: Readonly<Record<string, string | number>>;
  readonly text: string;
}

/** Builds an Issue (keeps call sites to one line). */
export function issue(code: IssueCode, vars: Issue['vars'], text: string): Issue {
  return { code, vars, text };
}
