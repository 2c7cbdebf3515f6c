import { gql } from './api.js';
import { loading, note, section, stanceRow, type Navigator } from './components.js';
import { formatDate, h } from './dom.js';
import type { StanceSummary } from './model.js';

interface ArticleView {
  id: string;
  title: string;
  url: string | null;
  publishedAt: string | null;
  dek: string | null;
  outlet: { id: string; name: string } | null;
  stances: StanceSummary[];
}

/** An article: where it is from and the stances found in it. */
export function articlePanel(articleId: string, nav: Navigator): HTMLElement {
  const panel = h('div.article-panel', { 'data-article-id': articleId }, loading());
  void gql<{ article: ArticleView }>(
    `query ArticlePanel($id: ID!) { article(id: $id) { id title url publishedAt dek outlet { id name }
      stances(first: 100) { id polarity confidence publishedAt cue { start end text } evidence { start end text } holder { id name type } claim { id text } targetActor { id name type } chainNames } } }`,
    { id: articleId },
  )
    .then(({ article }) =>
      panel.replaceChildren(
        h(
          'header.panel-head',
          h('p.eyebrow', {}, 'Article'),
          h('h2', {}, article.title),
          h('p.meta', {}, article.outlet ? h('a', { href: '#', onclick: (e) => (e.preventDefault(), nav.openActor(article.outlet!.id)) }, article.outlet.name) : 'unknown outlet', ' · ', formatDate(article.publishedAt, true)),
          article.dek && h('p.dek', {}, article.dek),
          article.url && h('p.meta', {}, h('a.external', { href: article.url, target: '_blank', rel: 'noopener noreferrer' }, article.url)),
        ),
        section(`Stances in this article (${article.stances.length})`, article.stances.length ? h('div.stances', {}, ...article.stances.map((s) => stanceRow(s, nav))) : note('None extracted.')),
      ),
    )
    .catch((error: Error) => panel.replaceChildren(note(`Could not load the article: ${error.message}`, 'error')));
  return panel;
}
