/** A highlighted range [start, end) of the article text and the CSS class it gets. */
export interface Mark {
  start: number;
  end: number;
  cls: string;
}

/** A run of text with the marks that cover it. */
export interface Segment {
  text: string;
  start: number;
  classes: string[];
}

/** Clamps a range to the text; null when nothing of it is left. */
function clamp(mark: Mark, length: number): Mark | null {
  const start = Math.max(0, Math.min(mark.start, length));
  const end = Math.max(start, Math.min(mark.end, length));
  return end > start ? { ...mark, start, end } : null;
}

/**
 * Cuts `text` at every mark boundary so each run is covered by a fixed set of marks.
 * Marks may overlap or nest (a cue inside a quote inside the evidence sentence);
 * out-of-range offsets are clamped rather than trusted.
 */
export function segment(text: string, marks: Mark[]): Segment[] {
  const valid = marks.map((m) => clamp(m, text.length)).filter((m): m is Mark => m !== null);
  const cuts = new Set<number>([0, text.length]);
  for (const m of valid) cuts.add(m.start).add(m.end);
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    if (end === start) continue;
    const classes = valid.filter((m) => m.start <= start && m.end >= end).map((m) => m.cls);
    segments.push({ text: text.slice(start, end), start, classes });
  }
  return segments;
}

/**
 * Renders the article text with `primary` wrapped in one <mark> (so its text is whole in the DOM)
 * and the other marks as nested <mark>s inside or around it. Returns the container and the primary mark.
 */
export function renderHighlighted(text: string, primary: Mark, others: Mark[]): { root: HTMLElement; primary: HTMLElement | null } {
  const root = document.createElement('div');
  root.className = 'article-text';
  const p = clamp(primary, text.length);
  const regions: { start: number; end: number; wrap: boolean }[] = p
    ? [
        { start: 0, end: p.start, wrap: false },
        { start: p.start, end: p.end, wrap: true },
        { start: p.end, end: text.length, wrap: false },
      ]
    : [{ start: 0, end: text.length, wrap: false }];
  let primaryEl: HTMLElement | null = null;
  for (const region of regions) {
    if (region.end <= region.start) continue;
    const local = others.map((m) => ({ ...m, start: m.start - region.start, end: m.end - region.start }));
    const parent = region.wrap ? document.createElement('mark') : root;
    if (region.wrap) {
      parent.className = primary.cls;
      primaryEl = parent;
      root.append(parent);
    }
    for (const seg of segment(text.slice(region.start, region.end), local)) {
      if (seg.classes.length === 0) {
        parent.append(seg.text);
      } else {
        const mark = document.createElement('mark');
        mark.className = seg.classes.join(' ');
        mark.textContent = seg.text;
        parent.append(mark);
      }
    }
  }
  return { root, primary: primaryEl };
}
