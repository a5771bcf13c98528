/** Places, demonyms and seats of power: the public API of src/places. */
export { foldName } from './fold.js';
export type { PlaceKind } from './gazetteer.js';
export { loadGazetteer } from './gazetteer.js';
export type { Metonym } from './lang-data.js';
export type { PlaceContext, ResolvedPlace } from './resolve.js';
export { regionOrCountryNamed, resolvePlace } from './resolve.js';
export { countryOfDemonym, demonymCountries } from './demonyms.js';
export { metonymOf } from './metonyms.js';
