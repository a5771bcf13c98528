/**
 * Heap policy of recoupe's processes. A batch keeps about 100 MB of models and
 * lexicons live and turns over far more short-lived garbage per article; V8's
 * default growth lets the heap reach two to four times the live size between
 * collections, which varied the bench's peak RSS from 510 to 577 MB over three
 * runs. Growth capped at 50 % per collection gave 438–450 MB at the same speed.
 */
import { setFlagsFromString } from 'node:v8';

export function limitHeapGrowth(): void {
  setFlagsFromString('--heap-growing-percent=50');
}

/**
 * Node flag that makes V8 compile optimized code on the main thread. Each of V8's
 * worker threads mallocs its compilation zones in an arena of its own, which glibc
 * does not give back once model loading has freed large buffers (its trim threshold
 * follows the largest freed block): about 60 MB of the bench's peak RSS. Same CPU
 * time. A V8 flag that cannot be changed once the process runs: it goes on the
 * command line (`npm run bench` passes it).
 */
export const MAIN_THREAD_COMPILATION = '--no-concurrent-recompilation';

export function compilesOnMainThread(): boolean {
  return process.execArgv.includes(MAIN_THREAD_COMPILATION);
}
