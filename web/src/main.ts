import './styles.css';
import { Explorer } from './explorer.js';

declare global {
  interface Window {
    /** A handle for tests and the console: the explorer, its Cytoscape instance and its actions. */
    __explorer: Explorer;
  }
}

const explorer = new Explorer(document.getElementById('app')!);
window.__explorer = explorer;

const [, kind, id] = /^#(actor|claim)\/(.+)$/.exec(location.hash) ?? [];
if (kind && id) void explorer.openRoot(decodeURIComponent(id), kind.toUpperCase());
