import winkNLP, { type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type Doc = ReturnType<WinkMethods['readDoc']>;

/** The part of wink's in-memory model that reading a document changes. */
interface Lexemes {
  hash: Record<string, number>;
  list: string[];
}

/** Fresh instances replace a reader after this many documents, so the words it forgot stop taking memory. */
const DOCUMENTS_PER_INSTANCE = 2_000;

/**
 * Reads texts with wink-nlp without letting one text change how the next is tokenized. wink adds
 * every out-of-vocabulary token it meets to its lexicon, and its tokenizer keeps a known token
 * whole: after one article wrote "Trump's-era", "Trump's" stops splitting into "Trump" + "'s"
 * everywhere else. So extraction depended on which articles a process had read before (16 of 60
 * PolNeAR articles tokenized differently in reverse order). The reader forgets the words a text
 * added once the caller has read the document's outputs, so every text is read as by a new
 * instance; wink keeps no other state between documents that changes its output.
 */
export class WinkReader {
  private nlp: WinkMethods | null = null;
  private lexemes: Lexemes | null = null;
  private documents = 0;

  constructor(private readonly pipes?: string[]) {}

  /** Reads `text` and returns what `use` takes from the document; the document is invalid afterwards. */
  read<T>(text: string, use: (doc: Doc, its: WinkMethods['its']) => T): T {
    const nlp = this.instance();
    const lexemes = this.lexemes!;
    const known = lexemes.list.length;
    try {
      return use(nlp.readDoc(text), nlp.its);
    } finally {
      for (let i = known; i < lexemes.list.length; i++) {
        const word = lexemes.list[i]!;
        if (lexemes.hash[word] === i) delete lexemes.hash[word];
      }
      if (++this.documents >= DOCUMENTS_PER_INSTANCE) this.nlp = null;
    }
  }

  // Loading takes about 200 ms: once per DOCUMENTS_PER_INSTANCE documents.
  private instance(): WinkMethods {
    if (!this.nlp) {
      // wink builds its working model with `core()`; keeping a handle on it is how the reader sees the lexicon.
      const capture = {
        ...model,
        core: () => {
          const built = (model as unknown as { core: () => { features: { lexeme: Lexemes } } }).core();
          this.lexemes = built.features.lexeme;
          return built;
        },
      };
      this.nlp = (this.pipes ? winkNLP(capture as typeof model, this.pipes as never) : winkNLP(capture as typeof model)) as WinkMethods;
      this.documents = 0;
    }
    return this.nlp;
  }
}

/** The one reader of the pipeline (sentences and POS; lemmas come with POS): the tokenizer and the attribution finder share it. */
export const winkReader = new WinkReader(['sbd', 'pos']);
