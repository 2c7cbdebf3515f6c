import { stem } from './words.js';

// Words that signal a stance of one actor toward another or toward a target. Kept short and
// general: the trained classifiers learn the rest from data; this is also the fallback without a model.
const NEGATIVE_WORDS =
  'accuse blame criticize criticise attack slam condemn denounce reject oppose sue threaten warn mock ridicule insult sanction ban impeach indict charge arrest prosecute investigate punish fight against hostile kill bomb invade defeat lie liar corrupt scandal fail disaster crisis terrible horrible bad worse worst illegal racist fraud abuse blast lambast rebuke scold chastise target doubt deny refuse resist undermine sabotage smear disparage belittle demean humiliate betray protest boycott dismiss mislead incompetent weak disgrace'.split(' ');
const POSITIVE_WORDS =
  'praise support endorse back thank welcome applaud commend congratulate defend ally friend help assist cooperate partner agree embrace admire respect honor honour love trust appoint nominate hire elect win great good best success strong hero brilliant wonderful celebrate protect rescue champion favor favour approve'.split(' ');

export const NEGATIVE: ReadonlySet<string> = new Set(NEGATIVE_WORDS.map(stem));
export const POSITIVE: ReadonlySet<string> = new Set(POSITIVE_WORDS.map(stem));

/** -1, 0 or 1 for a lower-case word. */
export function polarityOf(lowerWord: string): -1 | 0 | 1 {
  const s = stem(lowerWord);
  if (NEGATIVE.has(s)) return -1;
  if (POSITIVE.has(s)) return 1;
  return 0;
}
