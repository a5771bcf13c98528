/** News organisations: the public API of src/outlets. */
export type { Outlet, OutletKind, OutletPattern, OutletResolution } from './outlets.js';
export { findOutlet, outletByHost, outletNamed, resolveOutletDescription } from './outlets.js';
export { outletLink, publishingChain } from './provenance.js';
