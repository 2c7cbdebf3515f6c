type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | null | undefined | ((event: Event) => void)>;

function isAttrs(value: Attrs | Child): value is Attrs {
  return typeof value === 'object' && value !== null && !(value instanceof Node);
}

/**
 * Creates an element: `h('a.link', { href, onclick }, 'text', child)`; the attributes may be left out
 * (`h('li', child)`), and null/false children are skipped.
 */
export function h<K extends keyof HTMLElementTagNameMap>(tag: `${K}${string}`, first?: Attrs | Child, ...rest: Child[]): HTMLElementTagNameMap[K] {
  const attrs = isAttrs(first) ? first : {};
  const children = isAttrs(first) ? rest : [first, ...rest];
  const [name, ...classes] = tag.split('.');
  const el = document.createElement(name as K);
  if (classes.length) el.className = classes.join(' ');
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === 'function') el.addEventListener(key.replace(/^on/, ''), value);
    else if (key === 'class') el.className = [el.className, String(value)].filter(Boolean).join(' ');
    else if (value === true) el.setAttribute(key, '');
    else el.setAttribute(key, String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : String(child));
  }
  return el;
}

/** Formats an ISO date as "27 Jan 2026" (UTC), or an em dash. */
export function formatDate(iso: string | null | undefined, withTime = false): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' };
  // Many sources give a date without a time: it arrives as midnight UTC, and "00:00" would be invented.
  const time = withTime && date.getUTCHours() + date.getUTCMinutes() + date.getUTCSeconds() > 0;
  if (time) Object.assign(options, { hour: '2-digit', minute: '2-digit', hour12: false });
  return date.toLocaleString('en-GB', options) + (time ? ' UTC' : '');
}

/** Shortens text to `max` characters on a word boundary. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return (space > max * 0.6 ? cut.slice(0, space) : cut) + '…';
}
