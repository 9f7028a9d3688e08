import { pageNow } from './clock';
import { prepareJob, runTask, workloadOf } from './task';
import type { ChunkReply, ChunkRequest } from './types';

/** Worker side of the pool strategy: runs tasks [first, end) and times each on the page clock. */
export function runChunk(req: ChunkRequest): ChunkReply {
  const job = prepareJob(req.job);
  const w = workloadOf(job);
  const width = w.resultWidth(job.params);
  const count = req.end - req.first;
  const results = new Float64Array(count * width);
  const times = new Float64Array(count * 2);
  if (!req.timed) {
    for (let k = 0; k < count; k++) runTask(w, job, req.first + k, results, k * width);
    return { results, times };
  }
  for (let k = 0; k < count; k++) {
    times[2 * k] = pageNow(req.pageTimeOrigin);
    runTask(w, job, req.first + k, results, k * width);
    times[2 * k + 1] = pageNow(req.pageTimeOrigin);
  }
  return { results, times };
}
