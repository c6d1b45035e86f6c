import { describe, expect, it } from 'vitest';
import { allEntries, catalogData, classOf, lookup, responsesWithCode } from '../../src/catalog/index.js';
import { validateCatalog } from '../../src/catalog/validate.js';
import { enhancedCodeTable, replyCodeTable } from './registry-table.js';

const words = (s: string) => s.toLowerCase().replace(/[^a-z0-9 -]+/g, ' ').split(/\s+/).filter(Boolean);

describe('catalog data', () => {
  const data = catalogData();

  it('holds every data file to its zod schema', () => {
    expect(validateCatalog()).toEqual([]);
  });

  it('indexes the data with no duplicates', () => {
    expect(data.replies.size).toBeGreaterThanOrEqual(40);
    expect(data.enhanced.size).toBeGreaterThanOrEqual(80);
  });

  it('has the three classes and the eight subjects of RFC 3463', () => {
    expect([...data.groups.keys()].sort()).toEqual(
      ['2.X.X', '4.X.X', '5.X.X', 'X.0.X', 'X.1.X', 'X.2.X', 'X.3.X', 'X.4.X', 'X.5.X', 'X.6.X', 'X.7.X'].sort(),
    );
  });

  it('resolves every seeAlso and commonEnhanced reference, to the catalog or a provider entry', () => {
    const broken: string[] = [];
    for (const e of allEntries()) {
      for (const ref of [...e.seeAlso, ...(e.commonEnhanced ?? [])]) {
        if (!lookup(ref)?.registered && responsesWithCode(ref).length === 0) broken.push(`${e.code} → ${ref}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('lists as typical replies only well-formed reply codes, most of them explained', () => {
    const refs = [...data.enhanced.values()].flatMap((e) => e.typicalReplies);
    // The registry names a few basic codes no RFC defines (422, 430, 533); everything else must resolve.
    const unexplained = [...new Set(refs.filter((r) => !lookup(r)))].sort();
    expect(unexplained).toEqual(['422', '430', '533']);
  });

  it('keeps class, retry and who-acts consistent with the first digit', () => {
    const wrong: string[] = [];
    for (const e of allEntries()) {
      if (e.class !== classOf(e.code)) wrong.push(`${e.code}: class ${e.class}`);
      if ((e.class === 'success' || e.class === 'intermediate') && (e.retry.policy !== 'not-needed' || e.whoActs !== 'nobody')) {
        wrong.push(`${e.code}: a ${e.class} code must need no retry and no action`);
      }
      if (e.class === 'permanent' && (e.retry.policy === 'not-needed' || e.retry.policy === 'automatic')) {
        wrong.push(`${e.code}: a permanent failure is not retried automatically`);
      }
      if (e.class === 'transient' && e.retry.policy === 'not-needed') wrong.push(`${e.code}: a failure needs a retry policy`);
    }
    expect(wrong).toEqual([]);
  });

  it('keys byClass and retry overrides only by classes the code is used with', () => {
    const wrong: string[] = [];
    for (const e of data.enhanced.values()) {
      for (const digit of [...Object.keys(e.byClass), ...Object.keys(e.retry)]) {
        if (!e.usedWith.includes(digit as '2' | '4' | '5')) wrong.push(`${e.code}: override for ${digit} but usedWith ${e.usedWith}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('the catalog against the RFCs and the IANA registry', () => {
  it.each(replyCodeTable)('reply %s answers with the right class and title', (code, titleWords) => {
    const entry = lookup(code);
    expect(entry, `${code} missing`).toBeDefined();
    expect(entry!.kind).toBe('reply');
    expect(entry!.class).toBe(classOf(code));
    const title = words(entry!.title).join(' ');
    for (const w of words(titleWords)) expect(title, `${code} title "${entry!.title}"`).toContain(w);
  });

  it.each(enhancedCodeTable)('%s (%s) is in the catalog with its RFC', (code, name, rfc) => {
    const detail = catalogData().enhanced.get(code);
    expect(detail, `${code} missing`).toBeDefined();
    expect(words(detail!.title)).toEqual(words(name));
    if (rfc) expect(detail!.rfcs.map((r) => r.replace(/ §.*/, ''))).toContain(rfc);
    for (const digit of detail!.usedWith) {
      const seen = lookup(`${digit}${code.slice(1)}`)!;
      expect(seen.code).toBe(`${digit}${code.slice(1)}`);
      expect(seen.class).toBe(classOf(digit));
      expect(seen.title).toBe(detail!.title);
    }
  });

  it('holds exactly the registry: no enhanced code the table does not know', () => {
    const known = new Set(enhancedCodeTable.map(([c]) => c));
    const extra = [...catalogData().enhanced.keys()].filter((c) => !known.has(c) && c !== 'X.6.10');
    expect(extra).toEqual([]);
  });
});
