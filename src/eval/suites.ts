import type { EvalSuite } from './table.js';
import { segmentationSuite } from './segmentation.js';

/** Every evaluation `npm run eval` knows, in the order it prints them. */
export const suites: EvalSuite[] = [segmentationSuite];
