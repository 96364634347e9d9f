/**
 * The names of an entity as a viewer who cannot see every document may be shown them.
 *
 * An entity's name and aliases were gathered from every document that mentions it, so
 * for an entity also mentioned in a document the viewer cannot see, they may repeat
 * what only that document says (a RED report's "known as 'the Surgeon'"). Such an
 * entity is shown with the names its visible mentions give it and no others: an alias
 * stays only if a visible mention says it; the name stays if a visible mention says it
 * or a gazetteer gave it (a canonical gazetteer name is public); otherwise the name is
 * what the visible mentions say most often. Lookups by name follow the same names, so a
 * hidden alias cannot be learnt by searching for it either.
 *
 * Entities with no mention in a hidden document never come here: the common case costs
 * nothing.
 */
import type { EntityRecord, Mention } from '../core/records.js';
import type { EntityType } from '../model/ontology.js';

type Named = Pick<EntityRecord, 'id' | 'type' | 'name' | 'aliases' | 'attributes'>;

/** The lookup keys of a set of names for an entity of one type, as the resolution layer stores them. */
export type KeysOf = (type: EntityType, names: readonly string[]) => readonly string[];

/** How a name is compared with what a document says: lower case, whitespace collapsed. */
export function plainName(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

function fromGazetteer(entity: Named): boolean {
  const id = entity.attributes['gazetteer_id'];
  return id !== undefined && id !== null && id !== '';
}

/** The text the visible mentions use most often; the earliest one among equals. */
function mostSaid(mentions: readonly Mention[]): string | null {
  // Insertion order of the map is the order texts first appear, so the first maximum is the earliest.
  const counts = new Map<string, { text: string; count: number }>();
  for (const m of mentions) {
    const key = plainName(m.text);
    const seen = counts.get(key);
    if (seen) seen.count += 1;
    else counts.set(key, { text: m.text, count: 1 });
  }
  let best: { text: string; count: number } | null = null;
  for (const c of counts.values()) if (!best || c.count > best.count) best = c;
  return best?.text ?? null;
}

/**
 * `entity` with only the names its visible mentions support; the same object when none
 * had to go, so a caller can tell whether anything was hidden. With no visible mention
 * at all (visible only through a claim or event) and no gazetteer name, the entity is
 * shown under its id: every name it has came from somewhere the viewer cannot look.
 */
export function shownNames<E extends Named>(entity: E, visibleMentions: readonly Mention[]): E {
  const said = new Set(visibleMentions.map((m) => plainName(m.text)));
  const name = said.has(plainName(entity.name)) || fromGazetteer(entity) ? entity.name : mostSaid(visibleMentions) ?? entity.id;
  // A new name is not repeated among the aliases; an unchanged one keeps its aliases as they were.
  const aliases = entity.aliases.filter((a) => said.has(plainName(a)) && (name === entity.name || plainName(a) !== plainName(name)));
  if (name === entity.name && aliases.length === entity.aliases.length) return entity;
  return { ...entity, name, aliases };
}

/**
 * Whether a lookup by `keys` still finds the entity under the names it is shown with.
 * With the resolution layer's key function the test is exact (one shown name has one of
 * the keys). Without it, a shown name must equal a queried string once both are lower
 * cased and whitespace-collapsed: that can miss an entity a key would have found, but
 * it can never find one through a name the viewer is not shown.
 */
export function foundByShownNames(entity: Pick<EntityRecord, 'type' | 'name' | 'aliases'>, keys: readonly string[], keysOf?: KeysOf): boolean {
  const names = [entity.name, ...entity.aliases];
  if (keysOf) {
    const own = new Set(keysOf(entity.type, names));
    return keys.some((k) => own.has(k));
  }
  const wanted = new Set(keys.map(plainName));
  return names.some((n) => wanted.has(plainName(n)));
}
