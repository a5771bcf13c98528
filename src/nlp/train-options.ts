/** What every trainer takes: `npm run train -- --lang fr` passes the same options to each. */
export interface TrainOptions {
  lang: 'fr' | 'en';
  /** Root of the shared corpora (see `dataRoot()`). */
  dataRoot: string;
  /** Where the weights go: `models/<lang>/` by default. */
  outDir: string;
  /** Seed for every shuffle, so that a run is reproducible. */
  seed: number;
  log: (message: string) => void;
}
