import { formatDate, h, truncate } from './dom.js';
import type { ActorRef, Polarity, StanceSummary } from './model.js';
import { ACTOR_COLOR, ACTOR_LABEL, POLARITY_COLOR, POLARITY_LABEL } from './palette.js';

/** What a panel item can ask the app to open. */
export interface Navigator {
  openActor(id: string): void;
  openClaim(id: string): void;
  openStance(stance: Pick<StanceSummary, 'id' | 'holder' | 'claim'>): void;
  openArticle(id: string): void;
}

export function polarityPill(polarity: Polarity | null): HTMLElement {
  const p = polarity ?? 'NEUTRAL';
  return h('span.pill', { style: `--c:${POLARITY_COLOR[p]}`, title: p }, POLARITY_LABEL[p]);
}

export function kindBadge(type: string): HTMLElement {
  return h('span.kind', { style: `--c:${ACTOR_COLOR[type] ?? '#868e96'}` }, ACTOR_LABEL[type] ?? type.toLowerCase());
}

export function actorLink(actor: ActorRef, nav: Navigator): HTMLElement {
  return h('a.actor-link', { href: `#actor/${actor.id}`, onclick: (e) => (e.preventDefault(), nav.openActor(actor.id)), style: `--c:${ACTOR_COLOR[actor.type] ?? '#868e96'}` }, actor.name);
}

/** One stance as a clickable row: holder, polarity, what it is about, the date. */
export function stanceRow(stance: StanceSummary, nav: Navigator, options: { showHolder?: boolean; showTarget?: boolean } = {}): HTMLElement {
  const { showHolder = true, showTarget = true } = options;
  const target = stance.claim?.text ?? stance.targetActor?.name ?? '';
  return h(
    'button.stance-row',
    { type: 'button', 'data-stance-id': stance.id, style: `--c:${POLARITY_COLOR[stance.polarity]}`, onclick: () => nav.openStance(stance), title: stance.evidence.text },
    h('span.dot'),
    h(
      'span.stance-body',
      h('span.stance-head', showHolder && h('strong', {}, stance.holder.name), ' ', polarityPill(stance.polarity), stance.cue.text && h('span.cue', {}, `“${truncate(stance.cue.text, 40)}”`)),
      showTarget && target && h('span.stance-target', {}, truncate(target, 140)),
      stance.chainNames.length > 1 && h('span.stance-chain', {}, stance.chainNames.join(' › ')),
    ),
    h('span.date', {}, formatDate(stance.publishedAt)),
  );
}

/** The attribution chain, outermost reporter first: "Clash Report › citing FT › citing eight people". */
export function chainView(chain: (ActorRef | string)[], nav: Navigator): HTMLElement {
  const list = h('ol.chain');
  chain.forEach((link, i) => {
    const name = typeof link === 'string' ? h('span', {}, link) : actorLink(link, nav);
    list.append(h('li', {}, i > 0 && h('span.citing', {}, 'citing'), name));
  });
  return list;
}

export function section(title: string, ...children: (Node | string | null | false | undefined)[]): HTMLElement {
  return h('section.panel-section', {}, h('h3', {}, title), ...children);
}

export function note(text: string, kind: 'muted' | 'warn' | 'error' = 'muted'): HTMLElement {
  return h(`p.note.${kind}`, {}, text);
}

/** "GraphQL ↗": opens the operation behind a panel in the IDE. */
export function ideLink(href: string): HTMLElement {
  return h('a.ide-link', { href, target: '_blank', rel: 'noopener', title: 'Open this query in the GraphQL IDE' }, 'GraphQL ↗');
}

export function loading(text = 'Loading…'): HTMLElement {
  return h('p.note.loading', {}, h('span.spinner'), text);
}
