import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';
import { TEST_LEXICON } from '../test-lexicon.js';

const ents = (text: string) => {
  const x = extract(text, { lexicon: TEST_LEXICON });
  return x.mentions.map((m) => `${m.entity.split(':')[0]}=${m.text}`);
};

describe('generic names in ordinary news prose', () => {
  it('reads a place from a geographic head or start word', () => {
    expect(ents('Divers searched the Corran River near Pike Hollow for hours.')).toEqual(['place=Corran River', 'place=Pike Hollow']);
    expect(ents('The ferry from Port Idris was cancelled.')).toEqual(['place=Port Idris']);
    expect(ents('Voters in Ebbridge Province go to the polls today.')).toEqual(['place=Ebbridge Province']);
  });

  it('reads a destination after a verb of motion and a place named by its council or coast', () => {
    expect(ents('The bakery moved to Trellick last spring.')).toEqual(['place=Trellick']);
    expect(ents('The council of Wenstow approved the budget.')).toEqual(['place=Wenstow']);
    expect(ents('The village of Ashby Tarn flooded again.')).toEqual(['place=Ashby Tarn']);
  });

  it('makes a name coordinated with a known place a place', () => {
    expect(ents('A new road links Carrow and Multan.')).toEqual(['place=Carrow', 'place=Multan']);
  });

  it('reads people from an age, a "who" clause, a closing apposition comma and an occupation before the name', () => {
    expect(ents('Selma Okoro, 41, was released on bail.')).toEqual(['person=Selma Okoro']);
    expect(ents('Tarik Vaudel, who owns the shop, was not hurt.')).toEqual(['person=Tarik Vaudel']);
    expect(ents('A neighbour, Ruth Penhallow, said the fire started at night.')).toEqual(['person=Ruth Penhallow']);
    expect(ents('City manager Oskar Lindgren resigned.')).toEqual(['person=Oskar Lindgren']);
    expect(ents('Police named Colonel (retd) Arif Kundi as the victim.')).toContain('person=Arif Kundi');
  });

  it('reads companies, charities and clubs by their head word, including "Institute for …"', () => {
    expect(ents('Shares in Pelham Holdings rose after Dunrow Athletic was sold.')).toEqual(['organization=Pelham Holdings', 'organization=Dunrow Athletic']);
    expect(ents('The Ardent Institute for Soil Research published the study.')).toEqual(['organization=Ardent Institute for Soil Research']);
    expect(ents('Supporters cheered Reddington Rovers on Saturday.')).toEqual(['organization=Reddington Rovers']);
  });

  it('still reads a headline led by a verb form as no name', () => {
    expect(ents('Growing the Network of Friends')).not.toContain('organization=Growing the Network of Friends');
  });

  it('reads unnamed state forces and links them to the one named force of that kind in the document', () => {
    const x = extract('Pakistani security forces raided a house in Okara. Later security forces arrested two men.', { lexicon: TEST_LEXICON });
    const keys = x.mentions.filter((m) => /security forces/i.test(m.text)).map((m) => m.entity);
    expect(keys).toHaveLength(2);
    expect(new Set(keys).size).toBe(1);
    expect(ents('The army launched an offensive in Okara.')).toContain('organization=The army');
    expect(ents('The Army of Light is a band.')).not.toContain('organization=The army');
  });

  it('makes the unexplained members of a list that names a known place places too', () => {
    expect(ents('Patrols covered Multan, Sarwani, Bhelpur and Kotla Dain last week.')).toEqual(['place=Multan', 'place=Sarwani', 'place=Bhelpur', 'place=Kotla Dain']);
    expect(ents('Fighting spread in Tarqan district. Villages such as Tarqan, Gulsher and Pashtan emptied.')).toEqual(['place=Tarqan district', 'place=Gulsher', 'place=Pashtan']);
    expect(ents('He met Sarwani and Bhelpur on Monday.')).not.toContain('place=Sarwani');
  });

  it('joins a given name to a hyphenated surname the document names elsewhere', () => {
    expect(ents('The party picked Odile Brun-Vasseur for the seat. Brun-Vasseur, a teacher, accepted.')).toEqual(['person=Odile Brun-Vasseur', 'person=Brun-Vasseur']);
    expect(ents('Minister Brun-Vasseur spoke. Brun-Vasseur, a teacher, left.')).not.toContain('person=Minister Brun-Vasseur');
  });
});
