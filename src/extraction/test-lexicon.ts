/**
 * A small hand-built lexicon for unit tests: invented or generic names, so tests
 * exercise the rules rather than the project gazetteer.
 */
import { lexiconOf, type Lexicon, type LexiconPlace } from './lexicon.js';

const place = (id: string, name: string, subtype: string, aliases: string[] = []): LexiconPlace & { aliases: string[] } =>
  ({ id, name, subtype, lat: 1, lon: 2, countryCode: 'XX', country: 'Testland', admin1: null, admin2: null, aliases });

export const TEST_LEXICON: Lexicon = lexiconOf(
  [
    { id: 'ansar-test', name: 'Ansar al-Test', subtype: 'militant_group', aliases: ['AAT'] },
    { id: 'is', name: 'Islamic State', subtype: 'militant_group', aliases: ['IS', 'ISIS', 'Islamic State of Iraq and Syria'] },
    { id: 'ttb', name: 'Tehreek-e-Test Balochistan', subtype: 'militant_group', aliases: ['TTB'] },
    { id: 'qaeda', name: 'al-Qaeda', subtype: 'militant_group', aliases: ['Al-Qaeda', 'al Qaeda'] },
    { id: 'blue-front', name: 'Blue Front', subtype: 'militant_group', aliases: [] },
    { id: 'red-front', name: 'Red Front', subtype: 'militant_group', aliases: [] },
    { id: 'is-west', name: 'Islamic State West Province', subtype: 'militant_group', aliases: ["Islamic State's West Province", "IS's Western Branch"] },
  ],
  [
    place('c:pk', 'Pakistan', 'country'),
    place('c:af', 'Afghanistan', 'country'),
    place('p:punjab', 'Punjab', 'province'),
    place('p:sindh', 'Sindh', 'province'),
    place('x:lahore', 'Lahore', 'city'),
    place('x:multan', 'Multan', 'city'),
    place('x:hyderabad', 'Hyderabad', 'city'),
    place('d:okara', 'Okara', 'district'),
    place('x:basra', 'Basra', 'city'),
  ],
);
