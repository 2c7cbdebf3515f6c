import { h } from './dom.js';
import type { Polarity } from './model.js';
import { ACTOR_COLOR, ACTOR_LABEL, ARTICLE_FILL, CITES_COLOR, CLAIM_BORDER, CLAIM_FILL, POLARITY_COLOR, POLARITY_LABEL } from './palette.js';

const LINKS: [label: string, color: string, style: string][] = [
  ['cites (attribution)', CITES_COLOR, 'dashed'],
  ['published by', '#adb5bd', 'dotted'],
  ['member / affiliated', '#91a7ff', 'solid'],
  ['denies / contradicts', POLARITY_COLOR.OPPOSE, 'dashed'],
  ['on condition', POLARITY_COLOR.CONDITIONAL, 'dashed'],
];

const row = (title: string, items: HTMLElement[]) => h('div', h('p', {}, title), h('ul', {}, ...items));

/** The key to the graph's colours and shapes; collapsible so it never hides the graph for long. */
export function legend(): HTMLElement {
  const stances = (Object.keys(POLARITY_COLOR) as Polarity[]).map((p) => h('li', {}, h('span.swatch.line', { style: `--c:${POLARITY_COLOR[p]}` }), POLARITY_LABEL[p]));
  const links = LINKS.map(([label, color, style]) => h('li', {}, h(`span.swatch.line.${style}`, { style: `--c:${color}` }), label));
  const nodes = [
    ...Object.keys(ACTOR_COLOR).map((kind) => h('li', {}, h(`span.swatch.node.${kind}`, { style: `--c:${ACTOR_COLOR[kind]}` }), ACTOR_LABEL[kind])),
    h('li', {}, h('span.swatch.node.claim', { style: `--c:${CLAIM_FILL};--b:${CLAIM_BORDER}` }), 'claim'),
    h('li', {}, h('span.swatch.node.article', { style: `--c:${ARTICLE_FILL}` }), 'article'),
  ];
  return h(
    'details.legend',
    { open: true },
    h('summary', {}, 'Legend'),
    h('div.legend-cols', row('Stances', stances), row('Links', links), row('Nodes', nodes)),
  );
}
