/** Markdown link, tolerating doubled or unbalanced parentheses around the target ("]((https://...)"). */
export const LINK = /!?\[([^\]\n]{0,500})\]\(+\s*<?([^)\s>[(]{0,2000})>?(?:\s+"[^"\n]{0,300}")?\s*\)+/g;

/** Reduces inline markdown to its readable words: links keep their text, emphasis and code lose their marks. */
export function stripInline(line: string): string {
  return line
    .replace(LINK, (_m, text: string) => text)
    .replace(/<[^>\n]+>/g, '')
    .replace(/(\*\*|__)(?=\S)([^\n]{0,300}?\S)\1/g, '$2')
    .replace(/(^|[\s(])([*_])(?=\S)([^*_\n]{0,300}?\S)\2(?=[\s).,;:!?]|$)/g, '$1$3')
    .replace(/`+([^`]*)`+/g, '$1')
    .replace(/~~([^~]*)~~/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!])/g, '$1');
}
