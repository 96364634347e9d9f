import { describe, expect, it } from 'vitest';
import { listedNames, readableCase, splitListedName, usableInProse } from './alias-text.js';
import { canadaRecords, parseCsv, splitAliasSummary } from './designation-records.js';

const acronyms = new Set(['TTP', 'ISIL', 'ISIS']);

describe('alias text from designation lists', () => {
  it('gives ALL-CAPS names a readable casing and keeps acronyms', () => {
    expect(readableCase('TEHRIK-I-TALIBAN PAKISTAN', acronyms)).toBe('Tehrik-i-Taliban Pakistan');
    expect(readableCase('ISIL KHORASAN', acronyms)).toBe('ISIL Khorasan');
    expect(readableCase('TTP-JA', acronyms)).toBe('TTP-JA');
    expect(readableCase('TALIBAN', acronyms)).toBe('Taliban');
    expect(readableCase('ISIL’S SOUTH ASIA BRANCH', acronyms)).toBe('ISIL’s South Asia Branch');
    expect(readableCase('Lashkar-e-Toiba', acronyms)).toBe('Lashkar-e-Toiba');
  });

  it('splits acronyms and place qualifiers out of listed names and drops glosses', () => {
    expect(splitListedName('TARIQ GIDAR GROUP (TGG)')).toEqual(['TGG', 'TARIQ GIDAR GROUP']);
    expect(splitListedName('HARAKAT UL-MUJAHIDIN / HUM')).toEqual(['HARAKAT UL-MUJAHIDIN', 'HUM']);
    expect(splitListedName('AL-HARAMAIN FOUNDATION (PAKISTAN)')).toEqual(['AL-HARAMAIN FOUNDATION PAKISTAN']);
    expect(splitListedName('Jamaat-ud-Dawa (JuD) (Society for Preaching)')).toEqual(['JuD', 'Jamaat-ud-Dawa']);
  });

  it('drops addresses, long strings and everyday phrases', () => {
    expect(listedNames('House No. 3, Street 12, Peshawar', acronyms)).toEqual([]);
    expect(listedNames('A VERY LONG NAME THAT GOES ON AND ON WELL PAST ANY NAME ANYONE WOULD WRITE IN PROSE', acronyms)).toEqual([]);
    expect(usableInProse('Islamic Group')).toBe(false);
    expect(usableInProse('Al Hayat')).toBe(false);
    expect(usableInProse('Lashkar-e-Jhangvi')).toBe(true);
  });

  it('splits a free-text alias summary on commas outside parentheses and a final "and"', () => {
    expect(splitAliasSummary('Jhangvi Army, Lashkar-e-Jhangwi (LJ, LeJ), Laskar Jhangvi and Lashkar-i-Jhangvi.'))
      .toEqual(['Jhangvi Army', 'Lashkar-e-Jhangwi (LJ, LeJ)', 'Laskar Jhangvi', 'Lashkar-i-Jhangvi']);
  });

  it('reads quoted CSV fields and flags Canadian listings that name a person', () => {
    expect(parseCsv('a,b\n"x, y","he said ""hi"""\n')).toEqual([['a', 'b'], ['x, y', 'he said "hi"']]);
    const csv = 'uuid,value,title,aliases_summary,published,updated\nu1,Haqqani Network,Haqqani Network,N/A,2013-05-01,x\nu2,John Doe,John Doe,Johnny Doe,2020-01-01,x\n';
    const recs = canadaRecords(csv, null);
    expect(recs.map((r) => [r.ref, r.names, r.listed_on, r.maybePerson])).toEqual([
      ['u1', ['Haqqani Network'], '2013-05-01', false],
      ['u2', ['John Doe', 'Johnny Doe'], '2020-01-01', true],
    ]);
  });
});
