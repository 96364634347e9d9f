/**
 * Whether a title found in PDF or DOCX metadata is a real title. Authoring tools fill
 * the field with file names and template words ("Microsoft Word - draft3.docx",
 * "untitled"), which are worse than no title.
 */

export function plausibleMetadataTitle(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const t = value.replace(/\s+/g, ' ').trim().normalize('NFC');
  if (t === '' || t.length > 300 || !/\p{L}/u.test(t)) return null;
  if (/^(?:untitled|document\d*|title|slide \d+|presentation\d*)$/i.test(t)) return null;
  if (/^microsoft (?:word|powerpoint|excel) - /i.test(t)) return null;
  if (/\.(?:docx?|pdf|rtf|odt|txt|indd|pages)$/i.test(t)) return null;
  return t;
}
