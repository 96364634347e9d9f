/**
 * The event type of an incident: the dataset's own attack type where it is specific
 * (GTD "Bombing/Explosion", ACLED "Air/drone strike"), otherwise cue words in the
 * summary or headline, otherwise a plain `attack`.
 */
import type { EventType } from '../model/ontology.js';
import type { Incident } from './incident.js';

const BY_ATTACK_TYPE: ReadonlyArray<readonly [RegExp, EventType]> = [
  [/^bombing|explosion|^remote explosive|^suicide bomb|^shelling/i, 'bombing'],
  [/^air\/drone strike|^assassination/i, 'killing'],
  [/^arrests?$/i, 'arrest'],
  [/^armed clash|^battles?$|^facility|^hostage|^hijacking|^unarmed assault/i, 'attack'],
  [/^non-violent transfer of territory|^government regains territory|^non-state actor overtakes territory/i, 'capture'],
];

/** Headline cues, most specific first. */
const BY_HEADLINE: ReadonlyArray<readonly [RegExp, EventType]> = [
  [/\b(?:suicide|bomb\w*|blasts?|explosions?|explosives?|ied|grenade|mortar|rocket attack)\b/i, 'bombing'],
  [/\b(?:air ?strikes?|drones?|jets? (?:pound|strike|target|hit|kill)\w*|gunships?)\b/i, 'killing'],
  [/\b(?:arrest\w*|detain\w*|captured|nabbed)\b/i, 'arrest'],
  [/\b(?:raids?|search operation)\b/i, 'raid'],
  [/\b(?:offensive|military operation|operation \w+)\b/i, 'offensive'],
  [/\b(?:gunmen|gunfire|shot|shoot\w*|opened fire|firing|gun attack|sniper)\b/i, 'shooting'],
  [/\b(?:assassinat\w*|beheaded|slain|killed|kills|murdered|target killing|encounter)\b/i, 'killing'],
];

export function eventTypeOf(incident: Incident): EventType {
  for (const label of [incident.attack_type, incident.target_type]) {
    if (!label) continue;
    for (const [re, type] of BY_ATTACK_TYPE) if (re.test(label)) return type;
  }
  if (incident.attack_type && /^armed assault/i.test(incident.attack_type)) return 'shooting';
  const summary = incident.summary ?? '';
  for (const [re, type] of BY_HEADLINE) if (re.test(summary)) return type;
  return 'attack';
}

/** The attack type a dataset would write for an event type (export). */
export function attackTypeFor(layout: Incident['layout'], type: EventType): string | null {
  if (layout === 'gtd') {
    return ({ bombing: 'Bombing/Explosion', shooting: 'Armed Assault', killing: 'Assassination' } as Partial<Record<EventType, string>>)[type]
      ?? (type === 'attack' || type === 'raid' || type === 'offensive' ? 'Armed Assault' : 'Unknown');
  }
  if (layout === 'acled') {
    return type === 'bombing' || type === 'killing' ? 'Explosions/Remote violence'
      : type === 'arrest' || type === 'seizure' || type === 'capture' ? 'Strategic developments'
        : 'Battles';
  }
  return null;
}
