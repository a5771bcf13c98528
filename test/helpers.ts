import { existsSync } from 'node:fs';
import type { TestContext } from 'node:test';
import { dataPath } from '../src/util/paths.js';

/**
 * Path of a shared data set for a test. Absent data skips the test with a clear
 * message on a developer machine, and fails it under CI, where it must be there.
 */
export function sharedData(t: TestContext, ...parts: string[]): string | null {
  const path = dataPath(...parts);
  if (existsSync(path)) return path;
  if (process.env.CI) throw new Error(`shared data missing under CI: ${path}`);
  t.skip(`shared data not found: ${path} (set RECOUPE_DATA)`);
  return null;
}
