import { IoRun, type IoStrategy } from './context';

// Serial: compute one item, send its save, wait for the answer, then the next item. Every request
// waits its full latency on the critical path: n·(c + L).
export const serialStrategy: IoStrategy = {
  id: 'serial',
  kinds: ['io-only', 'mixed'],
  python: {
    idiom: 'requests.post in a for loop',
    code: 'def calculate_task_serial(n, difficulty):\n    with requests.Session() as session:\n        for i in range(n):\n            result = do_task(i, difficulty)\n            session.post(URL, data=result)   # blocks ~100 ms',
  },
  async run(setup, ctx) {
    const run = new IoRun(setup, ctx);
    for (let i = 0; i < setup.items; i++) {
      const value = run.compute(i);
      await run.save(i, value);
      run.check();
    }
    return run.finish();
  },
};
