/**
 * Closed word lists the recognisers share: capitalised words that are not names
 * (sentence starters, months, weekdays), person titles, and organisation head words.
 * Kept as data in one place so recall/precision trade-offs are tuned here, not in code.
 */

/** Capitalised words that never start or form a name on their own. */
export const NOT_NAME = new Set((
  'a an the this that these those there here it its he she they we i you his her their our my your them him us me ' +
  'and or but nor so yet for of in on at by to from with without within into onto upon over under after before ' +
  'during since until till while when where which who whom whose what why how if then than as also although though ' +
  'however moreover meanwhile thus hence therefore furthermore besides despite regardless rather likewise instead ' +
  'other others another some many most more several few all both each every any no not none one two three four five ' +
  'six seven eight nine ten first second third last next later earlier today yesterday tomorrow ' +
  'according among between against about above below around across along near through toward towards ' +
  'is are was were be been being has have had do does did will would shall should may might must can could ' +
  'mr mrs ms dr sir madam yes oh ok please see note notes source sources infobox title date location type target ' +
  'coordinates fatalities injuries perps status motives ideology headquarters leader leaders founders ' +
  'background activities description aka also subsequent subsequently clearly little due numerous locals ' +
  'brief analysis recommended articles testimony podcast about authors available spreading surfacing ' +
  'monday tuesday wednesday thursday friday saturday sunday ' +
  'january february march april may june july august september october november december ' +
  'islamist islamic muslim muslims shia sunni shiite jihadi jihadist jihadists militant militants terrorist terrorists ' +
  'government police army military security forces group groups organization organisation ' +
  'president minister prime chief general commander spokesman spokesperson governor officials official ' +
  'north south east west northern southern eastern western central new old great'
).split(/\s+/));

/** Words that may begin a name but are not part of it when sentence-initial and alone. */
export const MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};

/** Religious and customary honorifics that are part of how a person is named (kept in the span). */
export const NAME_HONORIFICS = new Set(['maulana', 'mufti', 'hafiz', 'mullah', 'mulla', 'sheikh', 'shaikh', 'qari', 'maulvi', 'moulvi', 'syed', 'sayyid', 'haji', 'hajji', 'allama', 'pir', 'sardar', 'nawab', 'khawaja', 'khwaja', 'mawlawi', 'emir', 'amir']);

/** Ranks and courtesy titles that introduce a person but stay outside the name span. */
export const TITLES = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'professor', 'lt', 'lieutenant', 'gen', 'general', 'col', 'colonel', 'maj', 'major',
  'capt', 'captain', 'brig', 'brigadier', 'sgt', 'sergeant', 'adm', 'admiral', 'commander', 'president', 'senator',
  'minister', 'judge', 'justice', 'governor', 'spokesman', 'spokesperson', 'chief', 'inspector', 'dpo', 'ssp_rank',
  'sir', 'lord', 'king', 'queen', 'prince', 'princess', 'pope', 'bishop', 'father', 'imam', 'cleric', 'caliph',
  'leader', 'militant', 'founder', 'deputy', 'mayor', 'chairman', 'ambassador', 'secretary', 'detainee',
]);

/** Given names frequent in the region, used as a weak person cue for unknown names. */
export const NAME_STARTS = new Set(['abu', 'abdul', 'abdur', 'abd', 'muhammad', 'mohammad', 'mohammed', 'ahmad', 'ahmed', 'ali', 'hassan', 'hussain', 'hussein', 'khalid', 'tahir', 'malik', 'gul', 'fazal', 'fazl', 'asif', 'ghulam', 'riaz', 'akram', 'amir', 'asim', 'saeed', 'said', 'umar', 'omar', 'usman', 'osama', 'ayman', 'ibrahim', 'ismail', 'yusuf', 'yousuf', 'zahid', 'farhan', 'fahad', 'shahid', 'mansoor', 'mansour', 'hafiz', 'ahsan', 'qari', 'mufti', 'mullah', 'maulana', 'sheikh']);

/** Head words that make a capitalised phrase an organisation. */
export const ORG_HEADS = new Set([
  'front', 'movement', 'army', 'brigade', 'brigades', 'department', 'authority', 'corps', 'force', 'forces',
  'party', 'network', 'group', 'taliban', 'organization', 'organisation', 'council', 'committee', 'agency',
  'ministry', 'police', 'union', 'league', 'association', 'foundation', 'institute', 'university', 'bank',
  'company', 'corporation', 'inc', 'ltd', 'news', 'times', 'post', 'tribune', 'commission', 'court', 'assembly',
  'parliament', 'government', 'watch', 'amnesty', 'jamaat', 'jamiat', 'tehreek', 'tehrik', 'wing', 'service', 'services', 'bureau',
  'office', 'federation', 'alliance', 'coalition', 'club', 'team', 'fc', 'church', 'mosque',
  // Ordinary newswire: companies, charities, boards and sports clubs.
  'trust', 'fund', 'board', 'society', 'academy', 'engineering', 'industries', 'holdings', 'partners', 'airlines', 'airways',
  'rovers', 'athletic', 'wanderers', 'united',
]);

/** Last words that make a capitalised run a place ("Silbrook River", "Cobble Fen", "Northmarch Province"). */
export const PLACE_HEADS: Readonly<Record<string, string>> = {
  river: 'region', island: 'locality', islands: 'region', bay: 'locality', vale: 'locality', valley: 'region', marsh: 'locality',
  crossing: 'locality', mill: 'locality', lowlands: 'region', highlands: 'region', hills: 'region', mountains: 'region',
  lake: 'region', coast: 'region', fen: 'locality', hollow: 'locality', heights: 'locality', gorge: 'region', creek: 'locality',
  springs: 'locality', falls: 'locality', forest: 'region', plain: 'region', plains: 'region', peninsula: 'region', delta: 'region',
  desert: 'region', province: 'province', county: 'district', township: 'locality', harbour: 'locality', harbor: 'locality',
};

/** First words that make a capitalised run a place ("Port Anselm", "Mount Tarvel", "Lake Osso"). */
export const PLACE_STARTS = new Set(['port', 'mount', 'lake', 'fort', 'cape', 'upper', 'lower', 'isle']);

/** Prefixes of transliterated militant group names ("Lashkar-e-…", "Jaish-e-…"). */
export const ORG_PREFIXES = new Set([
  'lashkar', 'jaish', 'jaysh', 'tehreek', 'tehrik', 'harkat', 'harakat', 'jamaat', 'jamiat', 'sipah', 'hizb', 'hezb',
  'ansar', 'ansaar', 'jund', 'majlis', 'tanzeem', 'tanzim', 'anjuman', 'markaz', 'jabhat', 'ittehad', 'ittihad',
]);

/** Nationality and sect adjectives: capitalised, but never a person's name on their own. */
export const DEMONYMS = new Set(['pakistani', 'afghan', 'afghani', 'indian', 'iranian', 'iraqi', 'syrian', 'saudi', 'american',
  'british', 'chinese', 'russian', 'uzbek', 'tajik', 'arab', 'punjabi', 'pashtun', 'pakhtun', 'baloch', 'baluch', 'sindhi',
  'kashmiri', 'bengali', 'turkish', 'european', 'western', 'shia', 'sunni', 'shiite', 'ismaili', 'hazara', 'deobandi', 'barelvi',
  'wahhabi', 'salafi', 'sufi', 'islamist', 'jihadi', 'muslim', 'christian', 'hindu', 'sikh', 'ahmadi', 'french', 'german', 'israeli']);

/** Nationality adjective → the country it names, for "arrested by Pakistani forces" with no other place. */
export const DEMONYM_COUNTRY: Readonly<Record<string, string>> = {
  pakistani: 'Pakistan', afghan: 'Afghanistan', indian: 'India', iranian: 'Iran', iraqi: 'Iraq', syrian: 'Syria',
  saudi: 'Saudi Arabia', american: 'United States', british: 'United Kingdom', chinese: 'China', russian: 'Russia',
  uzbek: 'Uzbekistan', tajik: 'Tajikistan', turkish: 'Turkey', french: 'France', german: 'Germany', israeli: 'Israel',
};
