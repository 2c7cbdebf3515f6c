import { note, type Navigator } from './components.js';
import { h } from './dom.js';
import type { GraphEdge, GraphNode } from './model.js';

const VERB: Record<string, string> = {
  CITES: 'cites',
  PUBLISHED_BY: 'is published by',
  ABOUT: 'is about',
  MEMBER_OF: 'is a member of',
  PART_OF: 'is part of',
  AFFILIATED_WITH: 'is affiliated with',
  CONDITIONED_ON: 'holds only if',
  DENIES: 'denies',
  CONTRADICTS: 'contradicts',
};

const EXPLAIN: Record<string, string> = {
  CITES: 'One hop of an attribution chain: the first reports what it has from the second (an outlet citing another outlet, or a reporter citing its source).',
  PUBLISHED_BY: 'The outlet that published the article.',
  ABOUT: 'An actor the claim is about.',
  CONDITIONED_ON: 'The claim is stated as depending on the condition.',
  DENIES: 'An article states that the first claim denies the second.',
  CONTRADICTS: 'An article states that the two claims contradict each other.',
};

/** A non-stance edge: what it links and what the link means. */
export function relationPanel(edge: GraphEdge, source: GraphNode | null, target: GraphNode | null, nav: Navigator): HTMLElement {
  const link = (node: GraphNode | null, id: string) => {
    if (!node) return h('span', {}, id);
    const open = node.type === 'ACTOR' ? () => nav.openActor(node.id) : node.type === 'CLAIM' ? () => nav.openClaim(node.id) : () => nav.openArticle(node.id);
    return h(node.type === 'CLAIM' ? 'a.claim-quote' : 'a', { href: '#', onclick: (e) => (e.preventDefault(), open()) }, node.label);
  };
  return h(
    'div.edge-panel',
    h('header.panel-head', h('p.eyebrow', {}, edge.type.toLowerCase().replace(/_/g, ' ')), h('h2', {}, link(source, edge.source)), h('p.relation-verb', {}, VERB[edge.type] ?? edge.type.toLowerCase()), h('h2', {}, link(target, edge.target))),
    edge.label && h('p.meta', {}, edge.label),
    edge.weight > 1 && h('p.meta', {}, `stated ${edge.weight} times`),
    note(EXPLAIN[edge.type] ?? 'A relation stated in an article.'),
  );
}
