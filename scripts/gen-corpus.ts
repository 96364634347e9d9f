/**
 * Synthetic benchmark corpus: analyst-style reports built from sentence templates
 * modelled on examples/reports, filled with generated group and person names, real
 * district and city names, dates and counts. The text is fiction, made only to load
 * the extraction pipeline; it must never be read as fact.
 *
 * Deterministic for a seed, any size, streamed document by document so memory stays
 * flat however large the output.
 *
 *   npx tsx scripts/gen-corpus.ts --size 5MB --out /tmp/corpus-5mb.txt [--seed 1]
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { pathToFileURL } from 'node:url';
import { WorkbenchError } from '../src/core/errors.js';

/** Line written between documents in a corpus file; split on it to get documents back. */
export const DOCUMENT_SEPARATOR = '\n\n<<<END OF DOCUMENT>>>\n\n';

export type Rng = () => number;

/** mulberry32: tiny, fast and good enough for picking words; never for anything secret. */
export function createRng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;
const int = (rng: Rng, min: number, max: number): number => min + Math.floor(rng() * (max - min + 1));

// Group names are assembled from parts, so most are invented; a few may match real names.
const GROUP_HEADS = ['Lashkar', 'Jaish', 'Tehreek', 'Harkat', 'Jamaat', 'Sipah', 'Ansar', 'Hizb', 'Jund', 'Majlis'];
const GROUP_TAILS = [
  'Islam', 'Tawheed', 'Furqan', 'Khilafat', 'Muhajireen', 'Qital', 'Haq', 'Ahrar', 'Mujahideen', 'Sahaba',
  'Ummah', 'Nusrat', 'Fidayeen', 'Shariat', 'Mansoorain', 'Jihad', 'Sunnat', 'Hifazat', 'Tulaba', 'Fateh',
];
/** Transliteration variants of the linking particle, the main thing resolution must see through. */
const LINKS: Record<string, readonly string[]> = { e: ['-e-', '-i-', ' e ', '-e-'], ul: ['-ul-', '-al-', '-ul-'] };
const GIVEN = [
  'Abdul Wali', 'Muhammad', 'Ahmed', 'Umar', 'Khalid', 'Hamza', 'Bilal', 'Usman', 'Saad', 'Tariq', 'Zubair',
  'Abdul Rauf', 'Abdul Hameed', 'Noor', 'Asmatullah', 'Ehsanullah', 'Sajjad', 'Mansoor', 'Qasim', 'Fazal',
  'Shahid', 'Rashid', 'Ikramullah', 'Hafeez', 'Naveed', 'Imran', 'Farhan', 'Yasir', 'Salman', 'Adnan',
];
const FAMILY = [
  'Mehsud', 'Khan', 'Afridi', 'Orakzai', 'Wazir', 'Baloch', 'Khorasani', 'Mohmand', 'Qureshi', 'Farooqi',
  'Kurd', 'Rind', 'Marwat', 'Bangash', 'Yousafzai', 'Shinwari', 'Durrani', 'Achakzai', 'Bugti', 'Raisani',
  'Haqqani', 'Niazi', 'Jatoi', 'Chaudhry', 'Butt', 'Gondal', 'Cheema', 'Abbasi', 'Siddiqui', 'Memon',
];
const MILITANT_TITLES = ['Maulana', 'Mufti', 'Hafiz', 'Qari', 'Commander', 'Mullah', 'Sheikh', ''];
const OFFICIAL_TITLES = [
  'Inspector General', 'Major General', 'Deputy Inspector General', 'Senior Superintendent of Police',
  'Brigadier', 'Additional Inspector General', 'Home Minister',
];
/** Real districts and cities with their province (or country, for Afghanistan). */
const PLACES: ReadonlyArray<readonly [string, string, string]> = [
  ['Quetta', 'Balochistan', 'Pakistan'], ['Mastung', 'Balochistan', 'Pakistan'], ['Khuzdar', 'Balochistan', 'Pakistan'],
  ['Turbat', 'Balochistan', 'Pakistan'], ['Sibi', 'Balochistan', 'Pakistan'], ['Gwadar', 'Balochistan', 'Pakistan'],
  ['Karachi', 'Sindh', 'Pakistan'], ['Hyderabad', 'Sindh', 'Pakistan'], ['Sukkur', 'Sindh', 'Pakistan'],
  ['Jacobabad', 'Sindh', 'Pakistan'], ['Shikarpur', 'Sindh', 'Pakistan'], ['Larkana', 'Sindh', 'Pakistan'],
  ['Lahore', 'Punjab', 'Pakistan'], ['Multan', 'Punjab', 'Pakistan'], ['Sialkot', 'Punjab', 'Pakistan'],
  ['Muzaffargarh', 'Punjab', 'Pakistan'], ['Rawalpindi', 'Punjab', 'Pakistan'], ['Faisalabad', 'Punjab', 'Pakistan'],
  ['Jhang', 'Punjab', 'Pakistan'], ['Bahawalpur', 'Punjab', 'Pakistan'], ['Attock', 'Punjab', 'Pakistan'],
  ['Gujranwala', 'Punjab', 'Pakistan'], ['Dera Ghazi Khan', 'Punjab', 'Pakistan'], ['Rahim Yar Khan', 'Punjab', 'Pakistan'],
  ['Peshawar', 'Khyber Pakhtunkhwa', 'Pakistan'], ['Mardan', 'Khyber Pakhtunkhwa', 'Pakistan'],
  ['Charsadda', 'Khyber Pakhtunkhwa', 'Pakistan'], ['Swat', 'Khyber Pakhtunkhwa', 'Pakistan'],
  ['Bannu', 'Khyber Pakhtunkhwa', 'Pakistan'], ['Dera Ismail Khan', 'Khyber Pakhtunkhwa', 'Pakistan'],
  ['Kohat', 'Khyber Pakhtunkhwa', 'Pakistan'], ['Hangu', 'Khyber Pakhtunkhwa', 'Pakistan'],
  ['Nowshera', 'Khyber Pakhtunkhwa', 'Pakistan'], ['Lakki Marwat', 'Khyber Pakhtunkhwa', 'Pakistan'],
  ['Islamabad', 'Islamabad Capital Territory', 'Pakistan'],
  ['Jalalabad', 'Nangarhar', 'Afghanistan'], ['Achin', 'Nangarhar', 'Afghanistan'], ['Kot', 'Nangarhar', 'Afghanistan'],
  ['Asadabad', 'Kunar', 'Afghanistan'], ['Khost', 'Khost', 'Afghanistan'], ['Kandahar', 'Kandahar', 'Afghanistan'],
  ['Lashkar Gah', 'Helmand', 'Afghanistan'], ['Ghazni', 'Ghazni', 'Afghanistan'], ['Kabul', 'Kabul', 'Afghanistan'],
  ['Sheberghan', 'Jowzjan', 'Afghanistan'], ['Sharana', 'Paktika', 'Afghanistan'], ['Zaranj', 'Nimroz', 'Afghanistan'],
];
const AGENCIES = [
  ['Counter Terrorism Department', 'CTD'], ['Frontier Corps', 'FC'], ['Sindh Rangers', 'Rangers'],
  ['Intelligence Bureau', 'IB'], ['National Directorate of Security', 'NDS'], ['Federal Investigation Agency', 'FIA'],
] as const;
const TARGETS = [
  'a police checkpoint', 'a crowded market', 'a Shia mosque', 'a district court', 'a passenger bus',
  'a polio vaccination team', 'a paramilitary convoy', 'a shrine', 'a girls\' school', 'a church',
  'a political rally', 'a bank', 'a hospital', 'a security forces camp', 'a funeral prayer',
];
const WEAPONS = [
  'Kalashnikov rifles', 'hand grenades', 'suicide vests', 'kilograms of explosives', 'detonators',
  'rocket launchers', 'pistols', 'rounds of ammunition', 'improvised explosive devices', 'laptops',
];
const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
];
const NUMBER_WORDS = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty',
];

interface Group { readonly head: string; readonly link: 'e' | 'ul'; readonly tail: string; readonly extra: string; readonly acronym: string }
interface Person { readonly title: string; readonly given: string; readonly family: string }
interface Day { readonly y: number; readonly m: number; readonly d: number }
interface Cast {
  readonly groups: readonly Group[];
  readonly people: readonly Person[];
  readonly officials: readonly Person[];
  readonly places: ReadonlyArray<readonly [string, string, string]>;
  readonly published: Day;
}

function makeGroup(rng: Rng): Group {
  const head = pick(rng, GROUP_HEADS);
  const link = rng() < 0.6 ? 'e' : 'ul';
  const tail = pick(rng, GROUP_TAILS);
  const extra = rng() < 0.3 ? pick(rng, [' Pakistan', ' al-Alami', ' Khorasan', ' Balochistan']) : '';
  const acronym = `${head[0]}${link === 'e' ? 'e' : 'u'}${tail[0]}${extra ? extra.trim()[0] : ''}`;
  return { head, link, tail, extra, acronym };
}

/** A group's name, spelled with a (possibly different) transliteration each time. */
function groupName(rng: Rng, g: Group): string {
  return `${g.head}${pick(rng, LINKS[g.link]!)}${g.tail}${g.extra}`;
}

function makePerson(rng: Rng, titles: readonly string[]): Person {
  return { title: pick(rng, titles), given: pick(rng, GIVEN), family: pick(rng, FAMILY) };
}

const fullName = (p: Person): string => `${p.title ? `${p.title} ` : ''}${p.given} ${p.family}`;

function number(rng: Rng, min: number, max: number): string {
  const n = int(rng, min, max);
  return n <= 20 && rng() < 0.5 ? NUMBER_WORDS[n]! : String(n);
}

function randomDay(rng: Rng, before: Day): Day {
  const y = int(rng, before.y - 3, before.y);
  const m = y === before.y ? int(rng, 1, before.m) : int(rng, 1, 12);
  return { y, m, d: int(rng, 1, 28) };
}

function dateText(rng: Rng, day: Day): string {
  const month = MONTHS[day.m - 1]!;
  switch (int(rng, 0, 4)) {
    case 0: return `on ${day.d} ${month} ${day.y}`;
    case 1: return `in ${month} ${day.y}`;
    case 2: return pick(rng, ['in the same month', 'two days later', 'the following week', 'last month', 'earlier this year']);
    default: return `on ${month} ${day.d}, ${day.y}`;
  }
}

type Template = (rng: Rng, c: Cast) => string;

const g = (rng: Rng, c: Cast): Group => pick(rng, c.groups);
const gp = (rng: Rng, c: Cast): string => groupName(rng, g(rng, c));
/** Two different groups, so a sentence never relates a group to itself. */
function pair(rng: Rng, c: Cast): [string, string] {
  const i = Math.floor(rng() * c.groups.length);
  const j = (i + 1 + Math.floor(rng() * (c.groups.length - 1))) % c.groups.length;
  return [groupName(rng, c.groups[i]!), groupName(rng, c.groups[j]!)];
}
const who = (rng: Rng, c: Cast): string => fullName(pick(rng, c.people));
function twoPeople(rng: Rng, c: Cast): [string, string] {
  const i = Math.floor(rng() * c.people.length);
  const j = (i + 1 + Math.floor(rng() * (c.people.length - 1))) % c.people.length;
  return [fullName(c.people[i]!), fullName(c.people[j]!)];
}
const place = (rng: Rng, c: Cast): readonly [string, string, string] => pick(rng, c.places);
const when = (rng: Rng, c: Cast): string => dateText(rng, randomDay(rng, c.published));
const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** One sentence each; our own wording, in the register of the example reports. */
const TEMPLATES: readonly Template[] = [
  (r, c) => { const a = g(r, c); return `${groupName(r, a)} (${a.acronym}) was announced ${when(r, c)} by commanders of ${gp(r, c)} who rejected the leadership of ${who(r, c)}.`; },
  (r, c) => `${cap(when(r, c))}, ${who(r, c)}, the spokesman of ${gp(r, c)}, said the group had carried out the attack.`,
  (r, c) => { const p = place(r, c); return `${cap(when(r, c))}, a suicide bomber struck ${pick(r, TARGETS)} in ${p[0]}, killing ${number(r, 2, 90)} people and injuring ${number(r, 5, 200)} others.`; },
  (r, c) => { const p = place(r, c); return `Gunmen on motorcycles opened fire on ${pick(r, TARGETS)} in the ${p[0]} district of ${p[1]} ${when(r, c)}, and ${number(r, 1, 30)} people died.`; },
  (r, c) => { const a = pick(r, AGENCIES); const p = place(r, c); return `The ${a[0]} (${a[1]}) arrested ${number(r, 2, 25)} suspected members of ${gp(r, c)} in ${p[0]} and recovered ${number(r, 2, 60)} ${pick(r, WEAPONS)} and ${number(r, 2, 40)} ${pick(r, WEAPONS)}.`; },
  (r, c) => { const p = place(r, c); return `${who(r, c)}, the emir of ${gp(r, c)}, was killed in a drone strike in ${p[0]}, ${p[1]}, ${when(r, c)}.`; },
  (r, c) => { const [a, b] = twoPeople(r, c); return `${a} succeeded ${b} as leader of ${gp(r, c)}, according to the group's own statement.`; },
  (r, c) => { const [a, b] = pair(r, c); return `${a} pledged allegiance to ${b} ${when(r, c)}, a move its rivals called a betrayal.`; },
  (r, c) => { const [a, b] = pair(r, c); return `${a} is a splinter of ${b} and still shares recruits with it in ${place(r, c)[0]}.`; },
  (r, c) => `Its student wing, ${gp(r, c)}, recruits in the seminaries of ${place(r, c)[0]}.`,
  (r, c) => { const p = place(r, c); return `A spokesman for ${gp(r, c)}, ${who(r, c)}, denied that the group had any presence in ${p[1]}.`; },
  (r, c) => `Security forces launched an offensive against ${gp(r, c)} in ${place(r, c)[0]} ${when(r, c)}, and officials said ${number(r, 5, 120)} militants were killed.`,
  (r, c) => `The interior ministry banned ${gp(r, c)} ${when(r, c)} and froze the accounts of ${number(r, 3, 40)} of its office-bearers.`,
  (r, c) => { const [a, b] = pair(r, c); return `Fighters of ${a} clashed with their rivals in ${b} near ${place(r, c)[0]} ${when(r, c)}.`; },
  (r, c) => `Officials put the death toll at ${number(r, 5, 60)}, while local residents said ${number(r, 10, 80)} had been killed.`,
  (r, c) => { const o = pick(r, c.officials); return `${fullName(o)}, a senior security official in ${place(r, c)[1]}, said the cell had been planning attacks on ${pick(r, TARGETS)}.`; },
  (r, c) => { const [a, b] = pair(r, c); return `${who(r, c)}, a former commander of ${a} in ${place(r, c)[0]}, joined ${b} with ${number(r, 10, 300)} of his fighters.`; },
  (r, c) => { const a = g(r, c); return `${a.acronym} claimed responsibility for the bombing in a statement sent to journalists ${when(r, c)}.`; },
  (r, c) => `${gp(r, c)} is based in ${place(r, c)[0]} and operates along the border with ${pick(r, ['Afghanistan', 'Iran', 'Pakistan'])}.`,
  (r, c) => `${who(r, c)} was arrested at a checkpoint outside ${place(r, c)[0]} ${when(r, c)}, carrying ${number(r, 2, 15)} ${pick(r, WEAPONS)}.`,
  (r, c) => `The United States designated ${gp(r, c)} as a terrorist organisation ${when(r, c)}.`,
  (r, c) => { const [a, b] = twoPeople(r, c); return `Investigators said ${a} had met ${b} in ${place(r, c)[0]} several times before the raid.`; },
];

const HEADINGS = ['Background', 'Leadership', 'Attacks', 'Arrests and raids', 'Rivalries', 'Assessment', 'Outlook'];

/** `count` items with different keys (the pools are far larger than any count asked for). */
function distinct<T>(count: number, make: () => T, key: (item: T) => string): T[] {
  const seen = new Map<string, T>();
  while (seen.size < count) {
    const item = make();
    if (!seen.has(key(item))) seen.set(key(item), item);
  }
  return [...seen.values()];
}

/** Builds one report of roughly 3–5 KB: a title line, a Published line, headed paragraphs. */
export function generateDocument(rng: Rng): string {
  const published: Day = { y: int(rng, 2014, 2019), m: int(rng, 1, 12), d: int(rng, 1, 28) };
  const cast: Cast = {
    groups: distinct(int(rng, 3, 5), () => makeGroup(rng), (x) => `${x.head} ${x.tail}`),
    people: distinct(int(rng, 4, 7), () => makePerson(rng, MILITANT_TITLES), (x) => `${x.given} ${x.family}`),
    officials: Array.from({ length: 2 }, () => makePerson(rng, OFFICIAL_TITLES)),
    places: distinct(int(rng, 4, 7), () => pick(rng, PLACES), (x) => x[0]),
    published,
  };
  const first = cast.groups[0]!;
  const pad = (n: number): string => String(n).padStart(2, '0');
  const lines = [
    `${groupName(rng, first)} in ${cast.places[0]![1]}: ${pick(rng, ['a network profile', 'attacks and arrests', 'leadership and rivals', 'an operations digest'])}`,
    `Published: ${published.y}-${pad(published.m)}-${pad(published.d)}`,
    '',
  ];
  const target = int(rng, 3000, 5000);
  let size = lines.join('\n').length;
  while (size < target) {
    const paragraph = Array.from({ length: int(rng, 3, 6) }, () => pick(rng, TEMPLATES)(rng, cast)).join(' ');
    const block = `${pick(rng, HEADINGS)}\n\n${paragraph}\n`;
    lines.push(block);
    size += block.length + 1;
  }
  return lines.join('\n');
}

/** Yields documents until their total UTF-8 size reaches `bytes`; holds one document at a time. */
export function* generateCorpus(options: { readonly bytes: number; readonly seed?: number }): Generator<string> {
  const rng = createRng(options.seed ?? 1);
  let written = 0;
  while (written < options.bytes) {
    const doc = generateDocument(rng);
    written += Buffer.byteLength(doc) + Buffer.byteLength(DOCUMENT_SEPARATOR);
    yield doc;
  }
}

/** "5MB", "500kb", "1.5 MB", "2048" (bytes) → bytes. Binary units: 1 MB = 1024 × 1024. */
export function parseSize(text: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(b|kb|k|mb|m|gb|g)?\s*$/i.exec(text);
  if (!m) throw new WorkbenchError('invalid_input', `invalid size "${text}" (expected e.g. 1MB, 500KB, 20MB)`);
  const unit = (m[2] ?? 'b').toLowerCase()[0];
  const factor = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
  return Math.round(Number(m[1]) * factor);
}

/** Streams a corpus to a file, waiting on back-pressure so memory does not grow with size. */
export async function writeCorpus(path: string, bytes: number, seed = 1): Promise<{ documents: number; bytes: number }> {
  const out = createWriteStream(path, { encoding: 'utf8' });
  let documents = 0;
  let total = 0;
  for (const doc of generateCorpus({ bytes, seed })) {
    const chunk = doc + DOCUMENT_SEPARATOR;
    total += Buffer.byteLength(chunk);
    documents += 1;
    if (!out.write(chunk)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return { documents, bytes: total };
}

function argument(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

async function main(args: readonly string[]): Promise<number> {
  const size = argument(args, '--size');
  const out = argument(args, '--out');
  if (!size || !out || args.includes('--help')) {
    console.error('usage: npx tsx scripts/gen-corpus.ts --size 5MB --out /tmp/corpus-5mb.txt [--seed 1]');
    return args.includes('--help') ? 0 : 2;
  }
  const seed = Number(argument(args, '--seed') ?? '1');
  if (!Number.isInteger(seed)) {
    console.error(`invalid seed "${argument(args, '--seed')}" (expected an integer)`);
    return 2;
  }
  const started = performance.now();
  const result = await writeCorpus(out, parseSize(size), seed);
  const seconds = (performance.now() - started) / 1000;
  console.error(`wrote ${result.documents} documents, ${(result.bytes / 1024 ** 2).toFixed(2)} MB, to ${out} in ${seconds.toFixed(1)} s`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).then(
    (code) => { process.exitCode = code; },
    (e: unknown) => { console.error(e instanceof Error ? e.message : String(e)); process.exitCode = 1; },
  );
}
