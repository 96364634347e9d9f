/**
 * Relation rules as data. Each rule links a left mention A and a right mention B of the
 * same sentence when the text between them (other mentions shown as ⟨O⟩ ⟨P⟩ ⟨L⟩)
 * matches `gap`; optional `after` tests the text after B. `reverse` makes B the
 * subject. `skipPP` lets A be only a clause subject (not "of X", "in X"). `dates`
 * says how a sentence date applies: 'event' (a point date starts the relation) or
 * 'state' (only "since"/"until" dates count).
 */
import type { Predicate } from '../../model/ontology.js';
import type { MentionType } from '../entities/candidate.js';

export interface PairRule {
  readonly id: string;
  readonly predicate: Predicate;
  readonly left: readonly MentionType[];
  readonly right: readonly MentionType[];
  readonly gap: RegExp;
  readonly after?: RegExp;
  /** A gap matching this blocks the rule ("X, who was killed in a strike on … headquarters in Y"). */
  readonly unless?: RegExp;
  /** Tested against the sentence text just before A (the verb of "named A its emir"). */
  readonly before?: RegExp;
  /** Tested against the right mention's own words ("Fazlullah faction"). */
  readonly rightText?: RegExp;
  readonly reverse?: boolean;
  readonly skipPP?: boolean;
  /** A is a modifier ("TTP commander X"): mentions coordinated with A do not share the claim. */
  readonly noLeftCoord?: boolean;
  /** A must be a name, not a pronoun or "the group" (whose antecedent is a guess). */
  readonly namedLeft?: boolean;
  readonly dates: 'event' | 'state' | 'none';
  readonly confidence: number;
}

const O: readonly MentionType[] = ['organization'];
const P: readonly MentionType[] = ['person'];
const L: readonly MentionType[] = ['place'];
const OP: readonly MentionType[] = ['organization', 'person'];

const ADJ = "(?:[a-z][a-z'’-]*\\s+){0,3}?";
const ART = '(?:(?:the|a|an|its|their|his)\\s+)?';
const POSS = "(?:['’]s?\\s*)";
const FILLER = '[^;]*?';

/** Words of a violent event: a place after them is where it happened, not a base. */
const EVENT_IN_GAP = /\b(?:killed|died|dead|death|strike|airstrike|raid|raided|attack(?:ed)?|arrested|captured|bomb(?:ed|ing)?|shot|wounded|injured|ambush(?:ed)?)\b/i;
const LEADER_WORDS = 'leader|chief|emir|amir|head|caliph|supremo|commander-in-chief|ameer';
const MEMBER_WORDS = 'commanders?|militants?|members?|fighters?|activists?|operatives?|terrorists?|cadres?|jihadists?|loyalists?';
const SPOKES_WORDS = 'spokesman|spokesperson|spokeswoman|spokespersons';

export const PAIR_RULES: readonly PairRule[] = [
  // "ISIS leader Abu Bakr al-Baghdadi", "ISIS’ caliph X", "the group's chief X".
  { id: 'leader-title', noLeftCoord: true, predicate: 'leader_of', left: O, right: P, reverse: true, dates: 'none', confidence: 0.8,
    gap: new RegExp(`^\\s*${POSS}?(?:senior\\s+|former\\s+|then\\s+|top\\s+|supreme\\s+|new\\s+|first\\s+|current\\s+)*(?:${LEADER_WORDS})\\s*,?\\s*$`, 'i') },
  { id: 'spokesperson-title', noLeftCoord: true, predicate: 'spokesperson_of', left: O, right: P, reverse: true, dates: 'none', confidence: 0.85,
    gap: new RegExp(`^\\s*${POSS}?(?:former\\s+|official\\s+|chief\\s+|central\\s+)*(?:${SPOKES_WORDS})\\s*,?\\s*$`, 'i') },
  { id: 'member-title', noLeftCoord: true, predicate: 'member_of', left: O, right: P, reverse: true, dates: 'none', confidence: 0.75,
    gap: new RegExp(`^\\s*${POSS}?(?:former\\s+|senior\\s+|veteran\\s+|top\\s+|local\\s+|key\\s+)*(?:${MEMBER_WORDS}|deputy(?:\\s+(?:${LEADER_WORDS}|commander))?|ideologue)(?:\\s+(?:from|in|of)\\s+(?:the\\s+)?⟨L⟩)?\\s*,?\\s*$`, 'i') },
  { id: 'founder-title', noLeftCoord: true, predicate: 'founder_of', left: O, right: P, reverse: true, dates: 'none', confidence: 0.8,
    gap: new RegExp(`^\\s*${POSS}?(?:co-?)?founders?\\s*,?\\s*$`, 'i') },
  // "TTP commanders … including A, B and C".
  { id: 'member-including', noLeftCoord: true, predicate: 'member_of', left: O, right: P, reverse: true, dates: 'none', confidence: 0.65,
    gap: new RegExp(`^\\s*(?:${MEMBER_WORDS}|leaders)\\b${FILLER}\\bincluding\\s+(?:former\\s+)?$`, 'i') },
  // "X, the first Emir of LeJ", "X, a former official spokesperson of the military".
  { id: 'role-of', predicate: 'leader_of', left: P, right: O, dates: 'state', confidence: 0.8,
    gap: new RegExp(`^\\s*,?\\s*(?:who\\s+(?:is|was)\\s+|(?:is|was)\\s+)?${ART}(?:former\\s+|first\\s+|new\\s+|current\\s+|then\\s+|supreme\\s+|self-styled\\s+)*(?:${LEADER_WORDS})\\s+(?:of|for|in)\\s+(?:the\\s+)?$`, 'i') },
  { id: 'spokesperson-of', predicate: 'spokesperson_of', left: P, right: O, dates: 'state', confidence: 0.8,
    gap: new RegExp(`^\\s*,?\\s*(?:who\\s+(?:is|was)\\s+|(?:is|was)\\s+)?${ART}(?:former\\s+|official\\s+|chief\\s+|central\\s+)*(?:${SPOKES_WORDS})\\s+(?:of|for)\\s+(?:the\\s+)?$`, 'i') },
  { id: 'founder-of', predicate: 'founder_of', left: P, right: O, dates: 'event', confidence: 0.8,
    gap: new RegExp(`^\\s*,?\\s*(?:who\\s+)?(?:(?:is|was)\\s+)?${ART}(?:co-?)?(?:founder|founding leader)\\s+of\\s+(?:the\\s+)?$|^\\s*(?:co-?)?founded\\s+(?:the\\s+)?$`, 'i') },
  { id: 'member-of', predicate: 'member_of', left: P, right: O, dates: 'state', confidence: 0.7,
    gap: new RegExp(`^\\s*,?\\s*(?:who\\s+(?:is|was)\\s+|(?:is|was)\\s+)?${ART}(?:former\\s+|senior\\s+|veteran\\s+|top\\s+|key\\s+)*(?:member|commander|militant|fighter|activist|operative|deputy|ideologue)\\s+(?:of|in|with)\\s+(?:the\\s+)?$`, 'i') },
  // "Hafiz Saeed Khan Orakzai, a former TTP commander".
  { id: 'apposition-role', predicate: 'member_of', left: P, right: O, dates: 'state', confidence: 0.75,
    gap: /^\s*,\s*(?:(?:a|an|the|another)\s+)?(?:former\s+|senior\s+|veteran\s+|top\s+|key\s+|local\s+|prominent\s+)*$/i,
    after: new RegExp(`^\\s*(?:${MEMBER_WORDS}|deputy|figure|leader)\\b`, 'i') },
  // "X, the TTP chief for Orakzai": a regional chief is a member; "X, the TTP chief," leads it.
  { id: 'apposition-regional-chief', predicate: 'member_of', left: P, right: O, dates: 'state', confidence: 0.7,
    gap: /^\s*,\s*(?:a|an|the)\s+(?:former\s+|then\s+)?$/i, after: new RegExp(`^\\s*(?:${LEADER_WORDS}|commander)\\s+(?:for|in|of)\\s+(?:the\\s+)?\\p{Lu}`, 'u') },
  { id: 'apposition-chief', predicate: 'leader_of', left: P, right: O, dates: 'state', confidence: 0.7,
    gap: /^\s*,\s*(?:the\s+)(?:former\s+|then\s+|current\s+)?$/i, after: new RegExp(`^\\s*(?:${LEADER_WORDS})\\s*[,.;)]`) },
  // "the director general of ISPR, Maj Gen X": the title comes before the organisation.
  { id: 'title-of-org-apposition', predicate: 'leader_of', left: O, right: P, reverse: true, dates: 'state', confidence: 0.7,
    before: /\b(?:director[- ]general|head|chief|leader|emir|amir|chairman|commander)\s+of\s+(?:the\s+)?$/i,
    gap: /^\s*\)?\s*,\s*(?:(?:Major|Maj|Lieutenant|Lt|General|Gen|Brigadier|Brig|Colonel|Col|Dr|Mr)\.?\s+){0,3}$/ },
  // "X, the group's operations commander".
  { id: 'apposition-group-leader', predicate: 'leader_of', left: P, right: O, dates: 'none', confidence: 0.65,
    gap: /^\s*,\s*$/, after: /^\s*['’]s?\s+(?:[a-z-]+\s+){0,2}?(?:leader|chief|emir|amir|head)\b/i },
  { id: 'apposition-group-member', predicate: 'member_of', left: P, right: O, dates: 'none', confidence: 0.65,
    gap: /^\s*,\s*$/, after: /^\s*['’]s?\s+(?:[a-z-]+\s+){0,2}?(?:commander|militant|member|fighter|deputy|ideologue|financier|operative)\b/i },
  { id: 'apposition-group-spokesperson', predicate: 'spokesperson_of', left: P, right: O, dates: 'none', confidence: 0.7,
    gap: /^\s*,\s*$/, after: /^\s*['’]s?\s+(?:[a-z-]+\s+){0,2}?(?:spokesman|spokesperson|spokeswoman)\b/i },
  { id: 'member-of-place', predicate: 'member_of', left: P, right: O, dates: 'state', confidence: 0.5,
    gap: /^\s*of\s+(?:the\s+)?(?:notorious\s+|banned\s+|outlawed\s+)?$/i },
  // Passive: "LeJ was led by X", "founded by former SSP activists A, B and C".
  { id: 'led-by', predicate: 'leader_of', left: O, right: P, reverse: true, dates: 'state', confidence: 0.8,
    gap: /^\s*\)?\s*,?\s*(?:which\s+|that\s+)?(?:is|was|has been|had been|were|are)?\s*(?:being\s+|currently\s+|previously\s+|then\s+|now\s+|still\s+|later\s+)?(?:led|headed|commanded)\s+by\s+(?:its\s+)?(?:former\s+)?(?:leader\s+|chief\s+|emir\s+)?$|^\s*,\s*(?:a|an|the)\s+[^,;]{0,50}?\b(?:led|headed|commanded)\s+by\s+$/i },
  { id: 'founded-by', predicate: 'founder_of', left: O, right: P, reverse: true, dates: 'event', confidence: 0.8,
    gap: new RegExp(`^\\s*\\)?\\s*,?\\s*(?:which\\s+|that\\s+)?(?:is|was|has been|had been|were|are)?\\s*(?:${ART}${ADJ}(?:movement|group|organi[sz]ation|party|outfit|faction)\\s+)?(?:co-?)?(?:founded|established|formed|set up|created)\\s+(?:(?:in|at)\\s+[\\w ,⟨⟩]{1,24}?\\s+){0,2}by\\s+(?:former\\s+)?(?:⟨O⟩\\s+)?(?:${MEMBER_WORDS}|leaders?|clerics?)?\\s*$`, 'i') },
  // "took over leadership for ISIS-K", "was nominated as ISIS’ Emir of Wilayat-e-Khorasan".
  { id: 'took-over', predicate: 'leader_of', left: P, right: O, skipPP: true, dates: 'event', confidence: 0.8,
    gap: /^\s*,?\s*(?:then\s+|later\s+|subsequently\s+)?(?:took|takes|has taken|assumed|assumes)\s+(?:over\s+)?(?:the\s+)?(?:leadership|command|charge)\s+(?:of|for)\s+(?:the\s+)?$/i },
  // "X, …, had taken over the TTP in 2013": the verb phrase may follow an apposition.
  { id: 'took-over-org', predicate: 'leader_of', left: P, right: O, skipPP: true, dates: 'event', confidence: 0.75,
    gap: /^(?:\s*,[^;]{0,80},)?\s*(?:then\s+|later\s+|subsequently\s+)?(?:took|takes|had taken|has taken)\s+over\s+(?:as\s+(?:head|chief|leader)\s+of\s+)?(?:the\s+)?$/i },
  { id: 'appointed-as', predicate: 'leader_of', left: P, right: O, skipPP: true, dates: 'none', confidence: 0.75,
    gap: new RegExp(`\\b(?:nominated|appointed|named|made|elected|became|chosen|declared)\\s+(?:as\\s+)?(?:the\\s+)?(?:⟨O⟩\\s*['’]s?\\s*)?(?:first\\s+|new\\s+)?(?:${LEADER_WORDS})\\s+(?:of|for)\\s+(?:the\\s+)?$`, 'i') },
  // "X, who heads Y", "X now leads Y": active leadership verbs.
  { id: 'heads', predicate: 'leader_of', left: P, right: O, skipPP: true, dates: 'state', confidence: 0.75,
    gap: /^\s*,?\s*(?:who\s+)?(?:now\s+|currently\s+|still\s+|then\s+|later\s+)?(?:heads|headed|leads|commands|commanded)\s+(?:the\s+)?$/i },
  // "X, …, had earlier spoken for Y": a former spokesperson.
  { id: 'spoke-for', predicate: 'spokesperson_of', left: P, right: O, skipPP: true, dates: 'none', confidence: 0.65,
    gap: /^(?:\s*,[^;]{0,80},)?\s*,?\s*(?:who\s+)?(?:had\s+|has\s+)?(?:earlier\s+|previously\s+|once\s+|also\s+)?(?:spoke|spoken|speaks)\s+(?:publicly\s+)?for\s+(?:the\s+)?$/i },
  // "X was announced in 2014 by commanders of Y": a group formed out of Y.
  { id: 'formed-by-members-of', predicate: 'splinter_of', left: O, right: O, dates: 'event', confidence: 0.7,
    gap: /^\s*\)?\s*,?\s*(?:was|were)\s+(?:announced|formed|founded|created|launched|established|set up)\s+(?:in\s+[^,;]{1,24}?\s+)?by\s+(?:former\s+|disgruntled\s+|breakaway\s+|dissident\s+|senior\s+)*(?:commanders|members|leaders|militants|defectors|factions|cadres)\s+(?:of|from)\s+(?:the\s+)?$/i },
  // "X joined Y in 2010", "X later defected to Y".
  { id: 'joined', predicate: 'member_of', left: P, right: O, skipPP: true, dates: 'event', confidence: 0.7,
    gap: /\b(?:joined|defected\s+to|enlisted\s+(?:in|with)|signed\s+up\s+(?:with|to))\s+(?:the\s+)?(?:ranks\s+of\s+(?:the\s+)?)?$/i },
  // "named A its governor", "appointed A as the group's new spokesman": the title follows A.
  { id: 'named-title', predicate: 'leader_of', left: P, right: O, dates: 'event', confidence: 0.75,
    before: /\b(?:named|appointed|made|elected|chose|installed|declared|nominated|designated)\s+(?:(?:the\s+)?(?:cleric|commander|militant|preacher|veteran)\s+)?$/i,
    gap: /^\s*,?\s*(?:as\s+)?(?:the\s+)?$/, after: new RegExp(`^\\s*['’]?s?\\s*(?:new\\s+|first\\s+|interim\\s+|acting\\s+|supreme\\s+)*(?:${LEADER_WORDS}|governor|wali)\\b`, 'i') },
  { id: 'named-spokesperson', predicate: 'spokesperson_of', left: P, right: O, dates: 'event', confidence: 0.75,
    before: /\b(?:named|appointed|made|chose|installed|nominated|designated)\s+$/i,
    gap: /^\s*,?\s*(?:as\s+)?(?:the\s+)?$/, after: new RegExp(`^\\s*['’]?s?\\s*(?:new\\s+|official\\s+|chief\\s+|central\\s+)*(?:${SPOKES_WORDS})\\b`, 'i') },
  // Succession: "X was replaced by Y", "X was succeeded by Y", "His successor is Y".
  { id: 'replaced-by', predicate: 'succeeded', left: P, right: P, reverse: true, dates: 'event', confidence: 0.8,
    gap: /^\s*(?:was|is|had been|has been|were)?\s*(?:soon\s+|later\s+|subsequently\s+|eventually\s+)?(?:replaced|succeeded)\s+(?:as\s+\w+\s+)?by\s+(?:(?:his|her|its)\s+)?(?:(?:younger|elder|former)\s+)?(?:brother|son|deputy|cousin|nephew)?\s*,?\s*$/i },
  // "His successor, Y, was killed …": an apposition names the successor.
  { id: 'successor-apposition', predicate: 'succeeded', left: P, right: P, reverse: true, dates: 'none', confidence: 0.7,
    gap: /^\s*['’]?s?\s*(?:immediate\s+|eventual\s+)?(?:successor|replacement)\s*,\s*$/i },
  { id: 'successor-is', predicate: 'succeeded', left: P, right: P, reverse: true, dates: 'event', confidence: 0.75,
    gap: /^\s*['’]?s?\s*(?:successor|replacement)\s+(?:is|was|became)\s+$/i },
  // "Khan's former deputy …, Y, took over leadership": Y succeeded Khan.
  { id: 'deputy-took-over', predicate: 'succeeded', left: P, right: P, reverse: true, dates: 'event', confidence: 0.65,
    gap: /^\s*['’]s?\s+(?:former\s+|long-?time\s+|senior\s+)?deputy\b[^;]{0,100}$/i,
    after: /^\s*,?\s*(?:then\s+|later\s+)?(?:took|has taken|assumed|took\s+up)\s+(?:over\s+)?(?:the\s+)?(?:leadership|command|charge)\b/i },
  { id: 'predecessor', predicate: 'succeeded', left: P, right: P, dates: 'none', confidence: 0.7,
    gap: /^\s*['’]?s?\s*(?:immediate\s+)?predecessor\s*,?\s*(?:as\s+\w+\s*,?\s*)?$/i },
  { id: 'succeeded', predicate: 'succeeded', left: P, right: P, dates: 'event', confidence: 0.75,
    gap: /^\s*,?\s*(?:who\s+)?(?:succeeded|replaced)\s+$/i },
  { id: 'follower-of', predicate: 'follower_of', left: P, right: P, dates: 'state', confidence: 0.6,
    gap: /^\s*,?\s*(?:(?:once|was|is|a|an|the|long-?time|former|devoted|close)\s+)*(?:follower|disciple|student|protégé|protege|acolyte)\s+of\s+$/i },
  { id: 'relative-of', predicate: 'relative_of', left: P, right: P, dates: 'none', confidence: 0.7,
    gap: /^\s*,?\s*(?:(?:who\s+is|is|was|a|an|the|his|her)\s+)*(?:son|brother|father|nephew|cousin|uncle|daughter|sister|mother|wife|husband|son-in-law|brother-in-law|father-in-law)\s+of\s+$/i },
  { id: 'relative-apposition', predicate: 'relative_of', left: P, right: P, dates: 'none', confidence: 0.7,
    gap: /^\s*,\s*$/, after: /^['’]s?\s+(?:younger\s+|elder\s+|older\s+)?(?:son|brother|father|nephew|cousin|uncle|daughter|sister|mother|wife|husband|son-in-law|brother-in-law)\b/i },
  { id: 'relative-pronoun', predicate: 'relative_of', left: P, right: P, dates: 'none', confidence: 0.6,
    gap: /^\s*(?:younger\s+|elder\s+|older\s+)?(?:son|brother|father|nephew|cousin|uncle|daughter|sister|mother|wife|husband)\s*,?\s*$/i },
  { id: 'relative-poss', predicate: 'relative_of', left: P, right: P, dates: 'none', confidence: 0.7,
    gap: /^\s*['’]s?\s*(?:son|brother|father|nephew|cousin|uncle|daughter|sister|mother|wife|husband|son-in-law|brother-in-law)\s*,?\s*$/i },
  // Allegiance (verb rules: the subject is a clause subject).
  { id: 'allegiance', predicate: 'pledged_allegiance_to', left: OP, right: OP, skipPP: true, dates: 'event', confidence: 0.85,
    gap: /\b(?:pledged?|pledging|swore|sworn|swear|swearing|declared|announced|offered|gave|given|took|taken|renewed|pledges|swears)\s+(?:(?:their|its|his|an?|online|formal|public|publicly|full)\s+)*(?:allegiance|loyalty|bay['’]?a[ht]?|fealty|oath(?:\s+of\s+allegiance)?)\s+to\s+(?:the\s+)?(?:so-called\s+)?$/i },
  { id: 'allegiance-whom', predicate: 'pledged_allegiance_to', left: OP, right: OP, reverse: true, dates: 'event', confidence: 0.7,
    gap: /^\s*,\s*(?:with|to)\s+whom\s+$/i, after: /^\s*(?:claims|claimed|has pledged|had pledged|pledged|swore|owes|professes)\s+(?:its\s+|their\s+|his\s+)?allegiance\b/i },
  { id: 'supports', predicate: 'supports', left: ['organization', 'person', 'place'], right: O, skipPP: true, dates: 'event', confidence: 0.65,
    gap: /\b(?:help(?:ed|ing|s)?|assist(?:ed|ing|s)?)\s+(?:the\s+)?$|\b(?:expressed|voiced|declared|announced|offered|extended|pledged)\s+(?:(?:his|its|their|her|full|strong|public)\s+)*support\s+(?:to|for)\s+(?:the\s+)?$|\b(?:supports|supported|backs|backed|endorsed)\s+(?:the\s+)?$/i },
  // Organisation to organisation.
  { id: 'splinter', predicate: 'splinter_of', left: O, right: O, skipPP: true, dates: 'state', confidence: 0.8,
    gap: new RegExp(`(?:^(?:[^;]*?\\band\\s+)?\\s*,?\\s*(?:which\\s+is\\s+|is\\s+|was\\s+|as\\s+)?${ART}${ADJ}|^\\s*\\)?\\s*,?\\s*(?:(?:was|were)\\s+)?(?:formed|founded|created|established)\\s+(?:[^;]{0,80}?\\s+)?as\\s+(?:a|an)\\s+${ADJ}|^As\\s+(?:a|an)\\s+)(?:splinter(?:\\s+group)?|offshoot|breakaway\\s+(?:faction|group)|spin-?off)\\s+(?:of|from)\\s+(?:the\\s+)?${ADJ}$|\\b(?:broke|split|splintered|broken)\\s+(?:away\\s+)?(?:off\\s+)?from\\s+(?:the\\s+)?$`, 'i') },
  // "X, formed in 1996 by … as a splinter of Y": the founding dates the split.
  { id: 'formed-as-splinter', predicate: 'splinter_of', left: O, right: O, dates: 'event', confidence: 0.8,
    gap: new RegExp(`^\\s*\\)?\\s*,?\\s*(?:(?:was|were)\\s+)?(?:formed|founded|created|established)\\s+(?:[^;]{0,80}?\\s+)?as\\s+(?:a|an)\\s+${ADJ}(?:splinter(?:\\s+group)?|offshoot|breakaway\\s+(?:faction|group)|spin-?off)\\s+(?:of|from)\\s+(?:the\\s+)?$`, 'i') },
  // "Jamaat-ul-Ahrar, a TTP splinter group": the parent named as a modifier.
  { id: 'splinter-modifier', predicate: 'splinter_of', left: O, right: O, dates: 'state', confidence: 0.75,
    gap: /^\s*,?\s*(?:which\s+is\s+|is\s+|was\s+)?(?:a|an|the)\s+(?:former\s+|small\s+|militant\s+|violent\s+)*$/i, after: /^\s*['’]?s?\s*(?:splinter|breakaway|offshoot|spin-?off)\b/i },
  { id: 'faction-modifier', predicate: 'faction_of', left: O, right: O, dates: 'state', confidence: 0.7,
    gap: /^\s*,?\s*(?:which\s+is\s+|is\s+|was\s+)?(?:a|an|the)\s+$/i, after: /^\s*['’]?s?\s*faction\b/i },
  // "TTP's Fazlullah faction", "ISIS's Khorasan branch", "LeT's student wing".
  { id: 'possessive-faction', predicate: 'faction_of', left: O, right: O, reverse: true, dates: 'state', confidence: 0.7,
    gap: /^\s*['’]s?\s*$/, rightText: /\bfaction$/ },
  { id: 'possessive-branch', predicate: 'branch_of', left: O, right: O, reverse: true, dates: 'state', confidence: 0.7,
    gap: /^\s*['’]s?\s*$/, rightText: /\b(?:branch|chapter|province|wilayat?)$/ },
  { id: 'possessive-wing', predicate: 'wing_of', left: O, right: O, reverse: true, dates: 'state', confidence: 0.7,
    gap: /^\s*['’]s?\s*$/, rightText: /\b(?:wing|front)$/ },
  { id: 'faction-of', predicate: 'faction_of', left: O, right: O, dates: 'state', confidence: 0.7,
    gap: /^(?:\s*,[^;,]{0,80},)?\s*,?\s*(?:which\s+is\s+|is\s+|was\s+|remains\s+)?(?:a|an|the)\s+(?:[\w-]+\s+){0,2}faction\s+(?:of|within|inside)\s+(?:the\s+)?$/i },
  { id: 'wing-of', predicate: 'wing_of', left: O, right: O, dates: 'state', confidence: 0.8,
    gap: /^(?:\s*,[^;,]{0,80},)?\s*,?\s*(?:which\s+is\s+|is\s+|was\s+)?(?:the|a|an|its)\s+(?:political|student|students'?|women['’]?s?|youth|militant|armed|military|charity|charitable|media|propaganda|welfare|religious)\s+(?:wing|arm|front)\s+of\s+(?:the\s+)?$/i },
  // "its political front is the Milli Muslim League".
  // "X, a semi-autonomous arm of Y", "X is a front organisation for Y".
  { id: 'arm-of', predicate: 'wing_of', left: O, right: O, dates: 'state', confidence: 0.7,
    gap: /^\s*,?\s*(?:which\s+is\s+|is\s+|was\s+)?(?:the|a|an|its)\s+(?:[\w-]+\s+){0,2}(?:arm\s+of|front\s+(?:organi[sz]ation|group|outfit)\s+(?:for|of))\s+(?:the\s+)?$/i },
  // "A and B formed an alliance", "A and B have clashed repeatedly": both directions.
  { id: 'pair-alliance', predicate: 'allied_with', left: O, right: O, noLeftCoord: true, dates: 'event', confidence: 0.65,
    gap: /^\s*(?:and|&)\s+(?:the\s+)?$/i, after: /^\s*(?:have\s+|had\s+|later\s+|then\s+)*(?:formed|forged|announced|entered\s+into|sealed)\s+(?:an?\s+|their\s+)?(?:\w+\s+)?(?:alliance|coalition|pact)\b/i },
  { id: 'pair-rivalry', predicate: 'rival_of', left: O, right: O, noLeftCoord: true, dates: 'state', confidence: 0.6,
    gap: /^\s*(?:and|&)\s+(?:the\s+)?$/i, after: /^\s*(?:have\s+|had\s+|also\s+)*(?:clashed|fought\s+each\s+other|been\s+at\s+war|feuded)\b/i },
  { id: 'wing-is', predicate: 'wing_of', left: O, right: O, reverse: true, dates: 'state', confidence: 0.7,
    gap: /^\s*['’]?s?\s*(?:political|student|students'?|women['’]?s?|youth|militant|armed|military|charity|charitable|media|welfare)\s+(?:wing|arm|front)\s+(?:is|was|has been)\s+(?:the\s+)?$/i },
  { id: 'branch-calls', predicate: 'branch_of', left: O, right: O, reverse: true, dates: 'event', confidence: 0.7,
    gap: /^\s*(?:calls|called|named|dubbed|declared)\s+(?:this|it|its\s+\w+)\s+$/i },
  { id: 'branch-of', predicate: 'branch_of', left: O, right: O, dates: 'state', confidence: 0.75,
    gap: /^\s*,?\s*(?:which\s+is\s+|is\s+|was\s+)?(?:the|a|an|its)\s+(?:[A-Z][\w-]*\s+){0,3}(?:branch|chapter|province|affiliate|franchise|wilayat?)\s+of\s+(?:the\s+)?$/i },
  { id: 'merged', predicate: 'merged_into', left: O, right: O, skipPP: true, dates: 'event', confidence: 0.75,
    gap: /\b(?:announced|completed|declared)\s+(?:its|their|a)\s+merger\s+(?:with|into)\s+(?:the\s+)?$|\b(?:merged|merges|was\s+merged|were\s+merged|dissolved)\s+(?:back\s+)?(?:into|with)\s+(?:the\s+)?$|\b(?:rejoin(?:ed|ing|s)?|re-join(?:ed|ing|s)?|returned\s+to|returning\s+to|folded\s+into)\s+(?:the\s+)?$/i },
  { id: 'affiliated', predicate: 'affiliated_with', left: O, right: O, skipPP: true, dates: 'state', confidence: 0.65,
    gap: new RegExp(`(?:\\b(?:affiliated|associated|aligned|linked|connected)\\s+(?:with|to)|\\b(?:ties|links?|connections?)\\s+(?:to|with)|\\btied\\s+to|\\bclose\\s+to|\\bworked\\s+(?:closely\\s+)?(?:with|under)|\\bpart\\s+of|\\bnetwork\\s+of|\\bbeen\\s+linked\\s+to|\\bfront\\s+(?:for|of))\\s+(?:the\\s+)?${ADJ}$`, 'i') },
  { id: 'allied', predicate: 'allied_with', left: O, right: O, skipPP: true, dates: 'state', confidence: 0.65,
    gap: /\b(?:allied\s+(?:itself\s+)?(?:with|to)|(?:cooperated|cooperates|cooperating|collaborated|collaborates|colluded)\s+(?:closely\s+)?with|an?\s+(?:close\s+|key\s+)?ally\s+of|allies\s+of|alliance\s+with|joined\s+hands\s+with|teamed\s+up\s+with|joint\s+operations?\s+with)\s+(?:the\s+)?$/i },
  { id: 'rival', predicate: 'rival_of', left: O, right: O, skipPP: true, dates: 'state', confidence: 0.6,
    gap: /(?:\b(?:offensive|onslaught|war|campaign|attacks?)\s+(?:against|on)|\b(?:fought|fighting|fights|clashed\s+with|clashes\s+with|rivals?\s+of|rivalry\s+with|wiping\s+out|wiped\s+out|at\s+war\s+with))\s+(?:the\s+)?(?:most\s+of\s+)?$/i },
  // Places.
  { id: 'operates-in', predicate: 'operates_in', left: OP, right: L, skipPP: true, dates: 'state', confidence: 0.7, unless: EVENT_IN_GAP,
    gap: /\b(?:operates?|operating|operated|active|conducts?\s+operations|carries\s+out\s+operations|present|presence|established\s+(?:a\s+)?(?:base|presence)|comprising(?:\s+of)?|spread|expanded)\s+(?:(?:mainly|mostly|primarily|largely|chiefly|principally|also|mainly)\s+)?(?:in|across|throughout|of)?\s*(?:the\s+)?$|\b(?:shifted|moved|relocated)\b[^;]{0,80}\bto\s+(?:the\s+)?$|^\s*\(\s*comprising(?:\s+of)?\s+$/i },
  // "In Karachi, LeJ has worked through small cells": a fronted place of activity.
  { id: 'fronted-place', predicate: 'operates_in', left: L, right: O, reverse: true, dates: 'state', confidence: 0.6,
    before: /^(?:\s*<[^>]*>)*\s*In\s+(?:the\s+)?$/, gap: /^\s*,\s*(?:the\s+)?$/,
    after: /^\s*(?:has\s+|have\s+|had\s+|also\s+|long\s+)*(?:worked|operated|operates|been\s+active|recruited|recruits|maintained|built|run|ran)\b/i },
  { id: 'based-in', predicate: 'based_in', left: OP, right: L, skipPP: true, dates: 'state', confidence: 0.75, unless: EVENT_IN_GAP,
    gap: /\b(?:based|headquartered|headquarters)\s+(?:(?:are|is|was|were)\s+)?(?:located\s+)?(?:across\s+the\s+border\s+|mainly\s+|mostly\s+)?(?:in|at|out\s+of)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+)?(?:(?:provinces?|districts?|regions?|areas?)\s+of\s+)?$/i },
  // "a strike on Red Front's headquarters in Y": the possessor is based there, even inside a PP.
  { id: 'possessor-base', predicate: 'based_in', left: O, right: L, namedLeft: true, dates: 'state', confidence: 0.65,
    gap: /^\s*['’]s?\s+(?:main\s+|new\s+|central\s+)?(?:headquarters|base|stronghold)\s+(?:(?:is|was)\s+)?(?:in|at)\s+(?:the\s+)?$/i },
  { id: 'country-possessive', predicate: 'based_in', left: L, right: O, reverse: true, dates: 'none', confidence: 0.5,
    gap: /^\s*['’]s?\s*$/ },
  // "TTP is a Pakistan-based terrorist organization".
  { id: 'place-based', predicate: 'based_in', left: O, right: L, skipPP: true, dates: 'none', confidence: 0.7,
    gap: /^\s*\)?\s*,?\s*(?:is|was|are|were)?\s*(?:a|an|the)?\s*(?:[\w-]+\s+){0,2}$/i, after: /^-based\b/i },
  { id: 'located-in', predicate: 'located_in', left: L, right: L, dates: 'none', confidence: 0.6,
    gap: /^\s*(?:,|\s(?:province|district|city|region)?\s*(?:in|of))\s*(?:the\s+)?$/i },
];

/** Gaps joining coordinated mentions: "A, B and C", "A (ABC) and B". */
export const COORDINATION = /^\s*\)?\s*(?:,|;)?\s*(?:and|or|&|as well as)?\s*(?:the\s+)?\(?\s*$/i;
