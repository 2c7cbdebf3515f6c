import type { StylesheetJson } from 'cytoscape';
import { ACTOR_COLOR, ARTICLE_FILL, CITES_COLOR, CLAIM_BORDER, CLAIM_FILL, POLARITY_COLOR } from './palette.js';

const FONT = 'Inter, "Segoe UI", system-ui, -apple-system, "DejaVu Sans", sans-serif';

const actorKinds = Object.entries(ACTOR_COLOR).map(([kind, color]) => ({
  selector: `node[type = "ACTOR"][kind = "${kind}"]`,
  style: { 'background-color': color },
}));

const polarities = Object.entries(POLARITY_COLOR).map(([polarity, color]) => ({
  selector: `edge[type = "STANCE"][polarity = "${polarity}"]`,
  style: { 'line-color': color, 'target-arrow-color': color, color },
}));

/** The explorer's Cytoscape stylesheet: node shape by type, actor colour by kind, stance colour by polarity. */
export const graphStyle: StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(display)',
      'font-family': FONT,
      'font-size': 12,
      color: '#212529',
      'text-wrap': 'wrap',
      'text-max-width': '140px',
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-outline-color': '#ffffff',
      'text-outline-width': 2,
      'text-outline-opacity': 0.9,
      'min-zoomed-font-size': 6,
      width: 'data(size)',
      height: 'data(size)',
      'border-width': 2,
      'border-color': '#ffffff',
      'overlay-padding': 4,
      'transition-property': 'border-color, border-width, opacity',
      'transition-duration': 150,
    },
  },
  ...actorKinds,
  {
    selector: 'node[type = "ACTOR"][kind = "MEDIA"]',
    style: { shape: 'round-rectangle' },
  },
  {
    selector: 'node[type = "ACTOR"][kind = "STATE"]',
    style: { shape: 'round-hexagon' },
  },
  {
    selector: 'node[type = "ACTOR"][kind = "ORGANIZATION"], node[type = "ACTOR"][kind = "GROUP"]',
    style: { shape: 'round-diamond' },
  },
  {
    selector: 'node[type = "ACTOR"][kind = "ANONYMOUS_SOURCE"]',
    style: { 'background-color': '#f1f3f5', 'border-color': '#868e96', 'border-style': 'dashed', 'border-width': 2 },
  },
  {
    selector: 'node[type = "CLAIM"]',
    style: {
      shape: 'round-rectangle',
      'background-color': CLAIM_FILL,
      'border-color': CLAIM_BORDER,
      'border-width': 1.5,
      width: 'data(w)',
      height: 'data(h)',
      'text-valign': 'center',
      'text-halign': 'center',
      'text-margin-y': 0,
      'text-max-width': 'data(tw)',
      'text-outline-width': 0,
      'font-size': 10.5,
      color: '#5c3c00',
    },
  },
  {
    selector: 'node[type = "ARTICLE"]',
    style: {
      shape: 'rectangle',
      'background-color': ARTICLE_FILL,
      'border-color': '#adb5bd',
      'border-width': 1,
      width: 14,
      height: 18,
      'font-size': 9,
      color: '#495057',
      'text-max-width': '120px',
    },
  },
  {
    selector: 'node.expanded',
    style: { 'border-width': 3, 'border-color': '#212529' },
  },
  {
    selector: 'node[type = "CLAIM"].expanded',
    style: { 'border-width': 2.5, 'border-color': '#a07000' },
  },
  {
    selector: 'node.root',
    style: { 'border-width': 4, 'border-color': '#1c7ed6' },
  },
  {
    selector: 'node:selected',
    style: { 'overlay-opacity': 0, 'border-color': '#1c7ed6', 'border-width': 4, 'underlay-color': '#74c0fc', 'underlay-opacity': 0.35, 'underlay-padding': 6 },
  },
  {
    selector: 'edge',
    style: {
      width: 1.2,
      'curve-style': 'bezier',
      'line-color': '#ced4da',
      'target-arrow-shape': 'triangle',
      'target-arrow-color': '#ced4da',
      'arrow-scale': 0.8,
      'font-family': FONT,
      'font-size': 9,
      'text-rotation': 'autorotate',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'text-background-padding': '2px',
      'min-zoomed-font-size': 7,
      'overlay-padding': 3,
    },
  },
  {
    selector: 'edge[type = "STANCE"]',
    style: { width: 'mapData(weight, 0, 1, 1.5, 4)', 'arrow-scale': 1 },
  },
  ...polarities,
  {
    selector: 'edge[type = "CITES"]',
    style: { 'line-color': CITES_COLOR, 'target-arrow-color': CITES_COLOR, 'line-style': 'dashed', 'line-dash-pattern': [6, 3], width: 1.6, label: 'cites', color: CITES_COLOR },
  },
  {
    selector: 'edge[type = "PUBLISHED_BY"]',
    style: { 'line-color': '#adb5bd', 'target-arrow-color': '#adb5bd', 'line-style': 'dotted', width: 1 },
  },
  {
    selector: 'edge[type = "ABOUT"]',
    style: { 'line-color': '#ced4da', 'target-arrow-color': '#ced4da', 'line-style': 'dotted', 'target-arrow-shape': 'vee', width: 1 },
  },
  {
    selector: 'edge[type = "CONDITIONED_ON"]',
    style: { 'line-color': POLARITY_COLOR.CONDITIONAL, 'target-arrow-color': POLARITY_COLOR.CONDITIONAL, 'line-style': 'dashed', label: 'if', color: '#a06200' },
  },
  {
    selector: 'edge[type = "DENIES"], edge[type = "CONTRADICTS"]',
    style: { 'line-color': POLARITY_COLOR.OPPOSE, 'target-arrow-color': POLARITY_COLOR.OPPOSE, 'target-arrow-shape': 'tee', 'line-style': 'dashed', label: 'data(typeLabel)', color: POLARITY_COLOR.OPPOSE },
  },
  {
    selector: 'edge[type = "MEMBER_OF"], edge[type = "PART_OF"], edge[type = "AFFILIATED_WITH"]',
    style: { 'line-color': '#91a7ff', 'target-arrow-color': '#91a7ff', 'target-arrow-shape': 'triangle-backcurve', width: 1.2 },
  },
  {
    selector: 'edge.hover, edge:selected',
    style: { label: 'data(display)', 'z-index': 10, 'font-size': 10 },
  },
  {
    selector: 'edge:selected',
    style: { width: 5, 'overlay-color': '#1c7ed6', 'overlay-opacity': 0.15 },
  },
  {
    selector: '.faded',
    style: { opacity: 0.18, 'text-opacity': 0.1 },
  },
];
