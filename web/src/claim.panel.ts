import { ApiError } from './api.js';
import { actorLink, chainView, ideLink, loading, note, section, stanceRow, type Navigator } from './components.js';
import { formatDate, h, truncate } from './dom.js';
import type { ClaimAppearance, ClaimTrace, StanceSummary } from './model.js';
import { CLAIM_TRACE, claimDetails, claimTrace, ideHref } from './queries.js';

function appearanceItem(app: ClaimAppearance, index: number, nav: Navigator): HTMLElement {
  return h(
    'li.appearance',
    { class: app.isFirstReport ? 'first' : '', 'data-article-id': app.article.id },
    h('span.when', {}, formatDate(app.publishedAt ?? app.article.publishedAt, true)),
    h(
      'div.what',
      h(
        'p.where',
        {},
        app.isFirstReport && h('span.badge.first-report', { title: 'The earliest report of this claim' }, 'first report'),
        app.outlet ? actorLink(app.outlet, nav) : h('span', {}, 'unknown outlet'),
        ' · ',
        h('a', { href: '#', onclick: (e) => (e.preventDefault(), nav.openArticle(app.article.id)) }, truncate(app.article.title, 90)),
      ),
      h('blockquote.span', {}, truncate(app.span.text, 260)),
      app.similarity < 0.999 && h('p.similarity', { title: 'How closely this wording matched the claim' }, `paraphrase · ${Math.round(app.similarity * 100)}% similar`),
      app.chains.filter((c) => c.length > 0).map((chain) => chainView(chain, nav))[0] ?? null,
      app.stances.length > 0 && h('div.stances', {}, ...app.stances.map((s) => stanceRow(s, nav, { showTarget: false }))),
    ),
    h('span.index', {}, String(index + 1)),
  );
}

function traceView(trace: ClaimTrace, nav: Navigator): HTMLElement {
  return section(
    'Trace across reports',
    h(
      'div.stats',
      h('div.stat', {}, h('strong', { 'data-testid': 'independent-origins' }, String(trace.independentOrigins)), h('span', {}, trace.independentOrigins === 1 ? 'independent origin' : 'independent origins')),
      h('div.stat', {}, h('strong', {}, String(trace.appearances.length)), h('span', {}, trace.appearances.length === 1 ? 'report' : 'reports')),
      h('div.stat', {}, h('strong', {}, String(trace.outlets.length)), h('span', {}, trace.outlets.length === 1 ? 'outlet' : 'outlets')),
    ),
    trace.origins.length > 0 && h('p.origins', {}, h('span.label', {}, 'Origins: '), ...trace.origins.flatMap((o, i) => [i > 0 ? ', ' : '', actorLink(o, nav)])),
    h('ol.trace', {}, ...trace.appearances.map((a, i) => appearanceItem(a, i, nav))),
  );
}

/** Without claimTrace on the server: the stances on the claim, oldest first. */
function fallbackTrace(stances: StanceSummary[], nav: Navigator): HTMLElement {
  const sorted = [...stances].sort((a, b) => (a.publishedAt ?? '').localeCompare(b.publishedAt ?? ''));
  return section(
    'Reports (stances, oldest first)',
    note('This server has no claimTrace yet: shown are the stances on the claim in time order.', 'warn'),
    h('div.stances', {}, ...sorted.map((s) => stanceRow(s, nav, { showTarget: false }))),
  );
}

/** The claim view: its text, who took which stance, and its trace across reports. */
export function claimPanel(claimId: string, nav: Navigator): HTMLElement {
  const panel = h('div.claim-panel', { 'data-claim-id': claimId }, loading());
  void (async () => {
    try {
      const [claim, trace] = await Promise.all([
        claimDetails(claimId),
        claimTrace(claimId).catch((error: unknown) => (error instanceof ApiError && error.isMissingField ? null : Promise.reject(error))),
      ]);
      const counts = { SUPPORT: 0, OPPOSE: 0, CONDITIONAL: 0, NEUTRAL: 0 };
      for (const s of claim.stances) counts[s.polarity]++;
      panel.replaceChildren(
        h(
          'header.panel-head',
          h('p.eyebrow', {}, 'Claim', claim.modality === 'HEDGED' && h('span.badge', {}, 'hedged'), ideLink(ideHref(CLAIM_TRACE, { claimId }))),
          h('h2.claim-text', {}, claim.text),
          h('p.meta', {}, `first seen ${formatDate(claim.firstSeenAt, true)}`),
        ),
        section(
          `Stances (${claim.stances.length})`,
          h('div.polarity-bar', {}, ...Object.entries(counts).filter(([, n]) => n > 0).map(([p, n]) => h('span', { class: `seg ${p}`, style: `flex:${n}`, title: `${n} ${p.toLowerCase()}` }, String(n)))),
          claim.stances.length === 0 ? note('No one takes a stance on it yet.') : h('div.stances', {}, ...claim.stances.map((s) => stanceRow(s, nav, { showTarget: false }))),
        ),
        trace ? traceView(trace, nav) : fallbackTrace(claim.stances, nav),
      );
    } catch (error) {
      panel.replaceChildren(note(`Could not load the claim: ${(error as Error).message}`, 'error'));
    }
  })();
  return panel;
}
