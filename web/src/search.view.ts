import { kindBadge } from './components.js';
import { h, truncate } from './dom.js';
import { search, type SearchResults } from './queries.js';

export interface SearchChoice {
  id: string;
  type: 'ACTOR' | 'CLAIM';
  label: string;
}

/** The search box: debounced actors + claims search with a keyboard-navigable result list. */
export function searchBox(onChoose: (choice: SearchChoice) => void): HTMLElement {
  const input = h('input.search-input', { type: 'search', placeholder: 'Search actors and claims…  (e.g. Zelenskyy, White House, security guarantees)', 'aria-label': 'Search actors and claims', autocomplete: 'off', spellcheck: 'false' }) as HTMLInputElement;
  const results = h('div.results', { role: 'listbox', hidden: true });
  let timer = 0;
  let controller: AbortController | null = null;
  let active = -1;

  const items = () => [...results.querySelectorAll<HTMLButtonElement>('.result')];
  const highlight = (index: number) => {
    const all = items();
    active = Math.max(-1, Math.min(index, all.length - 1));
    all.forEach((el, i) => el.classList.toggle('active', i === active));
    all[active]?.scrollIntoView({ block: 'nearest' });
  };
  const choose = (choice: SearchChoice) => {
    results.hidden = true;
    input.blur();
    onChoose(choice);
  };
  const render = (found: SearchResults) => {
    const groups: HTMLElement[] = [];
    if (found.actors.length)
      groups.push(
        h('p.group', {}, 'Actors'),
        ...found.actors.map((a) =>
          h('button.result', { type: 'button', role: 'option', 'data-id': a.id, 'data-type': 'ACTOR', onclick: () => choose({ id: a.id, type: 'ACTOR', label: a.name }) }, h('span.result-label', {}, a.name), a.title && h('span.result-sub', {}, truncate(a.title, 40)), kindBadge(a.type)),
        ),
      );
    if (found.claims.length)
      groups.push(
        h('p.group', {}, 'Claims'),
        ...found.claims.map((c) => h('button.result.claim', { type: 'button', role: 'option', 'data-id': c.id, 'data-type': 'CLAIM', onclick: () => choose({ id: c.id, type: 'CLAIM', label: c.text }) }, h('span.result-label', {}, truncate(c.text, 120)))),
      );
    if (!groups.length) groups.push(h('p.none', {}, `Nothing found for “${input.value.trim()}”.`));
    results.replaceChildren(...groups);
    results.hidden = false;
    active = -1;
  };
  const run = () => {
    const term = input.value.trim();
    controller?.abort();
    if (term.length < 2) {
      results.hidden = true;
      return;
    }
    controller = new AbortController();
    results.classList.add('pending');
    search(term, controller.signal)
      .then(render)
      .catch((error: Error) => {
        if (error.name === 'AbortError') return;
        results.replaceChildren(h('p.none.error', {}, `Search failed: ${error.message}`));
        results.hidden = false;
      })
      .finally(() => results.classList.remove('pending'));
  };

  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(run, 180);
  });
  input.addEventListener('focus', () => {
    if (results.childElementCount && input.value.trim().length >= 2) results.hidden = false;
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') (event.preventDefault(), highlight(active + 1));
    else if (event.key === 'ArrowUp') (event.preventDefault(), highlight(active - 1));
    else if (event.key === 'Enter') {
      window.clearTimeout(timer);
      const target = items()[Math.max(active, 0)];
      if (target && !results.hidden) target.click();
      else run();
    } else if (event.key === 'Escape') results.hidden = true;
  });
  document.addEventListener('click', (event) => {
    if (!wrap.contains(event.target as Node)) results.hidden = true;
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === '/' && document.activeElement !== input && !(document.activeElement instanceof HTMLInputElement)) (event.preventDefault(), input.focus());
  });
  const wrap = h('div.search', {}, h('span.search-icon', { 'aria-hidden': 'true' }, '⌕'), input, results);
  return wrap;
}
