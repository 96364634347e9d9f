/**
 * Reads one named file out of a ZIP archive (stored or deflated entries, no ZIP64),
 * enough to get a DOCX's docProps/core.xml without a ZIP library as a runtime
 * dependency. Returns null for anything it cannot find or read; it never throws.
 */
import { inflateRawSync } from 'node:zlib';

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

export function readZipEntry(zip: Uint8Array, name: string): Buffer | null {
  try {
    const buf = Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength);
    const end = findEndOfCentralDirectory(buf);
    if (end < 0) return null;
    const count = buf.readUInt16LE(end + 10);
    let at = buf.readUInt32LE(end + 16);
    for (let i = 0; i < count; i++) {
      if (buf.readUInt32LE(at) !== CENTRAL) return null;
      const method = buf.readUInt16LE(at + 10);
      const size = buf.readUInt32LE(at + 20);
      const nameLength = buf.readUInt16LE(at + 28);
      const skip = nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
      const local = buf.readUInt32LE(at + 42);
      if (buf.toString('utf8', at + 46, at + 46 + nameLength) === name) return entryData(buf, local, method, size);
      at += 46 + skip;
    }
    return null;
  } catch {
    return null;
  }
}

function entryData(buf: Buffer, local: number, method: number, size: number): Buffer | null {
  if (buf.readUInt32LE(local) !== LOCAL) return null;
  const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
  const data = buf.subarray(start, start + size);
  if (method === 0) return Buffer.from(data);
  if (method === 8) return inflateRawSync(data);
  return null;
}

function findEndOfCentralDirectory(buf: Buffer): number {
  const last = Math.max(0, buf.length - 22 - 0xffff);
  for (let i = buf.length - 22; i >= last; i--) {
    if (buf.readUInt32LE(i) === EOCD) return i;
  }
  return -1;
}
