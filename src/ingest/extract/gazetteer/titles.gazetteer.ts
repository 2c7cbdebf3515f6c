import titleData from '../../../../data/titles.json' with { type: 'json' };

const TITLES = [...titleData.titles].sort((a, b) => b.length - a.length);
const MODIFIERS = new Set(titleData.modifiers);
const HONORIFICS = new Set(titleData.honorifics);

const BY_FIRST_WORD = new Map<string, string[]>();
for (const title of TITLES) {
  const first = title.split(/[\s-]/)[0]!;
  BY_FIRST_WORD.set(first, [...(BY_FIRST_WORD.get(first) ?? []), title]);
}

/** Whether some title starts with this word (lower case): when none does, `titleAt` finds nothing. */
export function startsTitle(firstWord: string): boolean {
  return BY_FIRST_WORD.has(firstWord);
}

/**
 * The title starting at `start` in `text` ("Prime Minister" in "Prime Minister Jane Doe"), found
 * through its first word so that most tokens cost one map lookup.
 */
export function titleAt(text: string, start: number, firstWord: string): string | null {
  const candidates = BY_FIRST_WORD.get(firstWord);
  if (!candidates) return null;
  for (const title of candidates) {
    const end = start + title.length;
    if (text.slice(start, end).toLowerCase() === title && (end === text.length || /[\s,.;:]/.test(text[end]!))) return title;
  }
  return null;
}

/** Titles ("special envoy", "press secretary"), longest first, lower case. */
export function titles(): readonly string[] {
  return TITLES;
}

/** "deputy", "senior", "former": words that may precede a title. */
export function isTitleModifier(word: string): boolean {
  return MODIFIERS.has(word.toLowerCase());
}

/** "Mr.", "Dr", "Sir": words that introduce a name without being a title. */
export function isHonorific(word: string): boolean {
  return HONORIFICS.has(word.toLowerCase());
}

/** The title that `phrase` ends with ("deputy foreign ministry spokesman" -> "spokesman"). */
export function endingTitle(phrase: string): string | null {
  const lower = phrase.toLowerCase();
  for (const title of TITLES) {
    if (lower === title || lower.endsWith(` ${title}`)) return title;
  }
  return null;
}

/** The title that `phrase` starts with, matched on word boundaries. */
export function leadingTitle(phrase: string): string | null {
  const lower = phrase.toLowerCase();
  for (const title of TITLES) {
    if (lower.startsWith(title) && (lower.length === title.length || /[\s,]/.test(lower[title.length]!))) return title;
  }
  return null;
}
