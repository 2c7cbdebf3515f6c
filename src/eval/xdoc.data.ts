import { readFile } from 'node:fs/promises';

/** The gold chain types the cross-document actor task scores. */
export const ACTOR_CHAIN_TYPES = ['ACTOR', 'COUNTRY', 'GROUP'] as const;
export type ActorChainType = (typeof ACTOR_CHAIN_TYPES)[number];

export interface GoldMention {
  id: string;
  docId: string;
  chain: string;
  type: ActorChainType;
  /** Character range into the document text rebuilt from the tokens. */
  start: number;
  end: number;
  text: string;
  words: string[];
  /** Character range of each word. */
  wordSpans: [number, number][];
}

export interface CorefDocument {
  /** "7_L" */
  id: string;
  topic: string;
  text: string;
  mentions: GoldMention[];
}

const NO_SPACE_BEFORE = /^([,.;:!?%)\]}”’]|'s|’s|n't|n’t|'re|'ve|'ll|'d|'m)$/i;
const NO_SPACE_AFTER = /^[([{“$‘]$/;

interface Row {
  doc: string;
  sent: number;
  word: string;
  refs: string[];
}

function parseRows(content: string): Row[] {
  const rows: Row[] = [];
  for (const line of content.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const cols = line.split('\t');
    if (cols.length < 5) continue;
    const refs = cols[4]!.trim() === '-' ? [] : cols[4]!.split('|').map((r) => r.trim()).filter((r) => r && r !== '-');
    rows.push({ doc: cols[0]!, sent: Number(cols[1]), word: cols[3]!, refs });
  }
  return rows;
}

/**
 * Reads NewsWCL50's dataset.conll: documents as text rebuilt from the tokens (a "\n" token is a
 * paragraph break; punctuation is attached), with the gold ACTOR, COUNTRY and GROUP mentions
 * as character ranges into that text.
 */
export async function readNewsWcl(path: string): Promise<CorefDocument[]> {
  const rows = parseRows(await readFile(path, 'utf8'));
  const docs = new Map<string, { doc: CorefDocument; text: string; open: Map<string, { start: number; words: string[]; spans: [number, number][] }[]>; prev: string | null }>();
  for (const row of rows) {
    const docId = row.doc.split('/').pop()!;
    let state = docs.get(docId);
    if (!state) {
      state = { doc: { id: docId, topic: row.doc.split('/')[0]!, text: '', mentions: [] }, text: '', open: new Map(), prev: null };
      docs.set(docId, state);
    }
    const word = row.word === '\\n' ? '\n' : row.word.trim();
    let start = state.text.length;
    if (word === '\n') {
      state.text = state.text.replace(/ +$/, '') + '\n';
      start = state.text.length;
    } else if (word) {
      const glue =
        state.text.length === 0 || state.text.endsWith('\n') || NO_SPACE_BEFORE.test(word) || (state.prev !== null && NO_SPACE_AFTER.test(state.prev)) ||
        // "Jae - in", "aluminum - consuming": a hyphen between letters joins the words.
        (word === '-' && /\p{L}$/u.test(state.text)) || (state.prev === '-' && /\p{L}-$/u.test(state.text));
      if (!glue) state.text += ' ';
      start = state.text.length;
      state.text += word;
      state.prev = word;
    }
    const end = state.text.length;
    for (const ref of row.refs) {
      const opens = ref.startsWith('(');
      const closes = ref.endsWith(')');
      const chain = ref.replace(/^\(/, '').replace(/\)$/, '');
      if (opens) state.open.set(chain, [...(state.open.get(chain) ?? []), { start, words: [], spans: [] }]);
    }
    for (const stack of state.open.values()) {
      for (const m of stack) {
        if (!word || word === '\n') continue;
        m.words.push(word);
        m.spans.push([start, end]);
      }
    }
    for (const ref of row.refs) {
      if (!ref.endsWith(')')) continue;
      const chain = ref.replace(/^\(/, '').replace(/\)$/, '');
      const stack = state.open.get(chain);
      const m = stack?.pop();
      if (!m) continue;
      const type = chain.split('_').pop() as ActorChainType;
      if (!ACTOR_CHAIN_TYPES.includes(type)) continue;
      const mention: GoldMention = { id: `${docId}:${m.start}:${end}:${chain}`, docId, chain, type, start: m.start, end, text: state.text.slice(m.start, end), words: m.words, wordSpans: m.spans };
      state.doc.mentions.push(mention);
    }
  }
  return [...docs.values()].map((s) => ({ ...s.doc, text: s.text }));
}
