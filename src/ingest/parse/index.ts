export { parseArticle } from './article.parser.js';
export { detectFormat } from './format.detect.js';
export { allOutlets, outletByName, outletFromUrl, type Outlet } from './outlet.lookup.js';
