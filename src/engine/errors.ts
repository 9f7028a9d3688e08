// Errors keep their `name` across Comlink (it copies name, message and stack), so the UI can tell
// a failing task from a dead worker from a cancelled run without instanceof across threads.

/** A task's kernel threw (or an injected fault fired). Like Python's Pool.map, the run re-raises it. */
export class TaskFailedError extends Error {
  override name = 'TaskFailedError';
}

/** A worker died (uncaught error, failed to load, terminated) while it owned tasks. */
export class WorkerCrashedError extends Error {
  override name = 'WorkerCrashedError';
}

/** Two repetitions or strategies disagreed, or a verifier rejected the answer. */
export class VerificationError extends Error {
  override name = 'VerificationError';
}

/** Thrown inside a worker to ask its entry point to die for real ('crash' fault injection). */
export class CrashRequest extends Error {
  override name = 'CrashRequest';
}

/** The reason every cancelled promise rejects with. */
export function abortError(): Error {
  return new DOMException('The run was cancelled.', 'AbortError');
}

/** True for cancellation, whichever realm made the error. */
export function isAbort(e: unknown): boolean {
  return e instanceof Error || e instanceof DOMException ? e.name === 'AbortError' : false;
}

/** Throws the cancellation error if the signal has aborted. */
export function throwIfAborted(signal: AbortSignal): void {
  if (signal.aborted) throw abortError();
}

/** A message for people, whatever was thrown. */
export function describeError(e: unknown): string {
  if (e instanceof Error || e instanceof DOMException) return e.message;
  return String(e);
}
