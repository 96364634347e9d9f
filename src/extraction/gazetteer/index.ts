/**
 * The gazetteers extraction relies on: organisations (curated, enriched from the UN,
 * OFAC and Canadian designation lists) and places (GeoNames towns plus our admin areas).
 * Everything loads lazily from data shipped with the package; no network, no build step.
 */
export type { OrgEntry, PlaceEntry } from './types.js';
export { organizations, findOrganization, orgSurfaceForms } from './organizations.js';
export { findPlace, placeSurfaceForms, placeHierarchy, placeIndexStats } from './places.js';
