import { h } from './dom.js';

export interface ToolbarActions {
  fit(): void;
  relayout(): void;
  clear(): void;
  exportPng(): void;
  exportApi(format: 'GRAPHML' | 'CYTOSCAPE_JSON'): void;
  exportView(): void;
}

/** The canvas toolbar: view controls and the export menu (which closes once an item is chosen). */
export function toolbar(actions: ToolbarActions): HTMLElement {
  const item = (key: string, label: string, run: () => void) => h('button', { type: 'button', 'data-export': key, onclick: run }, label);
  const menu = h(
    'details.menu',
    h('summary', {}, 'Export ▾'),
    h(
      'div.menu-items',
      item('png', 'PNG image of the view', actions.exportPng),
      item('graphml', 'GraphML (API, around the focus)', () => actions.exportApi('GRAPHML')),
      item('cyjson', 'Cytoscape JSON (API, around the focus)', () => actions.exportApi('CYTOSCAPE_JSON')),
      item('view', 'Cytoscape JSON of this view', actions.exportView),
    ),
  ) as HTMLDetailsElement;
  menu.addEventListener('click', (event) => {
    if ((event.target as HTMLElement).closest('.menu-items button')) menu.open = false;
  });
  return h(
    'div.toolbar',
    { role: 'toolbar' },
    h('button', { type: 'button', onclick: actions.fit, title: 'Fit the graph to the window' }, 'Fit'),
    h('button', { type: 'button', onclick: actions.relayout, title: 'Lay the graph out again from scratch' }, 'Re-layout'),
    h('button', { type: 'button', onclick: actions.clear, title: 'Remove everything from the canvas' }, 'Clear'),
    h('span.sep'),
    menu,
  );
}
