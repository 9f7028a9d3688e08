// The app shell: header, language switch.
export const en = {
  'app.title': 'Concurrency Playground',
  'app.tagline':
    'Run a workload on the real cores of this machine, one strategy at a time or all side by side.',
  'app.language': 'Language',
  'nav.label': 'Pages',
  'nav.playground': 'Playground',
  'nav.io': 'I/O lab',
  'nav.learn': 'Learn',
} as const;

export const ko: Record<keyof typeof en, string> = {
  'app.title': 'Concurrency Playground',
  'app.tagline': '이 컴퓨터의 실제 코어에서 작업을 돌려 보세요. 전략 하나씩, 또는 전부 나란히.',
  'app.language': '언어',
  'nav.label': '페이지',
  'nav.playground': '플레이그라운드',
  'nav.io': 'I/O 실험실',
  'nav.learn': '배우기',
};
