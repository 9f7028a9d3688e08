// Text of the I/O chapters (src/tutorial/io-chapters.ts), keyed learn.<chapter id>.*. Same rules as
// learn-chapters.ts: `code` in backticks, and in Korean no particle right after a placeholder.
export const en = {
  // 8. Waiting is not computing
  'learn.waiting.title': 'Waiting is not computing',
  'learn.waiting.p1':
    'Saving to a server, calling an API, reading a file: for most of that time a program computes nothing. It sends a request and waits. Here the waiting is real: a simulated server in its own worker answers each request after about 50 ms (40 requests, at most 20 served at once).',
  'learn.waiting.p2':
    'Awaited one at a time, 40 requests take 40 waits. `Promise.all` over a batch (`asyncio.gather`) waits for the batch’s slowest request. Fully async starts every request as soon as it can, with a limit on how many are in flight (`asyncio.Semaphore`): the waits overlap, on one thread.',
  'learn.waiting.p3':
    'Past the server’s capacity, more concurrency buys nothing: requests queue at the server and latency grows. After the strategies, the chapter runs the lab’s overload experiment at ¼, ½, 1, 2 and 4 × capacity.',
  'learn.waiting.question':
    'How much sooner will fully async (20 in flight) finish the 40 requests than awaiting them one at a time?',
  'learn.waiting.choice.little': 'Less than twice as fast ({range})',
  'learn.waiting.choice.some': 'A few times faster ({range})',
  'learn.waiting.choice.lots': 'Ten times faster or more ({range})',
  'learn.waiting.evidence': 'one at a time {serial}, fully async {async}',
  'learn.waiting.rb.serial':
    'One at a time: {serial} for {n} requests, never less than n × L = {bound}: each request waited its full latency before the next one could leave.',
  'learn.waiting.rb.batched':
    'Batched, {b} at a time with Promise.all: {batched}. Each batch waited for its slowest request.',
  'learn.waiting.rb.async':
    'Fully async, at most {k} in flight: {async}, {ratio} faster than one at a time, on the same single thread. Nothing was computed faster: the waits overlapped.',
  'learn.waiting.rb.overload':
    'Overload experiment, server capacity {cap}: {t1} at a limit of {x1}, {tcap} at capacity, {tmax} at {xmax}. Mean latency went from {lcap} at capacity to {lmax}: past capacity, extra requests only wait in the server’s queue.',
  'learn.waiting.tryit':
    'Set “{field}” to “{value}” and press {button}: requests over capacity are refused with a 503 and retried with backoff, and the failures show in the chart.',
  'learn.waiting.pointer':
    'This run sends real requests to a simulated server in its own worker (about 50 ms each). Pick a prediction, then press here.',

  // 9. The mixed experiment
  'learn.mixed.title': 'The mixed experiment',
  'learn.mixed.p1':
    'The asyncio chapter of High Performance Python runs a loop that computes something (a hash whose cost doubles per difficulty step, like bcrypt) and saves it to a server with about 100 ms latency. Fully async beat serial by 7.3×, and the book notes that only moving the computing into other processes closes the rest of the gap.',
  'learn.mixed.p2':
    'Here the same experiment runs smaller: 24 tasks at difficulty 7 and a 50 ms server. Serial costs n·(c + L), fully async about n·c + L. Async hides the waiting but not the computing: every task still runs on the one main thread.',
  'learn.mixed.p3':
    'The hybrid sends the CPU tasks to the worker pool (in Python, a `ProcessPoolExecutor` with `run_in_executor`) and saves each result asynchronously as it comes back, so the computing runs on every core ({cores} here) while the waiting overlaps.',
  'learn.mixed.question': 'Which strategy finishes the 24 tasks and their saves first?',
  'learn.mixed.choice.serial': 'Serial: compute, save, wait, repeat',
  'learn.mixed.choice.batched': 'Batched: compute 8, then save them together',
  'learn.mixed.choice.async': 'Fully async: compute on the page, saves in the background',
  'learn.mixed.choice.hybrid': 'Hybrid: compute on the workers, saves async on the page',
  'learn.mixed.evidence': 'the fastest was {name}, at {ms}',
  'learn.mixed.rb.cost':
    'On this machine one CPU task cost c = {c}; the server answers after L = {L}; {n} items.',
  'learn.mixed.rb.serial': 'Serial: {serial}, close to n·(c + L) = {model}.',
  'learn.mixed.rb.batched':
    'Batched, {b} at a time: {batched}. The CPU sat idle while each batch’s saves were in flight.',
  'learn.mixed.rb.async':
    'Fully async: {async}. The waits overlap now, but all {n} tasks still ran one after another on the main thread: {cpu} of computing that no amount of async can hide.',
  'learn.mixed.rb.hybrid':
    'Hybrid, tasks on {w} workers: {hybrid}, {ratio} faster than fully async. Only moving the computing to other cores shrinks the n·c part.',
  'learn.mixed.rb.hybridSlower':
    'Hybrid, tasks on {w} workers: {hybrid}, {ratio} slower than fully async here. Moving work to workers pays only when there are idle cores and tasks big enough to outweigh the messages.',
  'learn.mixed.rb.book':
    'Serial ÷ fully async here: {r}; the model n·(c + L) ÷ (n·c + L) predicts {pred}. The book measured 7.3× with c ≈ 16 ms and L = 100 ms.',
  'learn.mixed.tryit':
    'Set “{field}” to 1 and press {button}: the hybrid keeps a single CPU lane, like fully async, and loses most of its lead.',
} as const;

export const ko: Record<keyof typeof en, string> = {
  // 8. 기다림은 계산이 아니다
  'learn.waiting.title': '기다림은 계산이 아니다',
  'learn.waiting.p1':
    '서버에 저장하고, API를 호출하고, 파일을 읽는 동안 프로그램은 대부분 아무것도 계산하지 않아요. 요청을 보내고 기다릴 뿐이죠. 여기서는 그 기다림이 진짜예요. 별도 워커에서 도는 가상 서버가 요청마다 약 50 ms 뒤에 응답해요(요청 40개, 동시에 최대 20개 처리).',
  'learn.waiting.p2':
    '하나씩 await하면 요청 40개에 기다림도 40번이에요. 배치 단위로 `Promise.all`(`asyncio.gather`)을 쓰면 배치에서 가장 느린 요청을 기다려요. 완전 비동기는 처리 중인 요청 수에 한도를 두고(`asyncio.Semaphore`) 보낼 수 있는 요청은 바로바로 보내요. 스레드 하나에서 기다림이 겹치는 거죠.',
  'learn.waiting.p3':
    '서버 처리 용량을 넘으면 동시성을 더 올려도 얻는 게 없어요. 요청은 서버 큐에서 기다리고 지연 시간만 늘어나요. 전략들을 돌린 뒤에는 용량의 ¼, ½, 1, 2, 4배로 실험실의 과부하 실험을 돌려요.',
  'learn.waiting.question':
    '완전 비동기(동시에 20개)는 요청 40개를 하나씩 await할 때보다 얼마나 빨리 끝낼까요?',
  'learn.waiting.choice.little': '두 배도 안 된다({range})',
  'learn.waiting.choice.some': '몇 배 빠르다({range})',
  'learn.waiting.choice.lots': '열 배 이상 빠르다({range})',
  'learn.waiting.evidence': '하나씩 {serial}, 완전 비동기 {async}',
  'learn.waiting.rb.serial':
    '하나씩: 요청 {n}개에 {serial}. n × L = {bound}보다 짧을 수는 없어요. 요청마다 지연 시간을 꼬박 기다린 뒤에야 다음 요청이 나갔으니까요.',
  'learn.waiting.rb.batched': '배치, Promise.all로 {b}개씩: {batched}. 배치마다 가장 느린 요청을 기다렸어요.',
  'learn.waiting.rb.async':
    '완전 비동기, 동시에 최대 {k}개: {async}. 같은 스레드 하나로 하나씩보다 {ratio} 빨랐어요. 계산이 빨라진 게 아니라 기다림이 겹친 거예요.',
  'learn.waiting.rb.overload':
    '과부하 실험(서버 처리 용량 {cap}): 한도 {x1}에서 {t1}, 용량만큼일 때 {tcap}, {xmax}에서 {tmax}. 평균 지연 시간은 용량만큼일 때 {lcap}, 한도 최대일 때 {lmax}. 용량을 넘은 요청은 서버 큐에서 기다릴 뿐이에요.',
  'learn.waiting.tryit':
    '‘{field}’ 항목에서 ‘{value}’ 옵션을 고르고 ‘{button}’ 버튼을 눌러 보세요. 용량을 넘은 요청은 503으로 거절당하고 백오프로 재시도하며, 실패는 차트에 나타나요.',
  'learn.waiting.pointer':
    '이 장의 실행은 별도 워커에서 도는 가상 서버에 진짜 요청을 보내요(요청마다 약 50 ms). 예측을 고른 뒤 여기를 누르세요.',

  // 9. 섞인 실험
  'learn.mixed.title': '섞인 실험: CPU + I/O',
  'learn.mixed.p1':
    '『고성능 파이썬(High Performance Python)』의 asyncio 장에는 무언가를 계산하고(bcrypt처럼 난이도가 한 단계 오를 때마다 비용이 두 배가 되는 해시) 그 결과를 지연 시간 약 100 ms인 서버에 저장하는 루프가 나와요. 완전 비동기 버전이 직렬보다 7.3배 빨랐고, 책은 남은 격차는 계산을 다른 프로세스로 옮겨야만 줄어든다고 짚어요.',
  'learn.mixed.p2':
    '여기서는 같은 실험을 작게 돌려요. 난이도 7짜리 작업 24개와 50 ms짜리 서버요. 직렬은 n·(c + L), 완전 비동기는 대략 n·c + L이 걸려요. 비동기는 기다림은 숨겨 주지만 계산은 숨겨 주지 못해요. 모든 작업이 여전히 메인 스레드 하나에서 돌기 때문이에요.',
  'learn.mixed.p3':
    '하이브리드는 CPU 작업을 워커 풀로 보내고(파이썬이라면 `ProcessPoolExecutor`와 `run_in_executor`), 결과가 돌아오는 대로 비동기로 저장해요. 그래서 계산은 모든 코어(여기서는 {cores}개)에서 돌고, 기다림은 겹쳐요.',
  'learn.mixed.question': '작업 24개와 그 저장을 가장 먼저 끝내는 전략은?',
  'learn.mixed.choice.serial': '직렬: 계산하고, 저장하고, 기다리고, 반복',
  'learn.mixed.choice.batched': '배치: 8개를 계산한 뒤 한꺼번에 저장',
  'learn.mixed.choice.async': '완전 비동기: 계산은 페이지에서, 저장은 백그라운드로',
  'learn.mixed.choice.hybrid': '하이브리드: 계산은 워커에서, 저장은 페이지에서 비동기로',
  'learn.mixed.evidence': '가장 빠른 전략: {name}, {ms}',
  'learn.mixed.rb.cost': '이 컴퓨터에서 CPU 작업 하나의 비용 c = {c}, 서버 응답까지 L = {L}, 항목 {n}개.',
  'learn.mixed.rb.serial': '직렬: {serial}. n·(c + L) = {model}에 가까워요.',
  'learn.mixed.rb.batched': '배치, {b}개씩: {batched}. 배치의 저장 요청이 오가는 동안 CPU는 놀았어요.',
  'learn.mixed.rb.async':
    '완전 비동기: {async}. 이제 기다림은 겹치지만, 작업 {n}개는 여전히 메인 스레드에서 하나씩 돌았어요. 계산 {cpu}는 비동기로 아무리 해도 숨길 수 없어요.',
  'learn.mixed.rb.hybrid':
    '하이브리드, 워커 {w}개에서 작업: {hybrid}, 완전 비동기보다 {ratio} 빨랐어요. n·c 부분을 줄이는 방법은 계산을 다른 코어로 옮기는 것뿐이에요.',
  'learn.mixed.rb.hybridSlower':
    '하이브리드, 워커 {w}개에서 작업: {hybrid}, 이번에는 완전 비동기보다 {ratio} 느렸어요. 작업을 워커로 옮기는 건 놀고 있는 코어가 있고 작업이 메시지 비용보다 충분히 클 때만 이득이에요.',
  'learn.mixed.rb.book':
    '여기서 직렬 ÷ 완전 비동기: {r}. 모델 n·(c + L) ÷ (n·c + L)의 예측: {pred}. 책에서는 c ≈ 16 ms, L = 100 ms에서 7.3배였어요.',
  'learn.mixed.tryit':
    '‘{field}’ 값을 1로 바꾸고 ‘{button}’ 버튼을 눌러 보세요. 하이브리드도 CPU 레인이 하나뿐이라 완전 비동기와 비슷해지고, 앞서던 만큼을 대부분 잃어요.',
};
