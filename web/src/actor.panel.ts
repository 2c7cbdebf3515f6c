import { ideLink, kindBadge, loading, note, polarityPill, section, stanceRow, type Navigator } from './components.js';
import { formatDate, h, truncate } from './dom.js';
import type { Actor, ActorRef, Conflict, Polarity, StanceSummary, TimelineEntry } from './model.js';
import { POLARITY_COLOR } from './palette.js';
import { TIMELINE, actorDetails, agreement, conflicts, coStances, ideHref, timeline } from './queries.js';

const SVG = 'http://www.w3.org/2000/svg';

function svg(tag: string, attrs: Record<string, string | number>): SVGElement {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  return el;
}

/** A strip of dots on a time axis, one per stance, reversals ringed. */
function timelineStrip(entries: TimelineEntry[], nav: Navigator): SVGElement {
  const width = 380;
  const height = 54;
  const times = entries.map((e) => Date.parse(e.publishedAt ?? e.stance.publishedAt ?? '')).filter((t) => !Number.isNaN(t));
  const min = Math.min(...times);
  const max = Math.max(...times);
  const x = (t: number) => (max === min ? width / 2 : 14 + ((t - min) / (max - min)) * (width - 28));
  const root = svg('svg', { viewBox: `0 0 ${width} ${height}`, class: 'timeline-strip', role: 'img', 'aria-label': 'stances over time' });
  root.append(svg('line', { x1: 8, x2: width - 8, y1: 24, y2: 24, stroke: '#ced4da', 'stroke-width': 1.5 }));
  const lanes = new Map<number, number>();
  for (const entry of entries) {
    const t = Date.parse(entry.publishedAt ?? entry.stance.publishedAt ?? '');
    if (Number.isNaN(t)) continue;
    const cx = Math.round(x(t));
    const lane = lanes.get(cx) ?? 0;
    lanes.set(cx, lane + 1);
    const cy = 24 + (lane % 2 === 0 ? -1 : 1) * Math.ceil(lane / 2) * 9;
    const dot = svg('circle', { cx, cy, r: entry.reversal ? 6 : 5, fill: POLARITY_COLOR[entry.stance.polarity], stroke: entry.reversal ? '#212529' : '#fff', 'stroke-width': entry.reversal ? 2 : 1.5, class: 'tl-dot' });
    const title = svg('title', {});
    title.textContent = `${formatDate(entry.publishedAt)} · ${entry.stance.polarity.toLowerCase()} · ${entry.stance.claim?.text ?? entry.stance.targetActor?.name ?? ''}`;
    dot.append(title);
    dot.addEventListener('click', () => nav.openStance(entry.stance));
    root.append(dot);
  }
  if (times.length) {
    const sameDay = new Date(min).toISOString().slice(0, 10) === new Date(max).toISOString().slice(0, 10);
    for (const [t, anchor] of [[min, 'start'], [max, 'end']] as const) {
      const label = svg('text', { x: anchor === 'start' ? 8 : width - 8, y: height - 4, 'text-anchor': anchor, class: 'tl-axis' });
      label.textContent = formatDate(new Date(t).toISOString(), sameDay && min !== max);
      root.append(label);
    }
  }
  return root;
}

function timelineSection(entries: TimelineEntry[], reversals: number, nav: Navigator): HTMLElement {
  if (entries.length === 0) return section('Stances over time', note('This actor holds no stances yet.'));
  const rows = entries.map((entry) =>
    h(
      'li.tl-entry',
      { class: entry.reversal ? 'reversal' : '' },
      entry.reversal && h('p.reversal-flag', {}, '↺ reversal', entry.previousPolarity && h('span', {}, ` — was ${entry.previousPolarity.toLowerCase()}`)),
      stanceRow(entry.stance, nav, { showHolder: false }),
    ),
  );
  return section(
    `Stances over time (${entries.length})`,
    h('p.meta', {}, reversals === 0 ? 'No reversals.' : h('strong.reversal-count', {}, `${reversals} reversal${reversals === 1 ? '' : 's'}`)),
    timelineStrip(entries, nav),
    h('ol.timeline', {}, ...rows),
  );
}

const agrees = (a: Polarity, b: Polarity) => a === b;
const clashes = (a: Polarity, b: Polarity) => (a === 'OPPOSE' && (b === 'SUPPORT' || b === 'CONDITIONAL')) || (b === 'OPPOSE' && (a === 'SUPPORT' || a === 'CONDITIONAL'));

interface Relation {
  actor: ActorRef;
  agree: number;
  disagree: number;
  shared: number;
}

/** Other actors this one shares claims with, most shared first. */
function relations(pairs: { own: StanceSummary; others: StanceSummary[] }[]): Relation[] {
  const byActor = new Map<string, Relation>();
  for (const { own, others } of pairs) {
    for (const other of others) {
      const r = byActor.get(other.holder.id) ?? { actor: other.holder, agree: 0, disagree: 0, shared: 0 };
      r.shared++;
      if (agrees(own.polarity, other.polarity)) r.agree++;
      else if (clashes(own.polarity, other.polarity)) r.disagree++;
      byActor.set(other.holder.id, r);
    }
  }
  return [...byActor.values()].sort((a, b) => b.shared - a.shared || a.actor.name.localeCompare(b.actor.name));
}

function relationsSection(actorId: string, rels: Relation[], nav: Navigator): HTMLElement {
  if (rels.length === 0) return section('Agreements and conflicts', note('No other actor takes a stance on the same claims yet.'));
  const list = h('ul.relations');
  for (const rel of rels.slice(0, 15)) {
    const detail = h('div.relation-detail');
    const row = h(
      'li.relation',
      h(
        'button.relation-row',
        {
          type: 'button',
          title: `Show the claims both took a stance on`,
          onclick: () => {
            if (detail.childElementCount) return void detail.replaceChildren();
            detail.replaceChildren(loading());
            agreement(actorId, rel.actor.id)
              .then((pairs) =>
                detail.replaceChildren(
                  ...pairs.map((p) =>
                    h('div.pair', { class: p.agree ? 'agree' : 'disagree' }, h('p.pair-claim', {}, p.agree ? '✓ ' : '✗ ', truncate(p.claim.text, 120)), h('p.pair-sides', {}, polarityPill(p.a.polarity), ' vs ', polarityPill(p.b.polarity))),
                  ),
                ),
              )
              .catch((error: Error) => detail.replaceChildren(note(error.message, 'error')));
          },
        },
        h('span.rel-name', {}, rel.actor.name),
        h('span.rel-bar', {}, h('span.agree', { style: `flex:${rel.agree}` }), h('span.other', { style: `flex:${rel.shared - rel.agree - rel.disagree}` }), h('span.disagree', { style: `flex:${rel.disagree}` })),
        h('span.rel-count', {}, h('span.agree-n', { title: 'agree' }, `${rel.agree}✓`), ' ', h('span.disagree-n', { title: 'conflict' }, `${rel.disagree}✗`)),
      ),
      h('a.rel-open', { href: '#', title: `Open ${rel.actor.name}`, onclick: (e) => (e.preventDefault(), nav.openActor(rel.actor.id)) }, '→'),
      detail,
    );
    list.append(row);
  }
  return section('Agreements and conflicts', h('p.meta', {}, 'On claims both took a stance on. Click a row for the claims.'), list);
}

function conflictsSection(items: Conflict[] | null, nav: Navigator): HTMLElement {
  if (items === null) return section('Conflicts', note('This server has no conflicts query yet.', 'warn'));
  if (items.length === 0) return section('Conflicts', note('No conflicting positions found.'));
  return section(
    `Conflicts (${items.length})`,
    h(
      'ul.conflicts',
      {},
      ...items.map((c) =>
        h(
          'li.conflict',
          h('p.conflict-kind', {}, c.kind.toLowerCase().replace(/_/g, ' ')),
          h('a.claim-quote', { href: '#', onclick: (e) => (e.preventDefault(), nav.openClaim(c.claim.id)) }, truncate(c.claim.text, 160)),
          c.relatedClaim && h('p.related', {}, 'vs ', h('a', { href: '#', onclick: (e) => (e.preventDefault(), nav.openClaim(c.relatedClaim!.id)) }, truncate(c.relatedClaim.text, 120))),
          h('div.sides', h('div.side.a', {}, ...c.sideA.map((s) => stanceRow(s, nav, { showTarget: false }))), h('div.side.b', {}, ...c.sideB.map((s) => stanceRow(s, nav, { showTarget: false })))),
        ),
      ),
    ),
  );
}

function header(actor: Actor): HTMLElement {
  return h(
    'header.panel-head',
    h('p.eyebrow', {}, 'Actor ', kindBadge(actor.type), ideLink(ideHref(TIMELINE, { actorId: actor.id }))),
    h('h2', {}, actor.name),
    actor.title && h('p.meta', {}, actor.title),
    actor.count !== null && h('p.meta', {}, `${actor.count} ${actor.count === 1 ? 'source' : 'sources'}`),
    actor.domain && h('p.meta', {}, actor.domain),
    actor.aliases.length > 0 && h('p.aliases', {}, 'also: ', actor.aliases.slice(0, 6).join(', ')),
  );
}

/** The actor view: who it is, its stances over time with reversals, and who it agrees or clashes with. */
export function actorPanel(actorId: string, nav: Navigator): HTMLElement {
  const panel = h('div.actor-panel', { 'data-actor-id': actorId }, loading());
  void (async () => {
    try {
      const actor = await actorDetails(actorId);
      const [tl, co, cf] = await Promise.all([timeline(actor.id), coStances(actor.id), conflicts(actor.id).catch(() => null)]);
      panel.replaceChildren(header(actor), timelineSection(tl.entries, tl.reversals, nav), relationsSection(actor.id, relations(co), nav), conflictsSection(cf, nav));
    } catch (error) {
      panel.replaceChildren(note(`Could not load the actor: ${(error as Error).message}`, 'error'));
    }
  })();
  return panel;
}

