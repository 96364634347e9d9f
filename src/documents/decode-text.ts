/**
 * Bytes of a text file to a JavaScript string. UTF-8 is the common case and is tried
 * first (strictly, so Latin-1 bytes are not silently replaced by U+FFFD); a BOM decides
 * UTF-16; anything else goes through chardet's guess and iconv-lite. Binary content is
 * refused rather than decoded into noise that extraction would then read as names.
 */
import chardet from 'chardet';
import iconv from 'iconv-lite';

/** How much of the start of a file is inspected to decide that it is binary. */
const SNIFF_BYTES = 64 * 1024;
/** Share of control bytes above which a file is binary rather than text. */
const CONTROL_RATIO = 0.1;

export type Decoded = { readonly text: string; readonly encoding: string } | { readonly binary: true };

export function decodeText(bytes: Uint8Array, declaredCharset?: string | null): Decoded {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { text: utf8(bytes.subarray(3)), encoding: 'utf-8' };
  if (startsWith(bytes, [0xff, 0xfe])) return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf16le'), encoding: 'utf-16le' };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf16be'), encoding: 'utf-16be' };
  if (looksBinary(bytes)) return { binary: true };
  const strict = strictUtf8(bytes);
  if (strict !== null) return { text: strict, encoding: 'utf-8' };
  const encoding = pickEncoding(bytes, declaredCharset);
  return { text: iconv.decode(Buffer.from(bytes), encoding), encoding };
}

/** NUL bytes, or many C0 control bytes other than tab/newline/carriage return/form feed/escape. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) || b === 0x7f) control++;
  }
  return n > 0 && control / n > CONTROL_RATIO;
}

function pickEncoding(bytes: Uint8Array, declared?: string | null): string {
  if (declared && iconv.encodingExists(declared) && !/^utf-?8$/i.test(declared)) return canonical(declared);
  const matches = chardet.analyse(bytes.subarray(0, SNIFF_BYTES));
  const top = matches[0]?.confidence ?? 0;
  // chardet often ties Western single-byte code pages; the most common one wins ties.
  const tied = matches.filter((m) => m.confidence === top).map((m) => canonical(m.name));
  const name = tied.includes('windows-1252') ? 'windows-1252' : tied[0];
  return name && name !== 'utf-8' && iconv.encodingExists(name) ? name : 'windows-1252';
}

/** ISO-8859-1 labels are read as windows-1252, as browsers do: 0x80–0x9F are quotes and dashes in practice. */
function canonical(name: string): string {
  const n = name.toLowerCase();
  if (n === 'iso-8859-1' || n === 'latin1' || n === 'us-ascii' || n === 'ascii') return 'windows-1252';
  return n;
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function utf8(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes);
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}
