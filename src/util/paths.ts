import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root: the nearest folder above this module holding package.json. */
export const projectRoot: string = (() => {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('recoupe: cannot find the project root');
    dir = parent;
  }
  return dir;
})();

/** Root of the shared corpora: $RECOUPE_DATA, else ../shared/data beside the project. */
export function dataRoot(): string {
  return resolve(process.env.RECOUPE_DATA ?? join(projectRoot, '..', 'shared', 'data'));
}

export function dataPath(...parts: string[]): string {
  return join(dataRoot(), ...parts);
}
