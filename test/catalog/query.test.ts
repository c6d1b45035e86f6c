import { describe, expect, it } from 'vitest';
import { compare, confusableWith, lookup, search, suggest } from '../../src/catalog/index.js';

describe('lookup', () => {
  it('reads 4.2.2 and 5.2.2 through their class', () => {
    expect(lookup('4.2.2')).toMatchObject({ code: '4.2.2', class: 'transient', kind: 'enhanced' });
    expect(lookup('5.2.2')).toMatchObject({ code: '5.2.2', class: 'permanent', kind: 'enhanced' });
  });

  it('accepts the registry form X.1.1 and answers with a real class', () => {
    expect(lookup('X.1.1')?.code).toBe('5.1.1');
  });

  it('explains an unregistered provider detail from its class and subject, marked as such', () => {
    const e = lookup('5.7.708');
    expect(e).toMatchObject({ code: '5.7.708', class: 'permanent', registered: false });
    expect(e!.meaning).toMatch(/not in the IANA registry/);
  });

  it('gives both meanings of 530 and names the command that selects each', () => {
    const e = lookup('530')!;
    const contexts = (e.variants ?? []).map((v) => `${v.context} ${v.title} ${v.meaning}`).join(' ');
    expect(contexts).toMatch(/STARTTLS/);
    expect(contexts).toMatch(/AUTH/);
  });

  it('knows nothing of codes outside SMTP', () => {
    expect(lookup('404')).toBeUndefined();
    expect(lookup('hello')).toBeUndefined();
    expect(lookup('6.1.1')).toBeUndefined();
  });
});

describe('compare', () => {
  it('uses the hand-written comparison for a confusable pair, in either order', () => {
    const ab = compare('452', '552');
    const ba = compare('552', '452');
    expect('a' in ab && ab.curated).toBe(true);
    expect('a' in ba && ba.curated).toBe(true);
  });

  it('derives a comparison for any two codes, past the "X is 2xx, Y is 4xx" floor', () => {
    const c = compare('214', '5.7.30');
    if (!('a' in c)) throw new Error('expected a comparison');
    expect(c.curated).toBe(false);
    expect(c.keyDifference).toMatch(/retr|fix|success/i);
    expect(c.whenToUseWhich).toContain('214');
  });

  it('names the unknown side', () => {
    expect(compare('421', '699')).toEqual({ unknown: '699' });
  });

  it('offers confusable codes for "Compare with…"', () => {
    expect(confusableWith('421')).toEqual(expect.arrayContaining(['450']));
  });
});

describe('search and suggest', () => {
  it.each([
    ['mailbox full', '5.2.2'],
    ['relay denied', '5.7.1'],
    ['greylisting', '451'],
    ['too many recipients', '5.5.3'],
    ['spf', '5.7.23'],
    ['message too big', '5.3.4'],
  ])('"%s" finds %s near the top', (q, code) => {
    const codes = search(q, 8).map((h) => h.entry.code);
    expect(codes).toContain(code);
  });

  it.each([
    ['4211', '421'],
    ['5.1.11', '5.1.1'],
    ['55O', '550'],
    ['5.7.62', '5.7.26'],
  ])('suggests %s → %s', (typo, meant) => {
    expect(suggest(typo)).toContain(meant);
  });
});
