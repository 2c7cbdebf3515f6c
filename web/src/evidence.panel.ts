import { chainView, ideLink, kindBadge, note, polarityPill, section, type Navigator } from './components.js';
import { formatDate, h } from './dom.js';
import { renderHighlighted, type Mark } from './highlight.js';
import type { Stance } from './model.js';
import { ideHref, STANCES_OF_HOLDER } from './queries.js';

/** True when the stored offsets cut out exactly the text the API says they cover. */
function spanMatches(text: string, span: { start: number; end: number; text: string }): boolean {
  return text.slice(span.start, span.end) === span.text;
}

/**
 * The evidence panel for one stance: who, what, the attribution chain, and the article text
 * with the evidence sentence (and the quote and cue inside it) marked and scrolled into view.
 */
export function evidencePanel(stance: Stance, nav: Navigator): HTMLElement {
  const { article } = stance;
  const others: Mark[] = [];
  if (stance.quote) others.push({ ...stance.quote, cls: 'hl-quote' });
  others.push({ ...stance.cue, cls: 'hl-cue' });
  const { root: text, primary } = renderHighlighted(article.text, { ...stance.evidence, cls: 'hl-evidence' }, others);
  primary?.setAttribute('id', 'evidence-mark');
  const mismatch = !spanMatches(article.text, stance.evidence);
  const chain = stance.chain.length > 0 ? stance.chain : stance.chainNames;

  const panel = h(
    'div.evidence-panel',
    { 'data-stance-id': stance.id },
    h(
      'header.panel-head',
      h('p.eyebrow', {}, 'Stance', ideLink(ideHref(STANCES_OF_HOLDER, { actorId: stance.holder.id, claimId: stance.claim?.id ?? null }))),
      h(
        'h2.stance-title',
        {},
        h('a.actor-name', { href: '#', onclick: (e) => (e.preventDefault(), nav.openActor(stance.holder.id)) }, stance.holder.name),
        ' ',
        polarityPill(stance.polarity),
      ),
      stance.claim &&
        h('a.claim-quote', { href: '#', onclick: (e) => (e.preventDefault(), nav.openClaim(stance.claim!.id)) }, stance.claim.text),
      stance.targetActor && h('p.target', {}, 'toward ', h('a', { href: '#', onclick: (e) => (e.preventDefault(), nav.openActor(stance.targetActor!.id)) }, stance.targetActor.name), ' ', kindBadge(stance.targetActor.type)),
      stance.condition && h('p.condition', {}, h('strong', {}, 'on condition: '), h('a', { href: '#', onclick: (e) => (e.preventDefault(), nav.openClaim(stance.condition!.id)) }, stance.condition.text)),
    ),
    h(
      'dl.facts',
      {},
      h('dt', {}, 'Outlet'),
      h('dd', {}, stance.outlet ? h('a', { href: '#', onclick: (e) => (e.preventDefault(), nav.openActor(stance.outlet!.id)) }, stance.outlet.name) : (article.outlet?.name ?? '—')),
      h('dt', {}, 'Published'),
      h('dd', {}, formatDate(stance.publishedAt ?? article.publishedAt, true)),
      h('dt', {}, 'Cue'),
      h('dd', {}, h('mark.hl-cue.inline', {}, stance.cue.text)),
      h('dt', {}, 'Confidence'),
      h('dd', {}, `${Math.round(stance.confidence * 100)}% · ${stance.modality.toLowerCase()}`, stance.corrected && h('span.badge', {}, `corrected (was ${stance.extractedPolarity.toLowerCase()})`)),
    ),
    section('Attribution chain', chain.length > 0 ? chainView(chain, nav) : note('No chain: the holder speaks in the outlet’s own voice.')),
    section(
      'Evidence in the article',
      h(
        'p.article-title',
        {},
        h('a', { href: '#', onclick: (e) => (e.preventDefault(), nav.openArticle(article.id)) }, article.title),
        article.url && h('a.external', { href: article.url, target: '_blank', rel: 'noopener noreferrer', title: article.url }, '↗'),
      ),
      h('p.legend-inline', {}, h('mark.hl-evidence', {}, 'evidence'), ' ', h('mark.hl-quote', {}, 'quote'), ' ', h('mark.hl-cue', {}, 'cue'), h('button.link', { type: 'button', onclick: () => scrollToEvidence(panel) }, 'scroll to evidence')),
      mismatch && note(`The stored offsets [${stance.evidence.start}, ${stance.evidence.end}) do not cut out the evidence text exactly; the marked range is what the offsets say.`, 'warn'),
      h('div.article-box', {}, text),
    ),
  );
  return panel;
}

/** Scrolls the article box so the evidence mark is in the middle of it. */
export function scrollToEvidence(panel: HTMLElement): void {
  const mark = panel.querySelector<HTMLElement>('#evidence-mark');
  const box = panel.querySelector<HTMLElement>('.article-box');
  if (!mark || !box) return;
  box.scrollTop = Math.max(0, mark.offsetTop - box.offsetTop - box.clientHeight / 3);
  mark.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  mark.classList.remove('flash');
  void mark.offsetWidth;
  mark.classList.add('flash');
}
