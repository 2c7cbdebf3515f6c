import worldCountries, { type Country } from 'world-countries';
import {
  COMMODITIES, GIVEN_NAMES, NUMBER_WORDS, ORG_HEADS, ORG_KINDS, ORG_TITLES, ORG_TOPICS, OUTLET_HEADS, OUTLET_TAILS, PLACE_ENDS,
  PLACE_STARTS, REGION_KINDS, STATE_TITLES, SURNAMES,
} from './lexicon.js';
import { Rng } from './random.js';

/** Zipf exponent of story popularity: at 10k articles the top story gets about 3.5% of them. */
export const STORY_SKEW = 0.75;

export type Stance = 'SUPPORT' | 'OPPOSE' | 'CONDITIONAL' | 'DENY';

export interface State { kind: 'state'; name: string; capital: string; adjective: string }
export interface Org { kind: 'org'; name: string }
export interface Person { kind: 'person'; name: string; surname: string; title: string; of: State | Org }
export interface Outlet { name: string; domain: string }
export type Actor = State | Org | Person;

/** One news event: a claim, who takes which side of it, and the outlet that broke it. */
export interface Story {
  id: number;
  claim: string;
  headline: string;
  condition: string;
  /** A fact around the claim that outlets repeat without taking sides. */
  context: string;
  holders: { actor: Actor; stance: Stance }[];
  origin: Outlet;
  sourceCount: string;
  /** Days after the corpus epoch. */
  day: number;
  states: [State, State];
  org: Org;
  place: string;
  city: string;
  commodity: string;
}

/** How big the pools are for a corpus of `articles`: they grow with it, as a real news archive's do. */
export function poolSizes(articles: number) {
  return {
    people: 150 + Math.ceil(articles / 20),
    orgs: Math.min(ORG_HEADS.length * ORG_TOPICS.length * ORG_KINDS.length, 30 + Math.ceil(articles / 500)),
    outlets: Math.min(OUTLET_HEADS.length * OUTLET_TAILS.length, 20 + Math.ceil(articles / 500)),
    states: Math.min(120, 40 + Math.ceil(articles / 1000)),
    stories: Math.max(20, Math.ceil(articles / 6)),
  };
}

// The package is CommonJS: depending on the loader the array is the default export or its `default`.
const countries = ((worldCountries as unknown as { default?: Country[] }).default ?? worldCountries) as unknown as Country[];

const STATES: State[] = countries
  // Names that need "the" ("the Netherlands") or an awkward possessive are left out to keep templates simple.
  .filter((c) => c.independent && c.capital.length > 0 && c.demonyms?.eng?.m && !/[()]|s$|^(United|Central|Dominican|Czech)/.test(c.name.common))
  .map((c) => ({ kind: 'state' as const, name: c.name.common, capital: c.capital[0]!, adjective: c.demonyms.eng.m }));

const CLAIMS: ((s: Story) => [claim: string, headline: string])[] = [
  (s) => [`${s.states[0].name} will lift tariffs on ${s.commodity} imports from ${s.states[1].name}`, `${s.states[0].name} To Lift Tariffs On ${title(s.commodity)} From ${s.states[1].name}`],
  (s) => [`${s.states[0].name} has agreed to a ceasefire along its border with ${s.states[1].name}`, `${s.states[0].name} Agrees To Ceasefire On ${s.states[1].name} Border`],
  (s) => [`the ${s.org.name} is preparing sanctions against ${s.states[0].name}`, `${s.org.name} Prepares Sanctions Against ${s.states[0].name}`],
  (s) => [`${s.states[0].name} plans to withdraw its troops from ${s.place}`, `${s.states[0].name} Plans Troop Withdrawal From ${title(s.place.replace(/^the /, ''))}`],
  (s) => [`${s.states[0].name} and ${s.states[1].name} are close to a deal on ${s.commodity} exports`, `${s.states[0].name} And ${s.states[1].name} Near ${title(s.commodity)} Deal`],
  (s) => [`${s.states[0].name} will cut ${s.commodity} supplies to ${s.states[1].name} by a third`, `${s.states[0].name} To Cut ${title(s.commodity)} Supplies To ${s.states[1].name}`],
  (s) => [`the ${s.org.name} will release emergency funding for ${s.states[0].name}`, `${s.org.name} To Release Emergency Funds For ${s.states[0].name}`],
  (s) => [`${s.states[0].name} is seeking security guarantees from ${s.states[1].name}`, `${s.states[0].name} Seeks Security Guarantees From ${s.states[1].name}`],
  (s) => [`${s.states[0].name} has offered to reopen the port of ${s.city} to ships from ${s.states[1].name}`, `${s.states[0].name} Offers To Reopen ${s.city} Port`],
  (s) => [`${s.states[0].name} will hold a referendum on the future of ${s.place}`, `${s.states[0].name} To Hold Referendum On ${title(s.place.replace(/^the /, ''))}`],
  (s) => [`${s.states[1].name} is building a new military base near ${s.city}`, `${s.states[1].name} Building Military Base Near ${s.city}`],
  (s) => [`${s.states[0].name} will join the ${s.org.name} next year`, `${s.states[0].name} To Join ${s.org.name}`],
];

const CONDITIONS: ((s: Story) => string)[] = [
  (s) => `${s.states[1].name} withdraws its forces from ${s.place}`,
  (s) => `the ${s.org.name} lifts its ban on ${s.commodity} exports`,
  (s) => `${s.states[1].name} releases the detained crew of the ${s.city} tanker`,
  (s) => `parliament in ${s.states[0].capital} approves the budget`,
  (s) => `${s.states[1].name} guarantees ${s.commodity} deliveries through the winter`,
];

const CONTEXTS: ((s: Story) => string)[] = [
  (s) => `talks between ${s.states[0].name} and ${s.states[1].name} stalled twice this year`,
  (s) => `${s.commodity} prices rose sharply after the announcement`,
  (s) => `the ${s.org.name} met in ${s.city} last week`,
  (s) => `${s.place} has been contested for more than a decade`,
  (s) => `${s.states[0].name} and ${s.states[1].name} signed a trade accord only two years ago`,
  (s) => `the ${s.org.name} warned in its last report that ${s.commodity} stocks were running low`,
];

function title(text: string): string {
  return text.replace(/\b\p{L}/gu, (c) => c.toUpperCase());
}

/**
 * The invented world a corpus draws from: people, organisations, outlets, places and stories,
 * each made on demand from (seed, kind, index), so nothing is held in memory and any article can
 * be generated without the ones before it. Popularity is Zipf-like: a few actors, outlets and
 * stories take most of the coverage.
 */
export class World {
  readonly sizes: ReturnType<typeof poolSizes>;
  private readonly stateOrder: State[];
  private readonly storyStride: number;

  constructor(
    readonly seed: string,
    articles: number,
  ) {
    this.sizes = poolSizes(articles);
    this.stateOrder = Rng.of(seed, 'states').sample(STATES, this.sizes.states);
    // A stride coprime with the story count spreads popular ranks over the whole time span.
    const n = this.sizes.stories;
    let stride = 7919;
    while (gcd(stride, n) !== 1) stride += 2;
    this.storyStride = stride;
  }

  state(rank: number): State {
    return this.stateOrder[rank % this.stateOrder.length]!;
  }

  org(rank: number): Org {
    const i = rank % this.sizes.orgs;
    const name = `${ORG_HEADS[i % ORG_HEADS.length]} ${ORG_TOPICS[Math.floor(i / ORG_HEADS.length) % ORG_TOPICS.length]} ${ORG_KINDS[Math.floor(i / (ORG_HEADS.length * ORG_TOPICS.length)) % ORG_KINDS.length]}`;
    return { kind: 'org', name };
  }

  outlet(rank: number): Outlet {
    const i = rank % this.sizes.outlets;
    const head = OUTLET_HEADS[i % OUTLET_HEADS.length]!;
    const tail = OUTLET_TAILS[(i + Math.floor(i / OUTLET_HEADS.length)) % OUTLET_TAILS.length]!;
    const name = i % 3 === 0 ? `The ${head} ${tail}` : `${head} ${tail}`;
    return { name, domain: `${head}${tail}.com`.toLowerCase() };
  }

  person(rank: number): Person {
    const rng = Rng.of(this.seed, 'person', rank);
    const given = rng.pick(GIVEN_NAMES);
    const surname = rng.pick(SURNAMES);
    if (rng.chance(0.7)) {
      return { kind: 'person', name: `${given} ${surname}`, surname, title: rng.pick(STATE_TITLES), of: this.state(rng.zipf(this.sizes.states, 0.9)) };
    }
    return { kind: 'person', name: `${given} ${surname}`, surname, title: rng.pick(ORG_TITLES), of: this.org(rng.zipf(this.sizes.orgs)) };
  }

  place(rng: Rng): string {
    return `${rng.pick(PLACE_STARTS)}${rng.pick(PLACE_ENDS)}`;
  }

  /** The story at popularity rank `rank` (0 = the most re-reported). */
  storyAt(rank: number): Story {
    return this.story((rank * this.storyStride) % this.sizes.stories);
  }

  story(id: number): Story {
    const rng = Rng.of(this.seed, 'story', id);
    const a = rng.zipf(this.sizes.states, 0.9);
    let b = rng.zipf(this.sizes.states, 0.9);
    if (b === a) b = (a + 1 + rng.int(this.sizes.states - 1)) % this.sizes.states;
    const story: Story = {
      id,
      claim: '',
      headline: '',
      condition: '',
      context: '',
      holders: [],
      origin: this.outlet(rng.zipf(this.sizes.outlets, 1.3)),
      sourceCount: rng.pick(NUMBER_WORDS),
      day: Math.floor((id / this.sizes.stories) * 720) + rng.int(5),
      states: [this.state(a), this.state(b)],
      org: this.org(rng.zipf(this.sizes.orgs)),
      place: `the ${this.place(rng)} ${rng.pick(REGION_KINDS)}`,
      city: this.place(rng),
      commodity: rng.pick(COMMODITIES),
    };
    [story.claim, story.headline] = rng.pick(CLAIMS)(story);
    story.condition = rng.pick(CONDITIONS)(story);
    story.context = rng.pick(CONTEXTS)(story);
    const actors: Actor[] = [story.states[0], story.states[1]];
    if (rng.chance(0.5)) actors.push(story.org);
    const people = rng.between(2, 4);
    for (let i = 0; i < people; i++) actors.push(this.person(rng.zipf(this.sizes.people, 0.9)));
    const seen = new Set<string>();
    const stances: Stance[] = ['SUPPORT', 'OPPOSE'];
    for (const actor of actors) {
      if (seen.has(actor.name)) continue;
      seen.add(actor.name);
      const u = rng.next();
      const stance = stances.shift() ?? (u < 0.35 ? 'SUPPORT' : u < 0.65 ? 'OPPOSE' : u < 0.8 ? 'CONDITIONAL' : 'DENY');
      story.holders.push({ actor, stance });
    }
    // The two sides are shuffled so that states are not always the supporters.
    story.holders = rng.sample(story.holders, story.holders.length);
    return story;
  }
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}
