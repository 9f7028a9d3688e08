// Text of the CPU chapters (src/tutorial/chapters.ts), keyed learn.<chapter id>.*. Paragraphs may
// use `code` in backticks; {placeholders} are filled from the measured numbers. In Korean, avoid a
// particle right after a placeholder (은/는 depends on how the number is read): use ":" or a noun.
export const en = {
  // 1. One core, one loop
  'learn.one-loop.title': 'One core, one loop',
  'learn.one-loop.p1':
    'JavaScript on a web page runs on one thread, the main thread. It runs your code, and between your code it paints the screen and answers clicks and key presses. While a loop runs, nothing else does.',
  'learn.one-loop.p2':
    'Python’s plain `for` loop or `map()` behave the same way: one core does all the work, one item after another. This chapter measures that baseline: eight tasks of 40 million additions each, run right here on the main thread.',
  'learn.one-loop.p3':
    'Watch the heartbeat: a dot moved by the page’s own animation frames. When the main thread is busy, there are no frames.',
  'learn.one-loop.question': 'While the loop runs, what will the heartbeat dot do?',
  'learn.one-loop.choice.smooth': 'Keep moving smoothly',
  'learn.one-loop.choice.janky': 'Stutter, but keep moving',
  'learn.one-loop.choice.frozen': 'Stop until the loop is done',
  'learn.one-loop.variant.main': 'Main thread',
  'learn.one-loop.evidence': 'longest frame {frame}',
  'learn.one-loop.rb.time':
    'The loop ({tasks} × {n} iterations) took {median} on the main thread (median of {reps} runs, {range}): about {ns} ns per iteration.',
  'learn.one-loop.rb.frames':
    'Meanwhile the page could not paint. Longest frame: {frame}; frames over 50 ms: {over}; blocked in total: {blocked}. A click in that time waits until the loop is done.',
  'learn.one-loop.rb.baseline':
    'The baseline: {median}. Every speedup in the next chapters is this time divided by theirs.',
  'learn.one-loop.tryit':
    'Double “{field}” to 80,000,000 and press {button}: the time doubles, and so does the freeze.',
  'learn.one-loop.pointer':
    'Watch this dot while the chapter runs: it moves once for every frame the page paints.',

  // 2. Yielding
  'learn.yielding.title': 'Yielding: responsive, not faster',
  'learn.yielding.p1':
    'The main thread can share its time: do some work, hand the event loop a turn so it can paint and handle input, then carry on. Here the loop yields whenever it has worked for 50 ms, with `scheduler.yield()` where the browser has it.',
  'learn.yielding.p2':
    'In Python’s asyncio that is `await asyncio.sleep(0)`: the coroutine steps aside so other coroutines can run. It is still one thread on one core.',
  'learn.yielding.p3':
    'The trade-off is the yield interval. Yield often and the page stays smooth, but every turn costs time; yield rarely and the page stutters. This chapter runs the plain loop and the yielding loop on the same work.',
  'learn.yielding.question': 'Compared with the plain loop, how long will the yielding loop take?',
  'learn.yielding.choice.faster': 'Less time: yielding makes it faster',
  'learn.yielding.choice.same': 'About the same (within 10%)',
  'learn.yielding.choice.slower': 'Noticeably longer (more than 10%)',
  'learn.yielding.variant.main': 'Plain loop',
  'learn.yielding.variant.yielding': 'Yielding every {interval}',
  'learn.yielding.evidence': 'the yielding loop took {ratio} the plain loop’s time',
  'learn.yielding.rb.time': 'The plain loop took {main}; the yielding loop took {yielding} ({change}).',
  'learn.yielding.rb.longer': '{pct} longer',
  'learn.yielding.rb.shorter': '{pct} shorter',
  'learn.yielding.rb.equal': 'practically the same',
  'learn.yielding.rb.yields': 'It gave the event loop {yields} turns per run, about {perYield} each.',
  'learn.yielding.rb.yieldCount': 'It gave the event loop {yields} turns per run.',
  'learn.yielding.rb.frames':
    'Longest frame: {main} with the plain loop, {yielding} while yielding. Between slices the page painted and could answer clicks.',
  'learn.yielding.rb.framesSame':
    'Longest frame: {main} with the plain loop, {yielding} while yielding. This time yielding did not make the page noticeably smoother.',
  'learn.yielding.rb.lesson':
    'Same core, same work, plus a turn for the event loop every {interval}: yielding buys responsiveness, not speed.',
  'learn.yielding.tryit':
    'Set “{field}” to 5 ms and press {button}: more turns, smoother frames, and a longer total.',
  'learn.yielding.pointer':
    'Keep an eye on this dot during both runs: first the plain loop, then the yielding one.',

  // 3. A pool of workers
  'learn.pool.title': 'A pool of workers',
  'learn.pool.p1':
    'A Web Worker is a real thread with its own event loop. The pool here starts one worker per core (this machine reports {cores}), warms them up before timing, and hands them tasks from a queue; results come back as messages.',
  'learn.pool.p2':
    'That is Python’s `multiprocessing.Pool.map` or `ProcessPoolExecutor.map`: separate processes (to get past the GIL), each taking items, the results collected in order. Like processes, workers share no variables: everything crosses as a copy.',
  'learn.pool.p3':
    'Speedup is the main thread’s time divided by the pool’s; efficiency is the speedup divided by the workers. The ideal is one × per core. Starting the workers takes time of its own, measured separately.',
  'learn.pool.question':
    'How much faster than the main thread will {cores} workers be on your {cores} cores?',
  'learn.pool.choice.slower': 'Slower than the main thread ({range})',
  'learn.pool.choice.same': 'About the same ({range})',
  'learn.pool.choice.some': 'Faster, but well short of {cores}× ({range})',
  'learn.pool.choice.near': 'Close to {cores}× ({range})',
  'learn.pool.choice.more': 'More than one × per core ({range})',
  'learn.pool.variant.main': 'Main thread',
  'learn.pool.variant.pool': 'Worker pool, {workers} workers',
  'learn.pool.evidence': 'speedup {speedup}',
  'learn.pool.rb.speedup':
    'Your {cores} cores gave {speedup}: {eff} of the ideal {ideal}. The main thread took {main}, the pool of {workers} workers {pool}; a perfect split would take {idealMs}.',
  'learn.pool.rb.startup':
    'Starting the workers took {startup}, measured separately before any timing. The pool stays warm between runs, like a Pool you keep open.',
  'learn.pool.rb.frames':
    'The page stayed responsive too. Longest frame: {pool} with the pool, {main} on the main thread.',
  'learn.pool.rb.gap':
    'The missing {gap} is overhead: messages to and from the workers, the browser’s own work on the same cores, and {tasks} tasks that may not divide evenly over {workers} workers.',
  'learn.pool.tryit':
    'Set “{field}” to {twice} (twice your cores) and press {button}: the extra workers share the same cores, so the speedup does not grow.',

  // 4. Chunk size
  'learn.chunks.title': 'Chunk size',
  'learn.chunks.p1':
    'Every message to a worker costs something: copying the arguments, waking the worker, sending the result back, tens of microseconds in all. For a 100 ms task that is nothing; for a 20 µs task it is more than the task.',
  'learn.chunks.p2':
    'So pools send tasks in chunks. Python’s `Pool.map` picks `chunksize` = tasks ÷ (4 × workers) by default, and so does this pool (`autoChunkSize`). Four chunks per worker keeps messages few and still leaves room to balance.',
  'learn.chunks.p3':
    'This chapter runs 500 tiny tasks (about 20 µs each) with one task per message, with the automatic size, and with everything in a single message.',
  'learn.chunks.question': 'Which chunk size finishes the 500 tasks first?',
  'learn.chunks.choice.one': 'Chunk size 1: one message per task',
  'learn.chunks.choice.auto': 'Automatic: {chunk} tasks per message',
  'learn.chunks.choice.whole': 'All {tasks} tasks in one message',
  'learn.chunks.variant.main': 'Main thread',
  'learn.chunks.variant.one': 'Chunk size {chunk}',
  'learn.chunks.variant.auto': 'Automatic (chunk {chunk})',
  'learn.chunks.variant.whole': 'One chunk of {chunk}',
  'learn.chunks.evidence': 'the fastest was chunk size {chunk}, at {ms}',
  'learn.chunks.rb.oneSlow':
    'One task per message: {ms}. With {msgs} messages to the workers and {msgs} back, that is {times} slower than the main thread alone ({main}).',
  'learn.chunks.rb.oneFast':
    'One task per message: {ms}. Even with {msgs} messages to the workers and {msgs} back, it was {times} faster than the main thread alone ({main}).',
  'learn.chunks.rb.perMessage': 'Compared with automatic chunks, each extra message cost about {per}.',
  'learn.chunks.rb.auto':
    'Automatic, {chunk} tasks per chunk ({msgs} messages each way): {ms}, a speedup of {speedup}.',
  'learn.chunks.rb.whole':
    'One chunk of {tasks}: {ms}. One worker did everything while {idle} of {workers} workers sat idle (speedup {speedup}).',
  'learn.chunks.tryit':
    'Set “{field}” to 10 and press {button}: 50 messages instead of 500. How close does it get to automatic?',
  'learn.chunks.pointer':
    'This is the rule the pool uses to pick a chunk size: the same one as Python’s Pool.map.',

  // 5. Completion order
  'learn.order.title': 'Completion order',
  'learn.order.p1':
    'A pool can hand results back in the order the tasks were submitted, or as soon as each one finishes. Submission order is convenient (result i belongs to input i), but a finished result must wait for every slower one before it.',
  'learn.order.p2':
    'Python has both: `pool.map` and `executor.map` keep submission order; `imap_unordered` and `as_completed` yield results as they complete.',
  'learn.order.p3':
    'Here each task is one row of a Mandelbrot picture, sent one row per message. Rows through the middle of the set cost far more than rows at the edge, so tasks finish out of order.',
  'learn.order.question': 'In completion order, how many rows will arrive ahead of a row submitted earlier?',
  'learn.order.choice.none': 'None: they still arrive in submission order',
  'learn.order.choice.few': 'A few (under 10%)',
  'learn.order.choice.many': 'Many (10% or more)',
  'learn.order.variant.submission': 'Submission order (map)',
  'learn.order.variant.completion': 'Completion order (as_completed)',
  'learn.order.evidence': '{k} of {n} rows overtook an earlier one',
  'learn.order.rb.completion':
    'Completion order: {k} of {n} rows ({pct}) arrived before a row submitted earlier, each as soon as it was done.',
  'learn.order.rb.submission':
    'Submission order: every row waited for all rows before it. A finished row waited {mean} on average, and up to {max} ({label}), before it was handed over.',
  'learn.order.rb.total':
    'Total time: {sub} in submission order, {comp} in completion order. The order decides when you see each result, not how long the work takes.',
  'learn.order.tryit':
    'Keep completion order and set “{field}” to 0 (automatic), then press {button}: results now arrive a whole chunk at a time, so fewer rows can overtake.',

  // 6. Unequal tasks
  'learn.unequal.title': 'Unequal tasks',
  'learn.unequal.p1':
    'Real tasks are rarely equal. Here task k is a naive recursive fib(24 + k): each costs about 1.6 times the one before, so the last task alone is over a third of all the work.',
  'learn.unequal.p2':
    'A static split deals the tasks out up front, one block per worker ({cores} here), like `Pool.map` with `chunksize=len(items) // workers`. Dynamic claiming lets each worker take the next task when it is free (`chunksize=1`, `imap`).',
  'learn.unequal.p3':
    'Watch the lanes: an empty stretch in a lane is a core doing nothing while work waits elsewhere.',
  'learn.unequal.question': 'Each task is about 1.6× the one before. Which split finishes first?',
  'learn.unequal.choice.static': 'The static split: each worker gets an equal share up front',
  'learn.unequal.choice.dynamic': 'Dynamic claiming: the next free worker takes the next task',
  'learn.unequal.choice.same': 'About the same (within 10%)',
  'learn.unequal.variant.main': 'Main thread',
  'learn.unequal.variant.static': 'Static split ({chunk} per worker)',
  'learn.unequal.variant.dynamic': 'Dynamic (one at a time)',
  'learn.unequal.evidence': 'static {static}, dynamic {dynamic}',
  'learn.unequal.rb.static':
    'Static split ({chunk} tasks per worker): {ms}, a speedup of {speedup}. While the big tasks piled up on worker {busyLane}, the lane of worker {idleLane} stood empty for {idle} ({idlePct} of the run).',
  'learn.unequal.rb.staticOne':
    'Static split: {ms}, a speedup of {speedup}. With one worker there is nothing to split.',
  'learn.unequal.rb.dynamic':
    'Dynamic claiming: {ms}, a speedup of {speedup}. The biggest task, {label}, took {longest} by itself: no schedule can finish sooner than that.',
  'learn.unequal.rb.bound':
    'The best possible here is max(total work ÷ cores, biggest task) = {bound}. Dynamic claiming reached {pct} of that speed.',
  'learn.unequal.tryit':
    'Try it on Mandelbrot rows: this opens a static split (one block of rows per worker). Press {button}, then set “{field}” to 1 and run again: the middle rows are the expensive ones.',

  // 7. Shared memory and atomics
  'learn.shared.title': 'Shared memory and atomics',
  'learn.shared.p1':
    'Workers normally share nothing and talk in messages. A `SharedArrayBuffer` is memory several workers see at once: results can be written in place, and a counter in it can hand out tasks without any message. Browsers allow it only on cross-origin isolated pages.',
  'learn.shared.p2':
    'Two workers adding 1 to the same counter can both read 5 and both write 6. `Atomics.add` does the read and the write as one indivisible step and returns the old value, so every task index is claimed exactly once.',
  'learn.shared.p3':
    'Python has `multiprocessing.shared_memory` for the data and `Value` with a `Lock` (or a `Manager`) for the counter. There a claim is a lock taken across processes, and through a `Manager` a round trip to a server process, so fine-grained sharing is slow. Here it is one CPU instruction.',
  'learn.shared.question': 'Both hand out one task at a time. Which finishes the 500 small tasks first?',
  'learn.shared.choice.pool': 'The worker pool, with one message per task',
  'learn.shared.choice.shared': 'Shared memory, with one Atomics.add per task',
  'learn.shared.choice.same': 'About the same (within 10%)',
  'learn.shared.variant.main': 'Main thread',
  'learn.shared.variant.pool': 'Worker pool, chunk {chunk}',
  'learn.shared.variant.shared': 'Shared memory, claim {chunk}',
  'learn.shared.evidence': 'pool {pool}, shared memory {shared}',
  'learn.shared.rb.pool':
    'Worker pool, one message per task: {ms}. {msgs} messages went out and as many came back (speedup {speedup}).',
  'learn.shared.rb.sharedFaster':
    'Shared memory, one Atomics.add per task: {ms}, {ratio} faster than the pool. {claims} claims on one counter; the {workers} workers wrote results straight into shared memory and sent one reply each at the end (speedup {speedup}).',
  'learn.shared.rb.sharedSlower':
    'Shared memory, one Atomics.add per task: {ms}, {ratio} slower than the pool this time, with {claims} claims on one counter by {workers} workers (speedup {speedup}).',
  'learn.shared.rb.perTask':
    'Scheduling cost per task beyond a perfect split: about {pool} with messages, {shared} with the shared counter.',
  'learn.shared.rb.unavailable': 'Shared memory could not run here: {why}',
  'learn.shared.tryit':
    'Set “{field}” to 0: shared memory then claims several tasks per Atomics.add (tasks ÷ (16 × workers)). Press {button} to see it next to the pool’s automatic chunks.',
  'learn.shared.pointer':
    'This is the loop every worker runs: claim an index with Atomics.add, compute, write the result in place.',

  // 10. Amdahl's law
  'learn.amdahl.title': 'Amdahl’s law',
  'learn.amdahl.p1':
    'If a fraction s of a program cannot run in parallel, p cores give at most 1 / (s + (1 − s) / p). With s = 5%, no number of cores beats 20×. The serial part may be setup, merging results, or one task that cannot be split.',
  'learn.amdahl.p2':
    'The scaling sweep measures the main thread once, then the pool with 1, 2, … up to twice your {cores} cores, and fits s to the measured speedups by least squares. Workers beyond your cores only take turns on them.',
  'learn.amdahl.p3':
    'A fitted s counts everything that did not parallelise on this machine: real serial work, messages, uneven splits, and whatever else ran on the same cores.',
  'learn.amdahl.question':
    'The sweep goes up to {max} workers on your {cores} cores. What will {max} workers give?',
  'learn.amdahl.choice.little': 'Hardly a speedup ({range})',
  'learn.amdahl.choice.cores': 'About {cores}×: capped by the cores ({range})',
  'learn.amdahl.choice.workers': 'About {max}×: one × per worker ({range})',
  'learn.amdahl.evidence': '{n} workers gave {speedup}',
  'learn.amdahl.rb.point': 'n = {n}: {speedup}',
  'learn.amdahl.rb.points': 'Measured speedups against the main thread ({baseline}): {list}.',
  'learn.amdahl.rb.fit': 'Fitted serial fraction s ≈ {s}: at most {limit}, however many cores you add.',
  'learn.amdahl.rb.far': 'With s = {s}, even 64 cores would give only {s64}.',
  'learn.amdahl.rb.fitZero':
    'Fitted serial fraction ≈ 0%: these runs scaled as well as the ideal, so no serial limit shows at this size.',
  'learn.amdahl.rb.fitOne': 'Fitted serial fraction ≈ 100%: more workers did not help at all here.',
  'learn.amdahl.rb.noFit':
    'With one core the serial fraction cannot be estimated: every worker count ran on the same core.',
  'learn.amdahl.rb.cores':
    'Past your {cores} cores, extra workers only take turns: {max} workers gave {sMax}, as many workers as cores {sCores}.',
  'learn.amdahl.tryit':
    'Set “{field}” to 3 and press {button}. When tasks are few or do not divide evenly, cores sit idle at the end, and the fit reports a large “serial” fraction although nothing in the code is serial.',
} as const;

export const ko: Record<keyof typeof en, string> = {
  // 1. 코어 하나, 루프 하나
  'learn.one-loop.title': '코어 하나, 루프 하나',
  'learn.one-loop.p1':
    '웹 페이지의 JavaScript는 메인 스레드 하나에서 돌아요. 우리 코드를 실행하는 것도, 그 틈틈이 화면을 그리고 클릭이나 키 입력에 반응하는 것도 모두 이 스레드의 일이에요. 그래서 루프가 도는 동안에는 다른 일이 전혀 일어나지 않아요.',
  'learn.one-loop.p2':
    '파이썬의 평범한 `for` 루프나 `map()`도 똑같아요. 코어 하나가 항목을 하나씩 차례로 처리하죠. 이 장에서는 그 기준선을 재요. 4,000만 번 더하는 작업 8개를 바로 이 페이지의 메인 스레드에서 돌려요.',
  'learn.one-loop.p3':
    '하트비트를 지켜보세요. 페이지의 애니메이션 프레임마다 움직이는 점이에요. 메인 스레드가 바쁘면 프레임도 오지 않아요.',
  'learn.one-loop.question': '루프가 도는 동안 하트비트 점은 어떻게 될까요?',
  'learn.one-loop.choice.smooth': '계속 부드럽게 움직인다',
  'learn.one-loop.choice.janky': '끊기지만 계속 움직인다',
  'learn.one-loop.choice.frozen': '루프가 끝날 때까지 멈춘다',
  'learn.one-loop.variant.main': '메인 스레드',
  'learn.one-loop.evidence': '가장 긴 프레임 {frame}',
  'learn.one-loop.rb.time':
    '루프(작업 {tasks}개 × {n}회 반복)가 메인 스레드에서 {median} 걸렸어요({reps}회 측정의 중앙값, 범위 {range}). 반복 한 번에 약 {ns} ns인 셈이에요.',
  'learn.one-loop.rb.frames':
    '그동안 페이지는 화면을 그리지 못했어요. 가장 긴 프레임 {frame}, 50 ms를 넘긴 프레임 {over}개, 막힌 시간 합계 {blocked}. 그사이에 누른 클릭은 루프가 끝날 때까지 기다려요.',
  'learn.one-loop.rb.baseline':
    '기준선: {median}. 다음 장들의 속도 향상은 모두 이 시간을 각자의 시간으로 나눈 값이에요.',
  'learn.one-loop.tryit':
    '‘{field}’ 값을 80,000,000으로 두 배 늘리고 ‘{button}’ 버튼을 눌러 보세요. 걸리는 시간도, 페이지가 멈춰 있는 시간도 두 배가 돼요.',
  'learn.one-loop.pointer':
    '실행하는 동안 이 점을 지켜보세요. 페이지가 프레임을 하나 그릴 때마다 한 번씩 움직여요.',

  // 2. 양보
  'learn.yielding.title': '양보(yield): 반응성은 얻고, 속도는 그대로',
  'learn.yielding.p1':
    '메인 스레드는 시간을 나눠 쓸 수 있어요. 일을 조금 하고, 이벤트 루프에 차례를 넘겨 화면을 그리고 입력을 처리하게 한 다음, 다시 이어서 하는 거죠. 여기서는 루프가 50 ms 일할 때마다 양보하고, 브라우저가 지원하면 `scheduler.yield()`를 써요.',
  'learn.yielding.p2':
    '파이썬 asyncio로 치면 `await asyncio.sleep(0)`이에요. 코루틴이 잠깐 비켜서서 다른 코루틴이 돌 수 있게 하는 거죠. 그래도 여전히 스레드 하나, 코어 하나예요.',
  'learn.yielding.p3':
    '관건은 양보 간격이에요. 자주 양보하면 화면은 부드럽지만 차례를 넘길 때마다 시간이 들고, 드물게 양보하면 화면이 끊겨요. 이 장에서는 같은 작업을 평범한 루프와 양보하는 루프로 각각 돌려 봐요.',
  'learn.yielding.question': '평범한 루프와 비교하면, 양보하는 루프는 시간이 얼마나 걸릴까요?',
  'learn.yielding.choice.faster': '덜 걸린다: 양보하면 빨라진다',
  'learn.yielding.choice.same': '거의 같다(10% 이내)',
  'learn.yielding.choice.slower': '눈에 띄게 더 걸린다(10% 넘게)',
  'learn.yielding.variant.main': '평범한 루프',
  'learn.yielding.variant.yielding': '{interval}마다 양보',
  'learn.yielding.evidence': '양보하는 루프가 평범한 루프 시간의 {ratio}',
  'learn.yielding.rb.time': '평범한 루프 {main}, 양보하는 루프 {yielding}({change}).',
  'learn.yielding.rb.longer': '{pct} 더 걸림',
  'learn.yielding.rb.shorter': '{pct} 덜 걸림',
  'learn.yielding.rb.equal': '사실상 같음',
  'learn.yielding.rb.yields':
    '실행마다 이벤트 루프에 {yields}번 차례를 넘겼고, 한 번에 약 {perYield}씩 들었어요.',
  'learn.yielding.rb.yieldCount': '실행마다 이벤트 루프에 {yields}번 차례를 넘겼어요.',
  'learn.yielding.rb.frames':
    '가장 긴 프레임: 평범한 루프 {main}, 양보하는 루프 {yielding}. 조각 사이사이에 페이지가 화면을 그리고 클릭에도 반응할 수 있었어요.',
  'learn.yielding.rb.framesSame':
    '가장 긴 프레임: 평범한 루프 {main}, 양보하는 루프 {yielding}. 이번에는 양보해도 화면이 눈에 띄게 부드러워지지 않았어요.',
  'learn.yielding.rb.lesson':
    '같은 코어, 같은 작업에 {interval}마다 이벤트 루프 차례가 더해졌을 뿐이에요. 양보로 얻는 건 반응성이지 속도가 아니에요.',
  'learn.yielding.tryit':
    '‘{field}’ 값을 5 ms로 바꾸고 ‘{button}’ 버튼을 눌러 보세요. 차례를 더 자주 넘기니 프레임은 더 부드러워지고, 전체 시간은 더 길어져요.',
  'learn.yielding.pointer':
    '두 번의 실행 내내 이 점을 지켜보세요. 먼저 평범한 루프, 그다음 양보하는 루프예요.',

  // 3. 워커 풀
  'learn.pool.title': '워커 풀',
  'learn.pool.p1':
    '웹 워커는 자기만의 이벤트 루프를 가진 진짜 스레드예요. 여기 풀은 코어마다 워커를 하나씩 띄워(이 컴퓨터는 코어가 {cores}개라고 알려 줘요) 측정 전에 미리 데워 두고, 큐에서 작업을 꺼내 나눠 줘요. 결과는 메시지로 돌아와요.',
  'learn.pool.p2':
    '파이썬의 `multiprocessing.Pool.map`이나 `ProcessPoolExecutor.map`에 해당해요. GIL을 피하려고 프로세스를 따로 띄우고, 각자 항목을 가져가 처리하고, 결과는 순서대로 모으죠. 프로세스처럼 워커도 변수를 공유하지 않아서 주고받는 건 전부 복사본이에요.',
  'learn.pool.p3':
    '속도 향상(speedup)은 메인 스레드 시간을 풀의 시간으로 나눈 값이고, 효율은 그 값을 워커 수로 나눈 값이에요. 이상적으로는 코어 하나당 1배씩이에요. 워커를 띄우는 시간은 따로 재요.',
  'learn.pool.question': '코어 {cores}개에서 워커 {cores}개는 메인 스레드보다 얼마나 빠를까요?',
  'learn.pool.choice.slower': '메인 스레드보다 느리다({range})',
  'learn.pool.choice.same': '거의 같다({range})',
  'learn.pool.choice.some': '빨라지지만 {cores}배에는 한참 못 미친다({range})',
  'learn.pool.choice.near': '{cores}배에 가깝다({range})',
  'learn.pool.choice.more': '코어당 1배보다 더 빠르다({range})',
  'learn.pool.variant.main': '메인 스레드',
  'learn.pool.variant.pool': '워커 풀, 워커 {workers}개',
  'learn.pool.evidence': '속도 향상 {speedup}',
  'learn.pool.rb.speedup':
    '코어 {cores}개로 {speedup} 빨라졌어요. 이상적인 {ideal} 대비 {eff}예요. 메인 스레드 {main}, 워커 {workers}개짜리 풀 {pool}, 완벽하게 나눴다면 {idealMs}.',
  'learn.pool.rb.startup':
    '워커를 띄우는 데 {startup} 걸렸어요. 측정 전에 따로 잰 시간이에요. 풀은 실행 사이에도 살아 있어요. 파이썬에서 Pool을 열어 둔 채 재사용하는 것과 같아요.',
  'learn.pool.rb.frames': '페이지 반응성도 유지됐어요. 가장 긴 프레임: 풀 {pool}, 메인 스레드 {main}.',
  'learn.pool.rb.gap':
    '모자란 {gap}는 오버헤드예요. 워커와 주고받는 메시지, 같은 코어에서 도는 브라우저 자체의 일, 그리고 작업 {tasks}개가 워커 {workers}개에 고르게 나눠지지 않는 몫까지요.',
  'learn.pool.tryit':
    '‘{field}’ 값을 {twice}(코어 수의 두 배)로 바꾸고 ‘{button}’ 버튼을 눌러 보세요. 늘어난 워커는 같은 코어를 나눠 쓰니까 속도 향상은 더 커지지 않아요.',

  // 4. 청크 크기
  'learn.chunks.title': '청크 크기',
  'learn.chunks.p1':
    '워커에게 보내는 메시지마다 비용이 들어요. 인자를 복사하고, 워커를 깨우고, 결과를 돌려받는 데 다 합쳐 수십 마이크로초쯤이요. 100 ms짜리 작업이라면 아무것도 아니지만, 20 µs짜리 작업이라면 작업보다 메시지가 더 비싸요.',
  'learn.chunks.p2':
    '그래서 풀은 작업을 청크로 묶어 보내요. 파이썬 `Pool.map`은 기본 `chunksize`를 작업 수 ÷ (4 × 워커 수)로 정하고, 이 풀(`autoChunkSize`)도 같아요. 워커마다 청크 4개쯤이면 메시지는 적고, 부하를 고르게 나눌 여지도 남아요.',
  'learn.chunks.p3':
    '이 장에서는 아주 작은 작업 500개(각 20 µs 정도)를 메시지 하나에 하나씩, 자동 크기로, 그리고 메시지 하나에 전부 담아서 돌려 봐요.',
  'learn.chunks.question': '작업 500개를 가장 먼저 끝내는 청크 크기는?',
  'learn.chunks.choice.one': '청크 크기 1: 작업마다 메시지 하나',
  'learn.chunks.choice.auto': '자동: 메시지 하나에 작업 {chunk}개',
  'learn.chunks.choice.whole': '작업 {tasks}개 전부를 메시지 하나에',
  'learn.chunks.variant.main': '메인 스레드',
  'learn.chunks.variant.one': '청크 크기 {chunk}',
  'learn.chunks.variant.auto': '자동(청크 {chunk})',
  'learn.chunks.variant.whole': '청크 하나에 {chunk}개',
  'learn.chunks.evidence': '가장 빠른 건 청크 크기 {chunk}, {ms}',
  'learn.chunks.rb.oneSlow':
    '작업마다 메시지 하나: {ms}. 워커로 {msgs}번, 돌아오는 데 {msgs}번 메시지를 주고받느라 메인 스레드 혼자({main})보다 {times} 느렸어요.',
  'learn.chunks.rb.oneFast':
    '작업마다 메시지 하나: {ms}. 워커로 {msgs}번, 돌아오는 데 {msgs}번 메시지를 주고받고도 메인 스레드 혼자({main})보다 {times} 빨랐어요.',
  'learn.chunks.rb.perMessage': '자동 청크와 비교하면 메시지가 하나 늘 때마다 약 {per}씩 더 들었어요.',
  'learn.chunks.rb.auto': '자동, 청크당 작업 {chunk}개(방향마다 메시지 {msgs}개): {ms}, 속도 향상 {speedup}.',
  'learn.chunks.rb.whole':
    '청크 하나에 {tasks}개: {ms}. 워커 하나가 전부 처리하는 동안 워커 {workers}개 중 {idle}개는 놀았어요(속도 향상 {speedup}).',
  'learn.chunks.tryit':
    '‘{field}’ 값을 10으로 바꾸고 ‘{button}’ 버튼을 눌러 보세요. 메시지가 500개에서 50개로 줄어요. 자동 크기에 얼마나 가까워질까요?',
  'learn.chunks.pointer': '풀이 청크 크기를 정하는 규칙이에요. 파이썬 Pool.map과 같은 규칙이죠.',

  // 5. 완료 순서
  'learn.order.title': '완료 순서',
  'learn.order.p1':
    '풀은 결과를 작업을 제출한 순서대로 돌려줄 수도, 끝나는 대로 바로 돌려줄 수도 있어요. 제출 순서는 편해요. i번째 결과가 i번째 입력의 결과니까요. 대신 먼저 끝난 결과도 앞선 느린 작업이 다 끝날 때까지 기다려야 해요.',
  'learn.order.p2':
    '파이썬에는 둘 다 있어요. `pool.map`과 `executor.map`은 제출 순서를 지키고, `imap_unordered`와 `as_completed`는 끝나는 대로 결과를 내줘요.',
  'learn.order.p3':
    '여기서는 작업 하나가 망델브로 그림의 한 줄이고, 메시지 하나에 한 줄씩 보내요. 집합 한가운데를 지나는 줄은 가장자리 줄보다 훨씬 비싸서, 작업이 제출 순서와 다르게 끝나요.',
  'learn.order.question': '완료 순서로 받으면, 먼저 제출된 줄보다 앞서 도착하는 줄이 얼마나 될까요?',
  'learn.order.choice.none': '없다: 그래도 제출 순서대로 온다',
  'learn.order.choice.few': '조금(10% 미만)',
  'learn.order.choice.many': '많이(10% 이상)',
  'learn.order.variant.submission': '제출 순서(map)',
  'learn.order.variant.completion': '완료 순서(as_completed)',
  'learn.order.evidence': '줄 {n}개 중 {k}개가 앞선 줄을 추월',
  'learn.order.rb.completion':
    '완료 순서: 줄 {n}개 중 {k}개({pct})가 먼저 제출된 줄보다 앞서 도착했어요. 끝나자마자 바로 넘겨받았으니까요.',
  'learn.order.rb.submission':
    '제출 순서: 모든 줄이 앞선 줄들을 전부 기다렸어요. 다 끝난 줄이 넘겨지기까지 평균 {mean}, 가장 길게는 {max}({label}) 기다렸어요.',
  'learn.order.rb.total':
    '전체 시간: 제출 순서 {sub}, 완료 순서 {comp}. 순서가 바꾸는 건 각 결과를 언제 받느냐지, 일이 얼마나 걸리느냐가 아니에요.',
  'learn.order.tryit':
    '완료 순서는 그대로 두고 ‘{field}’ 값을 0(자동)으로 바꾼 뒤 ‘{button}’ 버튼을 눌러 보세요. 이제 결과가 청크 단위로 한꺼번에 오니 추월하는 줄이 줄어요.',

  // 6. 크기가 다른 작업
  'learn.unequal.title': '크기가 다른 작업',
  'learn.unequal.p1':
    '실제 작업은 크기가 같은 경우가 드물어요. 여기서 k번째 작업은 순진한 재귀 fib(24 + k)예요. 작업마다 앞 작업의 약 1.6배라서, 마지막 작업 하나가 전체 일의 3분의 1이 넘어요.',
  'learn.unequal.p2':
    '정적 분할은 작업을 미리 워커마다 한 덩어리씩(여기서는 {cores}덩어리) 나눠 줘요. 파이썬으로 치면 `Pool.map`에 `chunksize=len(items) // workers`를 준 셈이에요. 동적 할당은 워커가 손이 비는 대로 다음 작업을 가져가요(`chunksize=1`, `imap`).',
  'learn.unequal.p3':
    '레인을 지켜보세요. 레인의 빈 구간은 다른 곳에 일이 남아 있는데 코어 하나가 놀고 있다는 뜻이에요.',
  'learn.unequal.question': '작업이 하나씩 약 1.6배로 커져요. 어느 쪽이 먼저 끝날까요?',
  'learn.unequal.choice.static': '정적 분할: 워커마다 미리 같은 몫을 나눠 준다',
  'learn.unequal.choice.dynamic': '동적 할당: 먼저 손이 빈 워커가 다음 작업을 가져간다',
  'learn.unequal.choice.same': '거의 같다(10% 이내)',
  'learn.unequal.variant.main': '메인 스레드',
  'learn.unequal.variant.static': '정적 분할(워커당 {chunk}개)',
  'learn.unequal.variant.dynamic': '동적 할당(하나씩)',
  'learn.unequal.evidence': '정적 {static}, 동적 {dynamic}',
  'learn.unequal.rb.static':
    '정적 분할(워커당 작업 {chunk}개): {ms}, 속도 향상 {speedup}. 큰 작업들이 워커 {busyLane}에 몰린 사이, 워커 {idleLane}의 레인은 {idle} 동안 비어 있었어요(전체 실행의 {idlePct}).',
  'learn.unequal.rb.staticOne': '정적 분할: {ms}, 속도 향상 {speedup}. 워커가 하나면 나눌 게 없어요.',
  'learn.unequal.rb.dynamic':
    '동적 할당: {ms}, 속도 향상 {speedup}. 가장 큰 작업인 {label} 하나만 해도 {longest} 걸렸어요. 어떤 스케줄도 이보다 빨리 끝낼 수는 없어요.',
  'learn.unequal.rb.bound':
    '여기서 가능한 최선은 max(전체 일 ÷ 코어 수, 가장 큰 작업) = {bound}. 동적 할당은 그 최선의 {pct} 속도를 냈어요.',
  'learn.unequal.tryit':
    '망델브로 줄로도 해 보세요. 버튼을 누르면 정적 분할(워커마다 줄 한 덩어리)로 열려요. ‘{button}’ 버튼을 누른 다음 ‘{field}’ 값을 1로 바꿔 다시 실행해 보세요. 비싼 건 가운데 줄들이에요.',

  // 7. 공유 메모리와 아토믹
  'learn.shared.title': '공유 메모리와 아토믹',
  'learn.shared.p1':
    '워커는 보통 아무것도 공유하지 않고 메시지로만 이야기해요. `SharedArrayBuffer`는 여러 워커가 동시에 보는 메모리예요. 결과를 그 자리에 바로 쓸 수 있고, 그 안의 카운터로 메시지 없이 작업을 나눠 줄 수도 있어요. 브라우저는 교차 출처 격리(cross-origin isolation)된 페이지에서만 이걸 허용해요.',
  'learn.shared.p2':
    '워커 둘이 같은 카운터에 1을 더하면, 둘 다 5를 읽고 둘 다 6을 쓸 수 있어요. `Atomics.add`는 읽기와 쓰기를 쪼갤 수 없는 한 단계로 처리하고 이전 값을 돌려줘요. 그래서 모든 작업 번호가 정확히 한 번씩만 할당돼요.',
  'learn.shared.p3':
    '파이썬에는 데이터용 `multiprocessing.shared_memory`, 카운터용 `Value`와 `Lock`(또는 `Manager`)이 있어요. 거기서는 할당 한 번이 프로세스 사이에 거는 락이고, `Manager`를 거치면 서버 프로세스와 한 번 왕복하기까지 해요. 그래서 잘게 공유할수록 느려요. 여기서는 CPU 명령 하나예요.',
  'learn.shared.question': '둘 다 작업을 하나씩 나눠 줘요. 작은 작업 500개를 어느 쪽이 먼저 끝낼까요?',
  'learn.shared.choice.pool': '워커 풀: 작업마다 메시지 하나',
  'learn.shared.choice.shared': '공유 메모리: 작업마다 Atomics.add 한 번',
  'learn.shared.choice.same': '거의 같다(10% 이내)',
  'learn.shared.variant.main': '메인 스레드',
  'learn.shared.variant.pool': '워커 풀, 청크 {chunk}',
  'learn.shared.variant.shared': '공유 메모리, 할당 단위 {chunk}',
  'learn.shared.evidence': '풀 {pool}, 공유 메모리 {shared}',
  'learn.shared.rb.pool':
    '워커 풀, 작업마다 메시지 하나: {ms}. 메시지 {msgs}개를 보내고 그만큼 돌려받았어요(속도 향상 {speedup}).',
  'learn.shared.rb.sharedFaster':
    '공유 메모리, 작업마다 Atomics.add 한 번: {ms}, 풀보다 {ratio} 빨랐어요. 카운터 하나에서 {claims}번 할당했고, 워커 {workers}개가 결과를 공유 메모리에 바로 쓴 뒤 마지막에 응답을 한 번씩만 보냈어요(속도 향상 {speedup}).',
  'learn.shared.rb.sharedSlower':
    '공유 메모리, 작업마다 Atomics.add 한 번: {ms}, 이번에는 풀보다 {ratio} 느렸어요. 워커 {workers}개가 카운터 하나에서 {claims}번 할당했어요(속도 향상 {speedup}).',
  'learn.shared.rb.perTask':
    '완벽한 분할 대비 작업당 스케줄링 비용: 메시지 방식 약 {pool}, 공유 카운터 약 {shared}.',
  'learn.shared.rb.unavailable': '이 페이지에서는 공유 메모리를 쓸 수 없어요: {why}',
  'learn.shared.tryit':
    '‘{field}’ 값을 0으로 바꿔 보세요. 그러면 공유 메모리는 Atomics.add 한 번에 작업 여러 개(작업 수 ÷ (16 × 워커 수))를 가져가요. ‘{button}’ 버튼을 눌러 풀의 자동 청크와 나란히 비교해 보세요.',
  'learn.shared.pointer':
    '워커마다 도는 루프예요. Atomics.add로 번호를 받고, 계산하고, 결과를 그 자리에 써요.',

  // 10. 암달의 법칙
  'learn.amdahl.title': '암달의 법칙',
  'learn.amdahl.p1':
    '프로그램에서 병렬로 돌릴 수 없는 비율이 s라면, 코어 p개로 얻는 속도 향상은 많아야 1 / (s + (1 − s) / p)예요. s = 5%면 코어를 아무리 늘려도 20배를 넘지 못해요. 직렬 부분은 준비 작업일 수도, 결과 합치기일 수도, 쪼갤 수 없는 작업 하나일 수도 있어요.',
  'learn.amdahl.p2':
    '스케일링 스윕은 메인 스레드를 한 번 재고, 워커 1개, 2개, … 코어 수({cores})의 두 배까지 풀을 재서, 측정한 속도 향상에 최소제곱법으로 s를 맞춰요. 코어보다 많은 워커는 코어를 번갈아 쓸 뿐이에요.',
  'learn.amdahl.p3':
    '맞춘 s에는 이 컴퓨터에서 병렬화되지 않은 모든 것이 들어가요. 진짜 직렬 작업, 메시지, 고르지 않은 분할, 같은 코어에서 돈 다른 일까지요.',
  'learn.amdahl.question':
    '스윕은 코어 {cores}개에서 워커 {max}개까지 가요. 워커 {max}개면 얼마나 빨라질까요?',
  'learn.amdahl.choice.little': '거의 빨라지지 않는다({range})',
  'learn.amdahl.choice.cores': '약 {cores}배: 코어 수가 한계({range})',
  'learn.amdahl.choice.workers': '약 {max}배: 워커당 1배({range})',
  'learn.amdahl.evidence': '워커 {n}개로 {speedup}',
  'learn.amdahl.rb.point': '워커 {n}개 {speedup}',
  'learn.amdahl.rb.points': '메인 스레드({baseline}) 대비 측정한 속도 향상: {list}.',
  'learn.amdahl.rb.fit': '맞춘 직렬 비율 s ≈ {s}. 코어를 몇 개 더하든 최대 {limit}까지예요.',
  'learn.amdahl.rb.far': 's = {s}일 때 코어가 64개여도 {s64}에 그쳐요.',
  'learn.amdahl.rb.fitZero':
    '맞춘 직렬 비율 ≈ 0%. 이상적인 만큼 잘 확장돼서 이 크기에서는 직렬 한계가 보이지 않아요.',
  'learn.amdahl.rb.fitOne': '맞춘 직렬 비율 ≈ 100%. 워커를 늘려도 전혀 도움이 되지 않았어요.',
  'learn.amdahl.rb.noFit':
    '코어가 하나면 직렬 비율을 추정할 수 없어요. 워커 수와 상관없이 모두 같은 코어에서 돌았으니까요.',
  'learn.amdahl.rb.cores':
    '코어 {cores}개를 넘어서면 늘어난 워커는 번갈아 돌 뿐이에요. 워커 {max}개 {sMax}, 코어 수만큼의 워커 {sCores}.',
  'learn.amdahl.tryit':
    '‘{field}’ 값을 3으로 바꾸고 ‘{button}’ 버튼을 눌러 보세요. 작업이 적거나 워커 수로 고르게 나눠지지 않으면 끝에 노는 코어가 생기고, 코드에 직렬 부분이 없어도 피팅은 큰 ‘직렬’ 비율을 보고해요.',
};
