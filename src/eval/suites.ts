import type { EvalSuite } from './table.js';
import { segmentationSuite } from './segmentation.js';
import { udSuite } from './ud.js';
import { timeSuite } from './time.js';
import { nerSuite } from './ner.js';
import { entitiesSuite } from './entities.js';
import { quotesSuite } from './quotes.js';
import { zyteSuite } from './zyte.js';
import { eventsSuite } from './events.js';

/** Every evaluation `npm run eval` knows, in the order it prints them. */
export const suites: EvalSuite[] = [
  segmentationSuite,
  udSuite,
  timeSuite,
  nerSuite,
  entitiesSuite,
  quotesSuite,
  zyteSuite,
  eventsSuite,
];
