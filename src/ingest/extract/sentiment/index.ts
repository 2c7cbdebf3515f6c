export { classifyDirected, lexiconDirected, type DirectedLabel } from './directed.js';
export { targetPolarity, type TargetPolarity } from './target.js';
export type { CharRange } from './directed.features.js';
