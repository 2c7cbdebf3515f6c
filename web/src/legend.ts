import { h } from './dom.js';
import { ACTOR_COLOR, ACTOR_LABEL, ARTICLE_FILL, CITES_COLOR, CLAIM_BORDER, CLAIM_FILL, POLARITY_COLOR, POLARITY_LABEL } from './palette.js';
import type { Polarity } from './model.js';

/** The key to the graph's colours and shapes; collapsible so it never hides the graph for long. */
export function legend(): HTMLElement {
  const stance = (Object.keys(POLARITY_COLOR) as Polarity[]).map((p) => h('li', {}, h('span.swatch.line', { style: `--c:${POLARITY_COLOR[p]}` }), POLARITY_LABEL[p]));
  const actors = Object.keys(ACTOR_COLOR).map((kind) => h('li', {}, h(`span.swatch.node.${kind}`, { style: `--c:${ACTOR_COLOR[kind]}` }), ACTOR_LABEL[kind]));
  const details = h(
    'details.legend',
    { open: true },
    h('summary', {}, 'Legend'),
    h('div.legend-cols', h('div', h('p', {}, 'Stances'), h('ul', {}, ...stance, h('li', {}, h('span.swatch.line.dashed', { style: `--c:${CITES_COLOR}` }), 'cites (attribution)'))),
      h('div', h('p', {}, 'Nodes'), h('ul', {}, ...actors, h('li', {}, h('span.swatch.node.claim', { style: `--c:${CLAIM_FILL};--b:${CLAIM_BORDER}` }), 'claim'), h('li', {}, h('span.swatch.node.article', { style: `--c:${ARTICLE_FILL}` }), 'article')))),
    h('p.legend-hint', {}, 'Click a node to expand it, an edge for its evidence.'),
  );
  return details;
}
