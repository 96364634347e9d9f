/**
 * The one normalisation every stored text gets: line endings become "\n", NUL
 * characters go (PostgreSQL cannot store them, and both engines must hold the same
 * text), and the text is put in Unicode NFC. Evidence offsets point into this
 * normalised text, which is the text we store, so a quote found by offset is always
 * the quote the analyst sees.
 */

export function normaliseText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/\u0000/g, '').normalize('NFC');
}

/**
 * For text that we assembled ourselves from HTML, PDF or DOCX (never for .txt/.md,
 * which are kept as written): trailing spaces go, runs of blank lines shrink to one,
 * and the text is trimmed.
 */
export function tidyExtracted(text: string): string {
  return normaliseText(text)
    .replace(/[ \t\u00a0]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** True when nothing but whitespace (including no-break and zero-width spaces) is left. */
export function isBlank(text: string): boolean {
  return text.replace(/[\s\u200b\u200c\u200d\ufeff]/g, '') === '';
}
