import { CATEGORIES, MONTHS, NUMBER_WORDS, PRAISE, SCORN } from './lexicon.js';
import type { Rng } from './random.js';
import { STORY_SKEW, type Actor, type Outlet, type Stance, type Story, type World } from './world.js';

/** What an article says, before it is dressed as markdown, scraped text or HTML. */
export interface ArticleBody {
  title: string;
  dek: string;
  outlet: Outlet;
  url: string;
  /** ISO date-time, UTC. */
  publishedAt: string;
  category: string;
  sections: { heading: string | null; paragraphs: string[] }[];
  keyPlayers: { name: string; role: string }[];
  sources: { outlet: string; title: string; url: string; date: string }[];
  related: { title: string; category: string; date: string }[];
  tldr: string[];
}

const EPOCH = Date.UTC(2025, 0, 1);
const DAY = 86_400_000;

/** Quotes name the story's specifics, so that two stories never share a quoted claim. */
const QUOTES: Record<Stance, ((s: Story) => string)[]> = {
  SUPPORT: [
    (s) => `We are ready to sign the ${s.commodity} arrangement as soon as the text is final`,
    (s) => `This agreement serves both ${s.states[0].name} and ${s.states[1].name}`,
    (s) => `People in ${s.city} have waited a long time for this step`,
  ],
  OPPOSE: [
    (s) => `We will not accept terms on ${s.place.replace(/^the /, '')} written in another capital`,
    (s) => `Nobody in ${s.states[1].capital} consulted us and we will not pretend otherwise`,
    (s) => `This plan rewards the wrong side in the ${s.commodity} dispute`,
  ],
  DENY: [
    (s) => `There is no plan of that kind for ${s.city} and there never was`,
    (s) => `These stories about ${s.states[0].name} are invented from start to finish`,
    (s) => `Nothing of the kind has been discussed with ${s.states[1].name}`,
  ],
  CONDITIONAL: [
    (s) => `We can agree, but not before ${s.states[1].name} keeps its word`,
    (s) => `Our support for the ${s.commodity} deal has conditions and they are well known`,
    (s) => `We will move on ${s.place.replace(/^the /, '')} when they move`,
  ],
};

const HEADINGS = ['Pressure Builds', 'Officials Push Back', 'What Comes Next', 'A Divided Response', 'Markets Watch Closely', 'Old Grievances', 'The Fine Print', 'Talks Resume'];

export const cap = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** "Brazil's Foreign Minister Amara Lindqvist" on first mention, "Lindqvist" after. */
function nameOf(actor: Actor, first: boolean): string {
  switch (actor.kind) {
    case 'state':
      return actor.name;
    case 'org':
      return `the ${actor.name}`;
    case 'person':
      if (!first) return actor.surname;
      return actor.of.kind === 'state' ? `${actor.of.name}'s ${actor.title} ${actor.name}` : `${actor.name}, ${actor.title} the ${actor.of.name},`;
  }
}

function pronoun(actor: Actor): string {
  return actor.kind === 'person' ? 'they' : 'it';
}

function stanceSentence(rng: Rng, holder: string, actor: Actor, stance: Stance, story: Story): string {
  const praise = rng.pick(PRAISE);
  const scorn = rng.pick(SCORN);
  const variants: Record<Stance, string[]> = {
    SUPPORT: [
      `${cap(holder)} said that ${story.claim}, calling the move "${praise}."`,
      `${cap(holder)} welcomed the prospect that ${story.claim}, describing it as "${praise}."`,
      `"A deal on ${story.commodity} would be ${praise}," ${holder.replace(/,$/, '')} said of reports that ${story.claim}.`,
    ],
    OPPOSE: [
      `${cap(holder)} rejected the idea that ${story.claim}, calling it "${scorn}."`,
      `${cap(holder)} criticised reports that ${story.claim} and said the proposal on ${story.commodity} was "${scorn}."`,
      `${cap(holder)} opposed any arrangement under which ${story.claim}, warning that it would be "${scorn}."`,
    ],
    DENY: [
      `${cap(holder)} denied that ${story.claim}, saying the reports were "${scorn}."`,
      `${cap(holder)} dismissed claims that ${story.claim} as "${scorn}."`,
    ],
    CONDITIONAL: [
      `${cap(holder)} said ${story.claim} only if ${story.condition}.`,
      `${cap(holder)} said ${pronoun(actor)} would back the plan only if ${story.condition}.`,
    ],
  };
  return rng.pick(variants[stance]);
}

function backgroundSentences(rng: Rng, story: Story, outlet: Outlet): string[] {
  const [a, b] = story.states;
  const n = rng.pick(NUMBER_WORDS);
  const templates = [
    `Talks between ${a.name} and ${b.name} have stalled several times since the spring.`,
    `Officials in ${a.capital} have spent weeks preparing for the next round of negotiations.`,
    `Analysts in ${story.city} said the outcome of the talks with ${b.name} could shape ${story.commodity} prices for months.`,
    `${outlet.name} could not independently verify the details.`,
    `The ${story.org.name} has met ${n} times this year, most recently in ${story.city}.`,
    `${b.adjective} diplomats expect a further round of meetings in ${story.city} before the end of the month.`,
    `The dispute over ${story.place} dates back more than a decade.`,
    `Markets reacted cautiously, with ${story.commodity} futures little changed by the afternoon.`,
    `Shipping companies have already begun rerouting cargo away from ${story.city}.`,
    `Neither government has published the draft text of the proposal.`,
    `Opposition lawmakers in ${a.capital} have demanded a vote on any agreement with ${b.name}.`,
    `Several smaller parties in ${a.capital} have said they will wait for the final text before deciding how to vote.`,
    `The ${a.adjective} economy has slowed for three consecutive quarters, and exporters have lobbied hard for relief.`,
    `Residents of ${story.city} have staged weekly protests since the summer.`,
    `Earlier drafts circulated among diplomats in ${b.capital} last month.`,
    `Humanitarian groups have warned of shortages of ${story.commodity} around ${story.city}.`,
    `It was not immediately clear when a final decision would be announced.`,
    `A spokesperson for the ${story.org.name} declined to comment.`,
    `The ${b.adjective} embassy did not respond to a request for comment.`,
    `Previous attempts at a settlement collapsed in the final stages, and both sides have since hardened their positions.`,
    `The negotiations have drawn in officials from ${n} other countries, most of whom have kept their views private.`,
    `Independent economists have questioned whether the ${a.adjective} figures on ${story.commodity} add up.`,
    `Freight insurers raised their premiums for routes near ${story.city} earlier this month.`,
    `A poll published last week found that most voters in ${a.name} expect the talks with ${b.name} to drag on into next year.`,
    `The central bank in ${b.capital} left interest rates unchanged at its last meeting, citing uncertainty over trade.`,
    `Officials from ${a.name} and ${b.name} are due to meet again in ${story.city}, though no date has been set.`,
    `Local officials in ${story.place} said they had not been consulted on the ${a.adjective} proposals.`,
    `The ${story.org.name} publishes its quarterly assessment at the end of the month.`,
    `Exports of ${story.commodity} account for roughly a fifth of ${a.adjective} foreign earnings.`,
    `Veteran negotiators said the language of the latest ${a.adjective} draft was deliberately vague.`,
    `Business groups in ${b.capital} have urged both governments to settle the dispute over ${story.commodity} quickly.`,
    `Satellite images taken last month showed new construction near ${story.city}.`,
  ];
  return rng.sample(templates, templates.length);
}

/** Background sentences without repeats until every template has been used once. */
function backgroundDeck(rng: Rng, story: Story, outlet: Outlet): () => string {
  let deck: string[] = [];
  return () => {
    if (deck.length === 0) deck = backgroundSentences(rng, story, outlet);
    return deck.pop()!;
  };
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);
}

const words = (text: string): number => text.split(/\s+/).filter(Boolean).length;

function dayString(ms: number, style: 'dmy' | 'long' | 'short'): string {
  const d = new Date(ms);
  if (style === 'dmy') return `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}`;
  if (style === 'short') return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]!.slice(0, 3)} ${d.getUTCFullYear()}`;
  return `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`;
}

export { dayString };

/**
 * Writes one article: the main story's claim with its attribution (first-hand for the outlet that
 * broke it, "according to" / "reported, citing" for everyone else), each holder's stance with a
 * quote, one or two side stories, and background sentences until about `targetWords` words.
 */
export function writeArticle(world: World, rng: Rng, story: Story, outlet: Outlet, index: number, targetWords: number): ArticleBody {
  const published = EPOCH + (story.day + rng.int(4)) * DAY + rng.int(DAY);
  const first = outlet.name === story.origin.name;
  const background = backgroundDeck(rng, story, outlet);
  const mentioned = new Set<string>();
  const holderName = (actor: Actor): string => {
    const name = nameOf(actor, !mentioned.has(actor.name));
    mentioned.add(actor.name);
    return name;
  };
  const lead = first
    ? rng.pick([
        `${cap(story.claim)}, according to ${story.sourceCount} people familiar with the talks.`,
        `${cap(story.claim)}, ${story.sourceCount} officials briefed on the discussions told ${outlet.name}.`,
      ])
    : rng.pick([
        `${cap(story.claim)}, ${story.origin.name} reported, citing ${story.sourceCount} people familiar with the talks.`,
        `${cap(story.claim)}, according to ${story.origin.name}.`,
        `${story.origin.name} reported that ${story.claim}, citing ${story.sourceCount} officials with knowledge of the matter.`,
      ]);
  const sections: ArticleBody['sections'] = [{ heading: null, paragraphs: [`${lead} ${cap(story.context)}, and ${background().replace(/^./, (c) => c.toLowerCase())}`] }];
  const keyPlayers: ArticleBody['keyPlayers'] = [];
  let paragraphs: string[] = [];
  for (const { actor, stance } of story.holders) {
    const name = holderName(actor);
    let sentence = stanceSentence(rng, name, actor, stance, story);
    if (!first && !sentence.startsWith('"') && rng.chance(0.3)) sentence = `According to ${story.origin.name}, ${sentence.replace(/^The /, 'the ')}`;
    // States do not talk to reporters; people and organisations do.
    const quote = actor.kind === 'state' ? null : `"${rng.pick(QUOTES[stance])(story)}," ${holderName(actor)} told reporters in ${rng.chance(0.5) ? story.city : story.states[0].capital}.`;
    paragraphs.push(`${sentence} ${quote && rng.chance(0.7) ? quote : background()}`);
    keyPlayers.push({ name: actor.name, role: stanceSentence(rng, nameOf(actor, false), actor, stance, story) });
    if (paragraphs.length === 2) {
      sections.push({ heading: rng.pick(HEADINGS), paragraphs });
      paragraphs = [];
    }
  }
  if (paragraphs.length > 0) sections.push({ heading: rng.pick(HEADINGS), paragraphs });

  // Side stories: other events the outlet mentions in passing, which link this article to others.
  for (let i = rng.between(1, 3); i > 0; i--) {
    const side = world.storyAt(rng.zipf(world.sizes.stories, STORY_SKEW));
    if (side.id === story.id) continue;
    const holder = rng.pick(side.holders);
    const sentence = stanceSentence(rng, nameOf(holder.actor, true), holder.actor, holder.stance, side);
    sections.push({ heading: 'Elsewhere', paragraphs: [`Separately, ${side.origin.name} reported that ${side.claim}. ${sentence}`] });
  }

  const players = keyPlayers.reduce((n, p) => n + words(p.role), 0);
  const total = (): number => sections.reduce((n, s) => n + s.paragraphs.reduce((m, p) => m + words(p), 0), players);
  while (total() < targetWords) {
    const para = [background(), background(), background()].join(' ');
    const last = sections[sections.length - 1]!;
    if (last.paragraphs.length < 3 && last.heading !== 'Elsewhere') last.paragraphs.push(para);
    else sections.push({ heading: rng.pick(HEADINGS), paragraphs: [para] });
  }

  const date = (ms: number) => dayString(ms, 'short');
  const sources = [story.origin, world.outlet(rng.zipf(world.sizes.outlets)), world.outlet(rng.zipf(world.sizes.outlets))]
    .filter((o, i, all) => o.name !== outlet.name && all.findIndex((x) => x.name === o.name) === i)
    .map((o) => ({ outlet: o.name, title: `${story.headline}${o.name === story.origin.name ? '' : `, ${story.origin.name} Reports`}`, url: `https://${o.domain}/world/${slug(story.headline)}`, date: date(published - rng.int(2) * DAY) }));
  const related = Array.from({ length: 6 }, () => {
    const other = world.storyAt(rng.zipf(world.sizes.stories, STORY_SKEW));
    return { title: other.headline, category: rng.pick(CATEGORIES), date: dayString(EPOCH + other.day * DAY, 'dmy') };
  });
  const title = first ? story.headline : `${story.headline}, ${story.origin.name} Reports`;
  return {
    title,
    dek: `${cap(story.claim)}, according to ${first ? `${story.sourceCount} people familiar with the talks` : story.origin.name}.`,
    outlet,
    url: `https://${outlet.domain}/${new Date(published).getUTCFullYear()}/${slug(story.headline)}-${index}`,
    publishedAt: new Date(published).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    category: rng.pick(CATEGORIES),
    sections,
    keyPlayers,
    sources,
    related,
    tldr: [cap(story.claim) + '.', cap(story.holders[0]!.actor.name) + ` ${story.holders[0]!.stance === 'SUPPORT' ? 'backs' : 'opposes'} the plan.`],
  };
}
