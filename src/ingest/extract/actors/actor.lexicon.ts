/** Words for counting anonymous sources ("three people familiar with the matter"). */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map(Object.entries({
  a: 1, an: 1, one: 1, another: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, dozen: 12, fifteen: 15, twenty: 20,
}));
/** Quantifiers without a number ("several officials"): the count stays unknown. */
export const VAGUE_QUANTIFIERS = new Set(['several', 'some', 'many', 'multiple', 'few', 'numerous', 'other', 'two other', 'various']);

/** Modifiers that may sit between the quantifier and the noun of an anonymous source. */
export const ANON_MODIFIERS = new Set([
  'senior', 'junior', 'top', 'high-ranking', 'former', 'current', 'western', 'anonymous', 'unnamed', 'administration',
  'government', 'military', 'intelligence', 'security', 'defence', 'defense', 'diplomatic', 'foreign', 'state',
  'congressional', 'other', 'knowledgeable', 'regional', 'local', 'federal', 'ministry', 'police',
]);
/** Nouns that make an anonymous source on their own ("a senior official"). */
export const ANON_STRONG_NOUNS = new Set(['official', 'officials', 'source', 'sources', 'diplomat', 'diplomats', 'insider', 'insiders', 'aide', 'aides', 'officer', 'officers', 'negotiator', 'negotiators']);
/** Nouns that need a qualifier ("people familiar with ..."). */
export const ANON_WEAK_NOUNS = new Set(['people', 'person', 'persons', 'individuals', 'individual', 'advisers', 'adviser', 'advisors', 'advisor']);
/** Qualifiers that mark unnamed sources. */
export const ANON_QUALIFIERS = [
  'familiar with', 'close to', 'briefed on', 'with knowledge of', 'with direct knowledge of', 'involved in', 'knowledgeable about',
  'aware of', 'privy to', 'who spoke on condition of anonymity', 'who declined to be named', 'who asked not to be named', 'speaking on condition of anonymity',
];

/** Nouns that make a demonym phrase a group ("Ukrainian officials", "Russian forces"). */
export const GROUP_NOUNS = new Set([
  'officials', 'leaders', 'diplomats', 'forces', 'troops', 'soldiers', 'negotiators', 'lawmakers', 'legislators', 'authorities',
  'allies', 'public', 'people', 'citizens', 'voters', 'partners', 'counterparts', 'delegation', 'delegations', 'analysts', 'media',
  'intelligence', 'military', 'politicians', 'ministers', 'generals', 'commanders', 'prosecutors', 'investigators', 'experts',
  'activists', 'protesters', 'residents', 'civilians', 'refugees', 'companies', 'firms', 'banks', 'businesses', 'producers', 'nations', 'states', 'countries',
  'agents', 'representatives',
]);

/** Collective heads that are singular: "a caravan" is a group, "a defendant" is not. */
export const SINGULAR_COLLECTIVES = new Set(['caravan', 'crowd', 'mob']);

/**
 * Heads of groups named by what they are rather than by their state ("the migrants", "the migrant
 * caravan", "the 23 defendants"). Too vague to mean one group alone ("officials", "people",
 * "members", "leaders") are left out: they need a state or an organisation to name a group.
 */
export const COLLECTIVE_NOUNS = new Set([
  'migrants', 'immigrants', 'refugees', 'asylum-seekers', 'defendants', 'plaintiffs', 'protesters', 'protestors',
  'demonstrators', 'rioters', 'strikers', 'workers', 'employees', 'farmers', 'students', 'teachers', 'parents', 'voters', 'residents',
  'villagers', 'civilians', 'victims', 'survivors', 'detainees', 'prisoners', 'inmates', 'hostages', 'passengers', 'supporters',
  'critics', 'opponents', 'rebels', 'militants', 'insurgents', 'separatists', 'fighters', 'troops', 'soldiers', 'lawmakers',
  'legislators', 'senators', 'delegates', 'jurors', 'prosecutors', 'investigators', 'negotiators', 'diplomats', 'scientists',
  'doctors', 'nurses', 'economists', 'activists', 'lawyers', 'donors', 'investors', 'consumers', 'taxpayers', 'seekers', 'observers',
  ...SINGULAR_COLLECTIVES,
]);

/** Nouns that turn a demonym or state into the state itself ("the Ukrainian government"). */
export const STATE_NOUNS = new Set(['government', 'administration', 'authorities', 'leadership', 'cabinet', 'regime']);

/** Last words of organisation names ("Ministry", "Council") for names no list knows. */
export const ORG_HEADS = new Set([
  'ministry', 'council', 'party', 'agency', 'commission', 'bank', 'institute', 'university', 'committee', 'parliament', 'court',
  'department', 'office', 'union', 'association', 'foundation', 'fund', 'corporation', 'corp', 'inc', 'ltd', 'group', 'organization',
  'organisation', 'federation', 'front', 'movement', 'army', 'navy', 'guard', 'police', 'service', 'authority', 'board', 'assembly',
  'company', 'coalition', 'alliance', 'network', 'center', 'centre', 'society', 'league', 'bureau', 'protection', 'enforcement',
  'patrol', 'directorate', 'secretariat', 'command',
]);

/** Last words of news outlet names no list knows ("Chicago Tribune", "Armed American Radio"). */
export const MEDIA_HEADS = new Set([
  'tribune', 'times', 'post', 'journal', 'herald', 'news', 'gazette', 'daily', 'radio', 'tv', 'television', 'press', 'magazine',
  'review', 'telegraph', 'guardian', 'observer', 'chronicle', 'standard', 'mail', 'express', 'mirror', 'wire', 'dispatch', 'courier',
  'monitor', 'inquirer', 'bulletin', 'weekly', 'broadcasting', 'newspaper', 'network',
]);

/** Last words of names of laws, events and things: such a capitalised run is no actor. */
export const THING_HEADS = new Set([
  'amendment', 'act', 'bill', 'law', 'constitution', 'treaty', 'accord', 'accords', 'agreement', 'plan', 'doctrine', 'initiative',
  'program', 'programme', 'strategy', 'summit', 'conference', 'war', 'games', 'cup', 'award', 'prize', 'day', 'street', 'avenue',
  'square', 'bridge', 'airport', 'station', 'river', 'mountains', 'sea', 'ocean', 'island', 'islands', 'region', 'province', 'state',
  'county', 'city', 'district', 'zone', 'corridor', 'pipeline', 'project', 'report', 'index', 'declaration', 'resolution', 'charter',
]);

/** Month names: stop words in a name run, except as a surname after a first name or title ("Theresa May"). */
export const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

/** Capitalised words that never belong to a person's name. */
export const NAME_STOP = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may',
  'june', 'july', 'august', 'september', 'october', 'november', 'december', 'the', 'a', 'an', 'and', 'or', 'but', 'however', 'after',
  'before', 'while', 'when', 'if', 'as', 'in', 'on', 'at', 'for', 'of', 'to', 'by', 'with', 'from', 'this', 'that', 'these', 'those', 'it', 'he', 'she',
  'they', 'we', 'i', 'his', 'her', 'their', 'our', 'street', 'road', 'avenue', 'sea', 'river', 'mountains', 'island', 'islands', 'region',
  'oblast', 'province', 'city', 'square', 'day', 'week', 'war', 'plan', 'deal', 'act', 'agreement', 'treaty', 'summit', 'conference',
  'forum', 'games', 'cup', 'article', 'zone', 'forces', 'news', 'report', 'times', 'post', 'related', 'topics', 'sources', 'source',
  'key', 'players', 'roles', 'proposed', 'analysts', 'officials', 'according', 'also', 'said', 'says', 'under', 'over', 'against', 'about',
  'north', 'south', 'east', 'west', 'central', 'northern', 'southern', 'eastern', 'western', 'new', 'old', 'great', 'security', 'peace',
  'president', 'minister', 'prime', 'secretary', 'envoy', 'senator', 'general', 'chancellor', 'mr', 'mrs', 'ms', 'dr', 'covid', 'ai',
]);

/** Words that join the parts of a name ("Mohammed bin Salman", "Ursula von der Leyen"). */
export const NAME_CONNECTORS = new Set(['bin', 'ibn', 'al', 'el', 'de', 'del', 'della', 'da', 'dos', 'van', 'von', 'der', 'den', 'la', 'le', 'du', 'di']);

/** Prepositions after which a capital or region is a place, not an actor ("talks in Doha"). */
export const LOCATIVES = new Set(['in', 'at', 'near', 'outside', 'inside', 'around', 'across', 'throughout', 'via', 'into', 'toward', 'towards']);

/** Titles of a head of state or government: the holders "the leader" and "the administration" point to. */
export const HEAD_TITLES = new Set(['president', 'prime minister', 'premier', 'chancellor', 'king', 'queen', 'emir', 'sultan', 'supreme leader', 'leader', 'head of state', 'head of government']);

/** Pronouns by the kind of antecedent they take. */
export const PERSON_PRONOUNS = new Set(['he', 'she', 'him', 'his', 'her', 'hers']);
export const THING_PRONOUNS = new Set(['it', 'its']);
export const PLURAL_PRONOUNS = new Set(['they', 'them', 'their', 'theirs']);
