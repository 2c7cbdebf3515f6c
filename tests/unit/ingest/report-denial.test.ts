import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../../src/domain/extraction.js';
import { actorNamed, claimMatching, extractText, stancesOf } from './helpers.js';

const BRAZIL =
  'Brazil will cut fuel subsidies next year unless Congress approves a new tax, Bloomberg reported, citing two officials. ' +
  "Brazil's Finance Minister Ana Costa rejected the report, saying it was baseless.";

function opposes(x: Extraction, actorName: string): string[] {
  return stancesOf(x, actorNamed(x, actorName)?.key)
    .filter((s) => s.polarity === 'OPPOSE' && s.target.kind === 'CLAIM')
    .map((s) => (s.target.kind === 'CLAIM' ? s.target.claim : ''));
}

describe('denials of a report named by an anaphoric noun phrase', () => {
  it('targets the claim the outlet reported when a minister rejects the report', () => {
    const x = extractText(BRAZIL);
    const reported = claimMatching(x, /cut fuel subsidies/)!;
    expect(reported).toBeDefined();
    expect(opposes(x, 'Ana Costa')).toEqual([reported.key]);
  });

  it('makes no claim of the noun phrase and none of "it was baseless"', () => {
    const x = extractText(BRAZIL);
    expect(x.claims.some((c) => /^(the )?report$/i.test(c.text))).toBe(false);
    expect(x.claims.some((c) => /baseless/i.test(c.text))).toBe(false);
    expect(x.claimRelations.some((r) => r.type === 'DENIES')).toBe(false);
  });

  it('keeps a title and the name after it as one person', () => {
    const x = extractText(BRAZIL);
    const costa = actorNamed(x, 'Ana Costa')!;
    expect(costa.type).toBe('PERSON');
    expect(costa.title).toBe('Finance Minister');
    expect(x.actors.filter((a) => a.type === 'PERSON')).toHaveLength(1);
  });

  it.each([
    ['Deputy Prime Minister Peter Otieno denied the report.', 'Deputy Prime Minister'],
    ["Kenya's Defence Secretary Peter Otieno dismissed the allegations.", 'Defence Secretary'],
    ['Cabinet Secretary Peter Otieno disputed the story, saying it was completely false.', 'Cabinet Secretary'],
  ])('reads "%s" as a denial of the outlet\'s report by one titled person', (denial, title) => {
    const x = extractText(`Kenya plans to sell its stake in the national airline, the Financial Times reported. ${denial}`);
    const reported = claimMatching(x, /sell Kenya’s stake/)!;
    const otieno = actorNamed(x, 'Peter Otieno')!;
    expect(otieno.title).toBe(title);
    expect(x.actors.filter((a) => a.type === 'PERSON').map((a) => a.name)).toEqual(['Peter Otieno']);
    expect(opposes(x, 'Peter Otieno')).toEqual([reported.key]);
    expect(x.claims.some((c) => /false|^the (report|allegations|story)$/i.test(c.text))).toBe(false);
  });

  it('prefers the latest claim an outlet reported over a later statement', () => {
    const x = extractText(
      'Chile is preparing to expel two diplomats, Bloomberg reported. ' +
        'Opposition leader Tomas Vega said the government was weak. ' +
        'Foreign Minister Lucia Rojas said the reports were untrue.',
    );
    expect(opposes(x, 'Lucia Rojas')).toEqual([claimMatching(x, /expel two diplomats/)!.key]);
  });

  it('falls back to the latest attributed claim when no outlet reported one', () => {
    const x = extractText(
      'Two officials said Peru will raise tariffs on imported steel in April. ' +
        'Trade Minister Rosa Quispe rejected the claims, saying they were false.',
    );
    expect(opposes(x, 'Rosa Quispe')).toEqual([claimMatching(x, /raise tariffs/)!.key]);
  });

  it('reads "it" as the company, not the report, when no report was named', () => {
    const x = extractText('Harbor Freight Ltd said its new plant was safe. Regulator Mark Dunn said it was unsafe.');
    expect(x.claims.some((c) => /unsafe/.test(c.text))).toBe(true);
  });
});
