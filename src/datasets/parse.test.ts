import { describe, expect, it } from 'vitest';
import { WorkbenchError } from '../core/errors.js';
import { detectLayout, parseIncidents } from './parse.js';
import { LAYOUTS } from './layouts/index.js';

const GTD_HEADER = LAYOUTS.gtd.columns.join(',');

function gtdRow(over: Record<string, string>): string {
  const base: Record<string, string> = {
    eventid: 'T1', iyear: '2015', imonth: '5', iday: '13', extended: '0', country_txt: 'Pakistan', region_txt: 'South Asia',
    provstate: 'Sindh', city: 'Karachi', latitude: '24.86', longitude: '67.01', summary: 'A bus was attacked.', success: '1',
    suicide: '0', attacktype1_txt: 'Armed Assault', targtype1_txt: 'Transportation', corp1: 'Unknown', target1: 'Bus',
    gname: 'Jundallah', gname2: '', gname3: '', claimed: '1', weaptype1_txt: 'Firearms', nkill: '45', nwound: '13', nperps: '-99',
  };
  return LAYOUTS.gtd.columns.map((c) => {
    const v = over[c] ?? base[c] ?? '';
    return /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
  }).join(',');
}

describe('detectLayout', () => {
  it('recognises each layout by its header and refuses others', () => {
    expect(detectLayout([...LAYOUTS.gtd.columns])).toBe('gtd');
    expect(detectLayout([...LAYOUTS.acled.columns])).toBe('acled');
    expect(detectLayout([...LAYOUTS.ucdp.columns])).toBe('ucdp');
    expect(detectLayout(['name', 'date', 'killed'])).toBeNull();
  });
});

describe('parseIncidents (GTD)', () => {
  it('reads unknowns (-9, -99, Unknown, empty) as null, never as numbers', () => {
    const csv = [GTD_HEADER, gtdRow({ nkill: '', nwound: '-99', claimed: '-9', gname: 'Unknown', imonth: '0', iday: '0', latitude: '' })].join('\n');
    const { incidents, problems } = parseIncidents(csv, 'gtd');
    expect(problems).toEqual([]);
    const i = incidents[0]!.incident;
    expect(i).toMatchObject({ killed: null, injured: null, claimed: null, perpetrators: [], date: '2015', lat: null });
    expect(i.attributes['nperps']).toBeNull();
  });

  it('reports malformed rows with line and reason and keeps the good ones', () => {
    const csv = [
      GTD_HEADER,
      gtdRow({ eventid: 'good1' }),
      'T2,2015,5',                                  // line 3: too few fields
      gtdRow({ eventid: 'T3', imonth: '13' }),       // line 4: bad month
      gtdRow({ eventid: 'T4', iday: '31', imonth: '2' }), // line 5: no 31 February
      gtdRow({ eventid: 'T5', nkill: '-3' }),        // line 6: negative count
      gtdRow({ eventid: 'T6', nwound: 'many' }),     // line 7: not a number
      gtdRow({ eventid: 'T7', iyear: '' }),          // line 8: required value missing
      gtdRow({ eventid: 'T8', latitude: 'north' }),  // line 9: unparseable coordinate
      gtdRow({ eventid: 'good2', summary: 'Two lines\nof summary, "quoted"' }), // lines 10-11
      gtdRow({ eventid: 'good3' }),                  // line 12
    ].join('\n');
    const { incidents, problems } = parseIncidents(csv, null);
    expect(incidents.map((p) => [p.incident.source_id, p.line])).toEqual([['good1', 2], ['good2', 10], ['good3', 12]]);
    expect(problems.map((p) => p.line)).toEqual([3, 4, 5, 6, 7, 8, 9]);
    expect(problems[0]!.reason).toMatch(/3 fields/);
    expect(problems[1]!.reason).toMatch(/month/);
    expect(problems[2]!.reason).toMatch(/bad date 2015-2-31/);
    expect(problems[3]!.reason).toMatch(/negative count -3/);
    expect(problems[4]!.reason).toMatch(/nwound: "many"/);
    expect(problems[5]!.reason).toMatch(/missing iyear/);
    expect(problems[6]!.reason).toMatch(/latitude/);
    expect(incidents[1]!.incident.summary).toBe('Two lines\nof summary, "quoted"');
  });

  it('gives each row its exact span, with CRLF line ends and a byte-order mark', () => {
    const csv = `\uFEFF${GTD_HEADER}\r\n${gtdRow({ eventid: 'a' })}\r\n\r\n${gtdRow({ eventid: 'b', summary: 'x\r\ny' })}\r\n`;
    const { incidents } = parseIncidents(csv, 'gtd');
    expect(incidents.map((p) => p.line)).toEqual([2, 4]);
    expect(csv.slice(incidents[0]!.start, incidents[0]!.end)).toBe(gtdRow({ eventid: 'a' }));
    expect(csv.slice(incidents[1]!.start, incidents[1]!.end)).toBe(gtdRow({ eventid: 'b', summary: 'x\r\ny' }));
  });

  it('refuses a file without the required columns, naming them', () => {
    expect(() => parseIncidents('eventid,iyear\n1,2015\n', 'gtd')).toThrow(WorkbenchError);
    expect(() => parseIncidents('eventid,iyear\n1,2015\n', 'gtd')).toThrow(/missing columns imonth, iday/);
    expect(() => parseIncidents('a,b\n1,2\n')).toThrow(/unrecognised CSV layout/);
  });
});

describe('parseIncidents (ACLED and UCDP)', () => {
  it('reads ACLED dates in both written forms and civilians as victims', () => {
    const cols = LAYOUTS.acled.columns;
    const row = (date: string, fatalities: string) => cols.map((c) => ({
      event_date: date, event_type: 'Explosions/Remote violence', sub_event_type: 'Suicide bomb', actor1: 'Jamaat-ul-Ahrar',
      assoc_actor_1: '', actor2: 'Civilians (Pakistan)', country: 'Pakistan', admin1: 'Punjab', location: 'Lahore', fatalities,
    } as Record<string, string>)[c] ?? '').join(',');
    const csv = [cols.join(','), row('2016-03-27', '75'), row('27 March 2016', '75'), row('31 June 2016', '1'), row('2016-03-28', '-1')].join('\n');
    const { incidents, problems } = parseIncidents(csv);
    expect(incidents.map((p) => p.incident.date)).toEqual(['2016-03-27', '2016-03-27']);
    expect(incidents[0]!.incident).toMatchObject({ perpetrators: ['Jamaat-ul-Ahrar'], victims: ['Civilians (Pakistan)'], targets: [], killed: 75 });
    expect(problems).toEqual([{ line: 4, reason: 'event_date: bad date "31 June 2016"' }, { line: 5, reason: 'fatalities: negative count -1' }]);
  });

  it('drops the period ACLED appends to state actors', () => {
    const cols = LAYOUTS.acled.columns;
    const row = cols.map((c) => ({ event_date: '2016-03-27', event_type: 'Battles', actor1: 'Military Forces of Pakistan (2013-2018)',
      assoc_actor_1: 'Police Forces of Pakistan (2013-2018); Tribal militia', actor2: 'TTP', country: 'Pakistan', fatalities: '3' } as Record<string, string>)[c] ?? '').join(',');
    const [p] = parseIncidents([cols.join(','), row].join('\n')).incidents;
    expect(p!.incident.perpetrators).toEqual(['Military Forces of Pakistan', 'Police Forces of Pakistan', 'Tribal militia']);
  });

  it('skips the HXL hashtag row and keeps UCDP date spans at the precision both ends share', () => {
    const cols = LAYOUTS.ucdp.columns;
    const row = (v: Record<string, string>) => cols.map((c) => v[c] ?? '').join(',');
    const base = { id: '1', type_of_violence: '3', side_a: 'IS', side_b: 'Civilians', best: '45', low: '43', high: '47', country: 'Pakistan' };
    const csv = [cols.join(','), row({ year: '#date+year', side_a: '#group+name+first' }),
      row({ ...base, date_start: '2015-05-13 00:00:00.000', date_end: '2015-05-13 00:00:00.000' }),
      row({ ...base, id: '2', date_start: '2015-05-13 00:00:00.000', date_end: '2015-05-16 00:00:00.000' }),
      row({ ...base, id: '3', date_start: '2015-05-13 00:00:00.000', date_end: '2015-07-01 00:00:00.000' }),
      row({ ...base, id: '4', date_start: '2015-05-13 00:00:00.000', date_end: '2015-05-01 00:00:00.000' }),
    ].join('\n');
    const { incidents, problems } = parseIncidents(csv);
    expect(incidents.map((p) => p.incident.date)).toEqual(['2015-05-13', '2015-05', '2015']);
    expect(incidents[0]!.incident).toMatchObject({ perpetrators: ['IS'], victims: ['Civilians'], killed: 45, attack_type: 'one-sided' });
    expect(incidents[0]!.incident.attributes).toMatchObject({ low: '43', high: '47' });
    expect(problems).toEqual([{ line: 6, reason: 'date_end 2015-05-01 is before date_start 2015-05-13' }]);
  });

  it('takes the non-state side as perpetrator unless the headline reports a state operation', () => {
    const cols = LAYOUTS.ucdp.columns;
    const row = (headline: string) => cols.map((c) => ({
      id: '9', type_of_violence: '1', side_a: 'Government of Pakistan', side_b: 'TTP', best: '5', date_start: '2014-01-01', source_headline: headline,
    } as Record<string, string>)[c] ?? '').join(',');
    const { incidents } = parseIncidents([cols.join(','), row('Suicide bomber hits army convoy'), row('Jets pound hideouts; militants killed')].join('\n'));
    expect(incidents[0]!.incident).toMatchObject({ perpetrators: ['TTP'], targets: ['Government of Pakistan'] });
    expect(incidents[1]!.incident).toMatchObject({ perpetrators: ['Government of Pakistan'], targets: ['TTP'] });
  });
});
