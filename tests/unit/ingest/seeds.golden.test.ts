import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../../src/domain/extraction.js';
import { extractArticle } from '../../../src/ingest/pipeline.js';
import { actorNamed, claimText } from './helpers.js';

const seed = (name: string): string => readFileSync(fileURLToPath(new URL(`../../../seeds/${name}`, import.meta.url)), 'utf8');
const clash: Extraction = extractArticle({ content: seed('us-security-guarantees-donbas.clashreport.txt') });
const summary: Extraction = extractArticle({ content: seed('us-security-guarantees-donbas.summary.md') });

function spansAreExact(x: Extraction): void {
  const text = x.article.text;
  const spans = [
    ...x.actors.flatMap((a) => a.mentions),
    ...x.claims.map((c) => c.span),
    ...x.attributions.flatMap((a) => [...a.source, ...a.cue, ...a.content]),
    ...x.stances.flatMap((s) => [s.cue, s.evidence, ...(s.quote ? [s.quote] : [])]),
  ];
  for (const s of spans) {
    expect(s.start).toBeGreaterThanOrEqual(0);
    expect(s.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(s.start, s.end)).toBe(s.text);
  }
}

describe.each([
  ['the Clash Report scrape', clash],
  ['the markdown summary', summary],
])('%s', (_name, x) => {
  it('gives the United States a conditional stance on security guarantees that depends on ceding territory', () => {
    const us = actorNamed(x, 'United States')!;
    expect(us.type).toBe('STATE');
    const conditional = x.stances.filter((s) => s.actor === us.key && s.polarity === 'CONDITIONAL' && s.target.kind === 'CLAIM');
    const match = conditional.find(
      (s) => s.target.kind === 'CLAIM' && /security guarantee/i.test(claimText(x, s.target.claim)) && /(ced|withdraw)\w* (from )?the Donbas|territor/i.test(claimText(x, s.condition)),
    );
    expect(match).toBeDefined();
    expect(x.claimRelations).toContainEqual({ from: (match!.target as { claim: string }).claim, to: match!.condition, type: 'CONDITIONED_ON' });
  });

  it('knows Volodymyr Zelenskyy as one person with the title President', () => {
    const people = x.actors.filter((a) => /zelensk/i.test(a.name) || a.aliases.some((n) => /zelensk/i.test(n)));
    expect(people).toHaveLength(1);
    expect(people[0]!.type).toBe('PERSON');
    expect(people[0]!.name).toBe('Volodymyr Zelenskyy');
    expect(people[0]!.title).toBe('President');
  });

  it('spans are exact slices of the text', () => spansAreExact(x));
});

describe('the markdown summary', () => {
  it('has Zelenskyy opposing ceding territory', () => {
    const z = actorNamed(summary, 'Volodymyr Zelenskyy')!;
    const oppose = summary.stances.find((s) => s.actor === z.key && s.polarity === 'OPPOSE' && s.target.kind === 'CLAIM' && /ced\w* (territory|the Donbas)/i.test(claimText(summary, s.target.claim)));
    expect(oppose).toBeDefined();
  });

  it('reads front matter, sources and key players', () => {
    const a = summary.article;
    expect(a.url).toBe('https://www.ft.com/content/8ca0d4fd-fdfd-4aa3-a3a2-90be00d55b9d');
    expect(a.outlet).toBe('Financial Times');
    expect(a.publishedAt).toBe('2026-01-27T06:39:08.000Z');
    expect(a.sources.map((s) => s.outlet)).toEqual(['The Straits Times', 'DW', 'Reuters']);
    expect(a.sources[1]!.url).toBe('https://www.dw.com/en/ukraine-says-us-security-guarantees-deal-100-ready/a-75653357');
    expect(a.metadata.keyPlayers).toHaveLength(4);
  });
});

describe('the Clash Report scrape', () => {
  it('reads the date and outlet glued on one line', () => {
    expect(clash.article.outlet).toBe('Clash Report');
    expect(clash.article.publishedAt).toBe('2026-01-27T00:00:00.000Z');
  });

  it('has the White House, with Anna Kelly a member, opposing the claim that the US pressures Ukraine to give up territory', () => {
    const wh = actorNamed(clash, 'White House')!;
    const us = actorNamed(clash, 'United States')!;
    const kelly = actorNamed(clash, 'Anna Kelly')!;
    expect(kelly.type).toBe('PERSON');
    expect(kelly.title).toMatch(/press secretary/);
    expect(clash.actorRelations).toContainEqual(expect.objectContaining({ from: kelly.key, to: wh.key, type: 'MEMBER_OF' }));
    expect(clash.actorRelations).toContainEqual(expect.objectContaining({ from: wh.key, to: us.key, type: 'PART_OF' }));
    const claim = clash.claims.find((c) => /pressur\w+ Ukraine to give up territory/.test(c.text))!;
    expect(claim.text).toBe('the US is pressuring Ukraine to give up territory');
    expect(clash.stances).toContainEqual(expect.objectContaining({ actor: wh.key, polarity: 'OPPOSE', target: { kind: 'CLAIM', claim: claim.key } }));
    const kellys = clash.stances.find((s) => s.actor === kelly.key && s.polarity === 'OPPOSE');
    expect(kellys?.target).toEqual({ kind: 'CLAIM', claim: claim.key });
    expect(kellys?.cue.text).toBe('totally false');
    expect(clash.claimRelations.some((r) => r.type === 'DENIES' && r.to === claim.key)).toBe(true);
  });

  it('chains Clash Report, the Financial Times and eight people familiar with the talks', () => {
    const names = (keys: string[]): string[] => keys.map((k) => clash.actors.find((a) => a.key === k)!.name);
    const eight = clash.actors.find((a) => a.type === 'ANONYMOUS_SOURCE' && a.count === 8)!;
    expect(eight.name).toBe('eight people familiar with the talks');
    const chained = clash.stances.map((s) => names(s.chain)).find((c) => c.length >= 3 && c[2] === eight.name);
    expect(chained?.slice(0, 3)).toEqual(['Clash Report', 'Financial Times', 'eight people familiar with the talks']);
    const viaFt = clash.attributions.find((a) => a.sourceActor === eight.key && a.cue[0]?.text === 'citing');
    const ft = clash.attributions.find((a) => a.key === viaFt?.via);
    expect(clash.actors.find((a) => a.key === ft?.sourceActor)?.name).toBe('Financial Times');
  });

  it('has Steve Witkoff, special envoy, saying the Abu Dhabi talks were very constructive', () => {
    const w = actorNamed(clash, 'Steve Witkoff')!;
    expect(w.type).toBe('PERSON');
    expect(w.title).toBe('special envoy');
    const stance = clash.stances.find((s) => s.actor === w.key && s.target.kind === 'CLAIM' && /very constructive/.test(claimText(clash, s.target.claim)));
    expect(stance?.polarity).toBe('SUPPORT');
    const claim = clash.claims.find((c) => c.key === (stance!.target as { claim: string }).claim)!;
    expect(claim.places).toContain('Abu Dhabi');
    expect(stance!.quote?.text).toBe('very constructive');
  });

  it('takes nothing from the related-news boilerplate', () => {
    const boiler = clash.article.excluded;
    expect(boiler.length).toBeGreaterThan(0);
    expect(boiler.some((b) => b.text.includes('Pistorius Blasts Trump Over Afghanistan'))).toBe(true);
    const inBoiler = (s: { start: number; end: number }): boolean => boiler.some((b) => s.start < b.end && b.start < s.end);
    expect(clash.claims.filter((c) => inBoiler(c.span))).toEqual([]);
    expect(clash.actors.flatMap((a) => a.mentions).filter(inBoiler)).toEqual([]);
    expect(clash.actors.find((a) => /pistorius|trump|hamas|venezuela|greenland/i.test(a.name))).toBeUndefined();
    expect(clash.claims.find((c) => /Pistorius|Afghanistan|Hamas/.test(c.text))).toBeUndefined();
  });
});
