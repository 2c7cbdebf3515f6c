/** Lines that open a site's trailing furniture: everything after them is navigation, not story. */
const SECTION_MARKERS = /^(sources?|references|related( topics| news| articles| stories| content| posts)?|read (more|also|next)|more (from|on|stories)|you may also like|recommended( for you)?|most (read|popular|viewed)|trending( now)?|tags|topics|share( this( article)?)?|latest news|comments?)\s*:?$/i;

/** Single lines that are furniture wherever they appear. */
const NOISE_LINE = /^(advertisement|sponsored|subscribe( now)?|sign up.*newsletter.*|follow us.*|share( on \w+)?|click here.*|image:.*|photo:.*|getty images|©.*|copyright.*)$/i;

/** True when the line opens a boilerplate tail ("Related News", "Sources:"). */
export function isSectionMarker(line: string): boolean {
  return SECTION_MARKERS.test(line.trim());
}

/** True for isolated furniture lines ("Advertisement"). */
export function isNoiseLine(line: string): boolean {
  return NOISE_LINE.test(line.trim());
}

/**
 * Index of the first line of a boilerplate tail, or lines.length when there is none.
 * A marker only starts a tail when what follows it is list-like (short lines, no long prose),
 * so a paragraph that happens to start with "Sources" is kept.
 */
export function boilerplateTailStart(lines: string[]): number {
  for (let i = 0; i < lines.length; i++) {
    if (!isSectionMarker(lines[i]!)) continue;
    const rest = lines.slice(i + 1).filter((l) => l.trim());
    const prose = rest.filter((l) => l.split(/\s+/).length > 16 && /[.!?]["”’]?$/.test(l.trim()));
    if (prose.length === 0 || prose.length / rest.length < 0.2) return i;
  }
  return lines.length;
}
