// The engine's words: workload, parameter and strategy names, setup problems, and the English
// sentences the engine writes (errors, verification details), so the UI can say them in Korean.
// Looked up by id through src/i18n/engine-text.ts, which falls back to the engine's English.
//
// engine.text.*: each English value must be exactly the sentence the engine writes, with {name}
// where it inserts a value (engine-text.test.ts produces each one from the real code and checks).
export const en = {
  // Workloads
  'engine.workload.heavy-loop.name': 'Heavy loop',
  'engine.workload.heavy-loop.summary':
    'For each input x = 1…tasks, sum i·x for i below n. Every task costs the same.',
  'engine.workload.heavy-loop.answer': 'Σ = {answer}',
  'engine.param.heavy-loop.tasks.label': 'Tasks',
  'engine.param.heavy-loop.tasks.help': 'How many inputs x; one task each.',
  'engine.param.heavy-loop.n.label': 'Iterations per task',
  'engine.param.heavy-loop.n.help':
    'Loop length n; about 1 ns per iteration on a laptop core. Sums are kept modulo 2³⁰.',

  'engine.workload.fibonacci.name': 'Fibonacci',
  'engine.workload.fibonacci.summary':
    'Naive recursive fib over first, first+step, … Each task costs ~1.6× the one before.',
  'engine.workload.fibonacci.answer': 'Σ fib = {answer}',
  'engine.param.fibonacci.first.label': 'First n',
  'engine.param.fibonacci.first.help': 'Argument of the first task.',
  'engine.param.fibonacci.step.label': 'Step',
  'engine.param.fibonacci.step.help': 'Added to n for each next task.',
  'engine.param.fibonacci.count.label': 'Tasks',
  'engine.param.fibonacci.count.help': 'How many fib calls.',

  'engine.workload.prime-count.name': 'Prime count',
  'engine.workload.prime-count.summary':
    'Count primes below N by trial division, split into equal ranges (later ones cost more).',
  'engine.workload.prime-count.answer': '{answer} primes',
  'engine.workload.prime-count.task': 'primes in [{lo}, {hi})',
  'engine.param.prime-count.limit.label': 'N (count primes below)',
  'engine.param.prime-count.limit.help': 'Upper bound, exclusive.',
  'engine.param.prime-count.ranges.label': 'Ranges (tasks)',
  'engine.param.prime-count.ranges.help': 'The range 0…N is split into this many equal tasks.',

  'engine.workload.mandelbrot.name': 'Mandelbrot',
  'engine.workload.mandelbrot.summary':
    'Each image row is a task; rows through the set cost far more than rows at the edge.',
  'engine.workload.mandelbrot.answer': '{answer} iterations',
  'engine.workload.mandelbrot.task': 'row {row}',
  'engine.param.mandelbrot.width.label': 'Width',
  'engine.param.mandelbrot.width.help': 'Pixels per row.',
  'engine.param.mandelbrot.height.label': 'Height (tasks)',
  'engine.param.mandelbrot.height.help': 'Rows; one task each.',
  'engine.param.mandelbrot.maxIter.label': 'Max iterations',
  'engine.param.mandelbrot.maxIter.help': 'Escape-time cap per pixel.',

  'engine.workload.cost-hash.name': 'Cost hash',
  'engine.workload.cost-hash.summary':
    'For each item, a hash chain of 50,000 · 2^difficulty rounds — cost doubles per step, like bcrypt. Difficulty 8 ≈ 16 ms on a laptop core.',
  'engine.workload.cost-hash.answer': 'Σ = {answer}',
  'engine.param.cost-hash.items.label': 'Items',
  'engine.param.cost-hash.items.help': 'How many hashes; one task each.',
  'engine.param.cost-hash.difficulty.label': 'Difficulty',
  'engine.param.cost-hash.difficulty.help':
    'Cost factor: 50,000 · 2^difficulty rounds per task (8 ≈ 16 ms on a laptop core).',

  // Run settings
  'engine.setting.workers.label': 'Workers',
  'engine.setting.workers.help': 'Pool size; this machine reports {cores} cores.',
  'engine.setting.chunkSize.label': 'Chunk size',
  'engine.setting.chunkSize.help': 'Tasks per message (0 = automatic, like Pool.map: tasks ÷ (4 × workers)).',
  'engine.setting.yieldIntervalMs.label': 'Yield interval',
  'engine.setting.yieldIntervalMs.help': 'The yielding strategy gives the page a turn after this much work.',
  'engine.setting.repetitions.label': 'Repetitions',
  'engine.setting.repetitions.help': 'Timed runs after one untimed warm-up; the median is reported.',
  'engine.setting.failTask.label': 'Fail task',
  'engine.setting.failTask.help': 'Make this task fail, to see what each strategy does (empty = no fault).',

  // Strategies
  'engine.strategy.main-thread.name': 'Main thread',
  'engine.strategy.main-thread.short': 'Main thread',
  'engine.strategy.main-thread.summary':
    'A plain loop on the page’s own thread. The page freezes until it ends.',
  'engine.strategy.main-yielding.name': 'Main thread, yielding',
  'engine.strategy.main-yielding.short': 'Yielding',
  'engine.strategy.main-yielding.summary':
    'The same loop, yielding to the event loop every few ms. Responsive, not faster.',
  'engine.strategy.worker-pool.name': 'Worker pool (Comlink)',
  'engine.strategy.worker-pool.short': 'Worker pool',
  'engine.strategy.worker-pool.summary':
    'Warm Web Workers take chunks of tasks from a queue; results come back by message.',
  'engine.strategy.shared-memory.name': 'SharedArrayBuffer + Atomics',
  'engine.strategy.shared-memory.short': 'Shared memory',
  'engine.strategy.shared-memory.summary':
    'Workers claim tasks from a shared atomic counter and write results into shared memory.',

  // Setup problems (src/engine/issue.ts codes)
  'engine.issue.notNumber': '{label}: "{input}" is not a number (allowed {min} – {max}).',
  'engine.issue.notWhole': '{label} must be a whole number.',
  'engine.issue.tooLow': '{label} must be at least {min}.',
  'engine.issue.tooHigh': '{label} must be at most {max}.',
  'engine.issue.unknownWorkload': 'Unknown workload "{input}"; using {fallback}.',
  'engine.issue.unknownStrategy': 'Unknown strategy "{input}"; using the worker pool.',
  'engine.issue.unknownOrder': 'Unknown result order "{input}"; using submission order.',

  // Sentences the engine writes as English text (matched whole; see the note at the top)
  'engine.text.heavyTooMuch':
    'Tasks × iterations is above 20 billion (minutes of work); make one of them smaller.',
  'engine.text.fibTooLarge': 'The last task would be fib({last}); keep first + step × (tasks − 1) ≤ {max}.',
  'engine.text.primeRanges': 'Ranges cannot exceed N (some would be empty).',
  'engine.text.mandelbrotSize': 'Width × height is above 4 megapixels; make the image smaller.',
  'engine.text.costHashTooMuch': 'Items × 2^difficulty is too large (minutes of work); lower one of them.',
  'engine.text.noModuleWorkers': 'This browser cannot start module workers.',
  'engine.text.notIsolated':
    'SharedArrayBuffer needs cross-origin isolation (COOP: same-origin + COEP: require-corp), and this page is not isolated.',
  'engine.text.taskFault': 'Task {i} ({label}) failed: injected fault.',
  'engine.text.taskThrew': 'Task {i} ({label}) threw: {why}',
  'engine.text.mainCrash':
    'Task {i} failed: injected crash (on the main thread a crash fails the task; only workers can die).',
  'engine.text.workerDied':
    'Worker {lane} died ({why}). Its unfinished tasks were lost; a new worker took its place.',
  'engine.text.workerNoStart': 'Worker {lane} failed to start ({why}).',
  'engine.text.workerNoStartRetry': 'Worker {lane} failed to start; resize() retries.',
  'engine.text.wrongAnswer': '{strategy} computed a wrong answer: {detail}.',
  'engine.text.differentResults': '{strategy} gave different results in two repetitions ({a} vs {b}).',
  'engine.text.unavailable': '{strategy} is unavailable here: {why}',
  'engine.text.uncaught': 'Uncaught Error: {why}',
  'engine.text.workerCrashed': 'Worker crashed: {why}',
  'engine.text.injectedCrash': 'Injected crash at task {i}',
  'engine.text.loadFailed': 'the worker failed to load or threw outside a task',
  'engine.text.messageError': 'a message could not be deserialized',
  'engine.text.workerRetired': 'Worker {lane} was retired: the pool shrank to {n}.',
  'engine.text.noLane': 'No worker on lane {lane}.',
  'engine.text.noRepetition': 'No repetition ran.',
  'engine.text.poolNotRunning': 'The worker pool is not running.',
  'engine.text.sabUnavailable': 'SharedArrayBuffer is unavailable: the page is not cross-origin isolated.',
  'engine.text.cancelled': 'The run was cancelled.',
  'engine.text.heavyOk': 'all {n} sums match x·n(n−1)/2 (mod 2³⁰)',
  'engine.text.heavyBad': 'task {i}: got {got}, expected {want}',
  'engine.text.fibOk': 'all {n} values match iterative fib',
  'engine.text.fibBad': 'fib({arg}): got {got}, expected {want}',
  'engine.text.primeOk': '{n} primes, as the sieve of Eratosthenes counts',
  'engine.text.primeBad': 'counted {n} primes, the sieve says {want}',
  'engine.text.mandelbrotOk': 'counts in range; sample rows match a recomputation',
  'engine.text.mandelbrotRange': 'iteration count {v} is out of range',
  'engine.text.mandelbrotRow': 'row {row}, column {col} differs from a recomputation',
  'engine.text.costHashOk': "all {n} hashes match the chain's closed form ({rounds} rounds each)",
  'engine.text.costHashBad': 'item {i}: got {got}, expected {want}',
} as const;

export const ko: Record<keyof typeof en, string> = {
  'engine.workload.heavy-loop.name': '무거운 루프',
  'engine.workload.heavy-loop.summary':
    '입력 x = 1…작업 수마다 n 미만의 모든 i에 대해 i·x를 더해요. 작업마다 비용이 같아요.',
  'engine.workload.heavy-loop.answer': 'Σ = {answer}',
  'engine.param.heavy-loop.tasks.label': '작업 수',
  'engine.param.heavy-loop.tasks.help': '입력 x의 개수예요. 입력 하나가 작업 하나예요.',
  'engine.param.heavy-loop.n.label': '작업당 반복 횟수',
  'engine.param.heavy-loop.n.help':
    '루프 길이 n이에요. 노트북 코어에서 반복 한 번에 약 1 ns 걸려요. 합은 2³⁰으로 나눈 나머지로 계산해요.',

  'engine.workload.fibonacci.name': '피보나치',
  'engine.workload.fibonacci.summary':
    'first, first+step, …에 대해 단순 재귀 fib를 계산해요. 작업마다 앞 작업보다 약 1.6배 비싸요.',
  'engine.workload.fibonacci.answer': 'Σ fib = {answer}',
  'engine.param.fibonacci.first.label': '첫 n',
  'engine.param.fibonacci.first.help': '첫 작업의 인자예요.',
  'engine.param.fibonacci.step.label': '간격',
  'engine.param.fibonacci.step.help': '다음 작업으로 갈 때마다 n에 더하는 값이에요.',
  'engine.param.fibonacci.count.label': '작업 수',
  'engine.param.fibonacci.count.help': 'fib를 몇 번 호출할지예요.',

  'engine.workload.prime-count.name': '소수 세기',
  'engine.workload.prime-count.summary':
    'N 미만의 소수를 시행 나눗셈으로 세요. 같은 폭의 구간으로 나누는데, 뒤 구간일수록 비싸요.',
  'engine.workload.prime-count.answer': '소수 {answer}개',
  'engine.workload.prime-count.task': '[{lo}, {hi}) 구간의 소수',
  'engine.param.prime-count.limit.label': 'N (이 값 미만의 소수)',
  'engine.param.prime-count.limit.help': '상한이에요(N 자체는 포함하지 않아요).',
  'engine.param.prime-count.ranges.label': '구간 수 (작업 수)',
  'engine.param.prime-count.ranges.help': '0…N 범위를 이 개수만큼 같은 크기의 작업으로 나눠요.',

  'engine.workload.mandelbrot.name': '망델브로 집합',
  'engine.workload.mandelbrot.summary':
    '이미지의 행 하나가 작업 하나예요. 집합을 지나는 행은 가장자리 행보다 훨씬 비싸요.',
  'engine.workload.mandelbrot.answer': '반복 {answer}회',
  'engine.workload.mandelbrot.task': '{row}행',
  'engine.param.mandelbrot.width.label': '너비',
  'engine.param.mandelbrot.width.help': '행 하나의 픽셀 수예요.',
  'engine.param.mandelbrot.height.label': '높이 (작업 수)',
  'engine.param.mandelbrot.height.help': '행 수예요. 행 하나가 작업 하나예요.',
  'engine.param.mandelbrot.maxIter.label': '최대 반복 횟수',
  'engine.param.mandelbrot.maxIter.help': '픽셀마다 탈출 판정까지 반복하는 상한이에요.',

  'engine.workload.cost-hash.name': '비용 해시',
  'engine.workload.cost-hash.summary':
    '항목마다 50,000 · 2^난이도 라운드의 해시 체인을 계산해요. bcrypt처럼 난이도가 1 오를 때마다 비용이 두 배가 돼요. 난이도 8이면 노트북 코어에서 약 16 ms예요.',
  'engine.workload.cost-hash.answer': 'Σ = {answer}',
  'engine.param.cost-hash.items.label': '항목 수',
  'engine.param.cost-hash.items.help': '해시를 몇 개 계산할지예요. 항목 하나가 작업 하나예요.',
  'engine.param.cost-hash.difficulty.label': '난이도',
  'engine.param.cost-hash.difficulty.help':
    '비용 인자예요. 작업마다 50,000 · 2^난이도 라운드를 돌아요(8이면 노트북 코어에서 약 16 ms).',

  'engine.setting.workers.label': '워커 수',
  'engine.setting.workers.help': '풀 크기예요. 이 컴퓨터는 코어를 {cores}개로 보고해요.',
  'engine.setting.chunkSize.label': '청크 크기',
  'engine.setting.chunkSize.help':
    '메시지 하나에 담는 작업 수예요 (0 = 자동, Pool.map과 같은 규칙: 작업 수 ÷ (4 × 워커 수)).',
  'engine.setting.yieldIntervalMs.label': '양보 간격',
  'engine.setting.yieldIntervalMs.help': '양보 전략은 이만큼 일한 뒤 페이지에 차례를 넘겨요.',
  'engine.setting.repetitions.label': '측정 횟수',
  'engine.setting.repetitions.help':
    '시간을 재지 않는 워밍업 1회 뒤에 시간을 재는 실행 횟수예요. 중앙값을 보여 줘요.',
  'engine.setting.failTask.label': '실패시킬 작업',
  'engine.setting.failTask.help':
    '이 작업을 일부러 실패시켜 전략마다 어떻게 되는지 봐요 (비워 두면 실패 없음).',

  'engine.strategy.main-thread.name': '메인 스레드',
  'engine.strategy.main-thread.short': '메인 스레드',
  'engine.strategy.main-thread.summary':
    '페이지 자신의 스레드에서 도는 평범한 루프예요. 끝날 때까지 페이지가 멈춰요.',
  'engine.strategy.main-yielding.name': '메인 스레드 + 양보',
  'engine.strategy.main-yielding.short': '양보',
  'engine.strategy.main-yielding.summary':
    '같은 루프지만 몇 ms마다 이벤트 루프에 제어권을 양보해요. 반응성은 좋아지지만 빨라지지는 않아요.',
  'engine.strategy.worker-pool.name': '워커 풀 (Comlink)',
  'engine.strategy.worker-pool.short': '워커 풀',
  'engine.strategy.worker-pool.summary':
    '미리 띄워 둔 Web Worker들이 큐에서 작업 청크를 가져가고, 결과는 메시지로 돌아와요.',
  'engine.strategy.shared-memory.name': 'SharedArrayBuffer + Atomics',
  'engine.strategy.shared-memory.short': '공유 메모리',
  'engine.strategy.shared-memory.summary':
    '워커들이 공유 원자적 카운터로 작업을 가져가고, 결과를 공유 메모리에 바로 써요.',

  'engine.issue.notNumber': '{label}: 숫자가 아니에요("{input}"). 허용 범위는 {min} – {max}예요.',
  'engine.issue.notWhole': '{label}: 정수여야 해요.',
  'engine.issue.tooLow': '{label}: {min} 이상이어야 해요.',
  'engine.issue.tooHigh': '{label}: {max} 이하여야 해요.',
  'engine.issue.unknownWorkload': '알 수 없는 워크로드예요("{input}"). 대신 {fallback} 워크로드를 사용해요.',
  'engine.issue.unknownStrategy': '알 수 없는 전략이에요("{input}"). 대신 워커 풀을 사용해요.',
  'engine.issue.unknownOrder': '알 수 없는 결과 순서예요("{input}"). 대신 제출 순서를 사용해요.',

  'engine.text.heavyTooMuch':
    '작업 수 × 반복 횟수가 200억을 넘어요(몇 분 걸리는 양이에요). 둘 중 하나를 줄여 주세요.',
  'engine.text.fibTooLarge':
    '마지막 작업이 fib({last})가 돼요. first + step × (작업 수 − 1) ≤ {max}가 되게 맞춰 주세요.',
  'engine.text.primeRanges': '구간 수는 N보다 클 수 없어요(빈 구간이 생겨요).',
  'engine.text.mandelbrotSize': '너비 × 높이가 4메가픽셀을 넘어요. 이미지를 줄여 주세요.',
  'engine.text.costHashTooMuch':
    '항목 수 × 2^난이도가 너무 커요(몇 분 걸리는 양이에요). 둘 중 하나를 낮춰 주세요.',
  'engine.text.noModuleWorkers': '이 브라우저는 모듈 워커를 시작할 수 없어요.',
  'engine.text.notIsolated':
    'SharedArrayBuffer를 쓰려면 교차 출처 격리(COOP: same-origin + COEP: require-corp)가 필요한데, 이 페이지는 격리되어 있지 않아요.',
  'engine.text.taskFault': '작업 {i} ({label}) 실패: 일부러 넣은 오류예요.',
  'engine.text.taskThrew': '작업 {i} ({label})에서 예외가 발생했어요: {why}',
  'engine.text.mainCrash':
    '작업 {i} 실패: 일부러 넣은 크래시예요 (메인 스레드에서는 크래시가 작업 실패로 처리돼요. 죽을 수 있는 건 워커뿐이에요).',
  'engine.text.workerDied':
    '{lane}번 워커가 죽었어요 ({why}). 끝나지 않은 작업은 사라졌고, 새 워커가 자리를 대신했어요.',
  'engine.text.workerNoStart': '{lane}번 워커를 시작하지 못했어요 ({why}).',
  'engine.text.workerNoStartRetry': '{lane}번 워커를 시작하지 못했어요. resize()가 다시 시도해요.',
  'engine.text.wrongAnswer': '{strategy}의 답이 틀렸어요: {detail}.',
  'engine.text.differentResults': '{strategy}의 두 측정 결과가 서로 달라요 ({a} vs {b}).',
  'engine.text.unavailable': '{strategy}: 이 환경에서는 쓸 수 없어요. {why}',
  'engine.text.uncaught': '처리되지 않은 오류: {why}',
  'engine.text.workerCrashed': '워커 크래시: {why}',
  'engine.text.injectedCrash': '작업 {i}에서 일부러 낸 크래시',
  'engine.text.loadFailed': '워커를 불러오지 못했거나 작업 밖에서 예외가 발생했어요',
  'engine.text.messageError': '메시지를 역직렬화하지 못했어요',
  'engine.text.workerRetired': '{lane}번 워커를 내렸어요. 풀이 워커 {n}개로 줄었어요.',
  'engine.text.noLane': '{lane}번 레인에 워커가 없어요.',
  'engine.text.noRepetition': '측정이 한 번도 실행되지 않았어요.',
  'engine.text.poolNotRunning': '워커 풀이 실행 중이 아니에요.',
  'engine.text.sabUnavailable': 'SharedArrayBuffer를 쓸 수 없어요. 페이지가 교차 출처 격리 상태가 아니에요.',
  'engine.text.cancelled': '실행을 취소했어요.',
  'engine.text.heavyOk': '합 {n}개가 모두 x·n(n−1)/2 (mod 2³⁰)와 일치해요',
  'engine.text.heavyBad': '작업 {i}: 결과 {got}, 기댓값 {want}',
  'engine.text.fibOk': '값 {n}개가 모두 반복문 fib와 일치해요',
  'engine.text.fibBad': 'fib({arg}): 결과 {got}, 기댓값 {want}',
  'engine.text.primeOk': '소수 {n}개, 에라토스테네스의 체로 센 값과 같아요',
  'engine.text.primeBad': '소수를 {n}개 셌지만 체로 세면 {want}개예요',
  'engine.text.mandelbrotOk': '반복 횟수가 모두 범위 안이고, 표본 행이 다시 계산한 값과 일치해요',
  'engine.text.mandelbrotRange': '반복 횟수 {v}: 범위를 벗어났어요',
  'engine.text.mandelbrotRow': '{row}행 {col}열이 다시 계산한 값과 달라요',
  'engine.text.costHashOk': '해시 {n}개가 모두 체인의 닫힌 형식과 일치해요 (각 {rounds} 라운드)',
  'engine.text.costHashBad': '항목 {i}: 결과 {got}, 기댓값 {want}',
};
