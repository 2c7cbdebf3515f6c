import type { Polarity } from './model.js';

/** Stance colours: the legend, the graph and the panels all read these. */
export const POLARITY_COLOR: Record<Polarity, string> = {
  SUPPORT: '#2f9e44',
  OPPOSE: '#e03131',
  CONDITIONAL: '#f59f00',
  NEUTRAL: '#868e96',
};

export const POLARITY_LABEL: Record<Polarity, string> = {
  SUPPORT: 'supports',
  OPPOSE: 'opposes',
  CONDITIONAL: 'conditional',
  NEUTRAL: 'neutral',
};

/** Actor colours by actor type. */
export const ACTOR_COLOR: Record<string, string> = {
  PERSON: '#3b5bdb',
  STATE: '#6741d9',
  ORGANIZATION: '#0c8599',
  MEDIA: '#343a40',
  GROUP: '#087f5b',
  ANONYMOUS_SOURCE: '#868e96',
};

export const ACTOR_LABEL: Record<string, string> = {
  PERSON: 'person',
  STATE: 'state',
  ORGANIZATION: 'organisation',
  MEDIA: 'outlet',
  GROUP: 'group',
  ANONYMOUS_SOURCE: 'anonymous source',
};

export const CLAIM_FILL = '#fff4d6';
export const CLAIM_BORDER = '#d9a21b';
export const ARTICLE_FILL = '#e9ecef';
export const CITES_COLOR = '#7048e8';
