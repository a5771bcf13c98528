import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TestContext } from 'node:test';
import { dataPath, projectRoot } from '../src/util/paths.js';

/**
 * A shared input a test needs. Absent, it skips the test with a clear message
 * on a developer machine, and fails it under CI, where it must be there.
 */
function requireShared(t: TestContext, path: string): string | null {
  if (existsSync(path)) return path;
  if (process.env.CI) throw new Error(`shared data missing under CI: ${path}`);
  t.skip(`shared data not found: ${path} (set RECOUPE_DATA)`);
  return null;
}

/** Path of a shared data set (under the data root) for a test. */
export function sharedData(t: TestContext, ...parts: string[]): string | null {
  return requireShared(t, dataPath(...parts));
}

/** Path of the canonical seed article. */
export function seedArticle(t: TestContext): string | null {
  return requireShared(t, join(projectRoot, '..', 'shared', 'seeds', '000_d76b93d86a0e74a5.txt'));
}
