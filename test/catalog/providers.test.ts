/**
 * Holds every provider response's match fragments and codes against an example written in that
 * provider's own shape (./provider-examples.ts), and checks that the diagnosis and the lookups
 * find the provider from it.
 */
import { describe, expect, it } from 'vitest';
import { lookupProviderCode, providerResponsesFor, providers } from '../../src/catalog/index.js';
import type { ProviderData, ProviderResponseData } from '../../src/catalog/index.js';
import { diagnose } from '../../src/diagnose/index.js';
import { providerExamples } from './provider-examples.js';

interface Row {
  id: string;
  provider: ProviderData;
  response: ProviderResponseData;
}

const rows: Row[] = providers().flatMap((provider) => provider.responses.map((response) => ({ id: response.id, provider, response })));
const byId = new Map(rows.map((r) => [r.id, r]));

function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * A multi-line reply repeats `NNN-X.Y.Z ` at the start of every line, which can fall in the
 * middle of a fragment; a reader joins the lines without it, and so does this.
 */
function joined(s: string): string {
  return collapse(s.replace(/(^|\n)[ \t]*\d{3}[- ](?:[245]\.\d{1,3}\.\d{1,3} )?/g, '$1'));
}

/** Both forms, so a fragment that includes the reply code ("550 SC-001") is still found. */
function forms(example: string): string[] {
  return [collapse(example), joined(example)];
}

/** A fragment is plain text, except that "…" stands for a short stretch of one line. */
function containsFragment(example: string, fragment: string): boolean {
  const parts = collapse(fragment).split('…').map((p) => p.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const re = new RegExp(parts.join('.{1,80}?'));
  return forms(example).some((t) => re.test(t));
}

/** Codes must stand alone: 5.7.1 is not found inside 5.7.133, 550 is not found inside 5502. */
function containsCode(example: string, code: string): boolean {
  const escaped = code.replace(/\./g, '\\.');
  return new RegExp(`(?<![\\d.])${escaped}(?![\\d]|\\.\\d)`).test(example);
}

const cases = rows.map((r) => [r.id, r] as const);
const exampleCases = rows.filter((r) => providerExamples[r.id] !== undefined).map((r) => [r.id, r, providerExamples[r.id]!] as const);

describe('provider examples', () => {
  it('has an example for every response', () => {
    const missing = rows.map((r) => r.id).filter((id) => providerExamples[id] === undefined);
    expect(missing).toEqual([]);
  });

  it('has no example without a response', () => {
    const orphans = Object.keys(providerExamples).filter((id) => !byId.has(id));
    expect(orphans).toEqual([]);
  });

  it.each(exampleCases)('%s: the example carries a match fragment and the codes', (_id, { response }, example) => {
    expect(response.match.some((m) => containsFragment(example, m)), `none of ${JSON.stringify(response.match)} in the example`).toBe(true);
    if (response.reply) expect(containsCode(example, response.reply), `reply ${response.reply}`).toBe(true);
    if (response.enhanced) expect(containsCode(example, response.enhanced), `enhanced ${response.enhanced}`).toBe(true);
  });

  // Another provider's fragment in this text would let the diagnosis pick the wrong provider;
  // within one provider the codes tell responses apart, so shared wording there is fine.
  it.each(exampleCases)('%s: no other provider\'s fragment appears in the example', (_id, { provider }, example) => {
    const foreign = rows
      .filter((r) => r.provider.id !== provider.id)
      .flatMap((r) => r.response.match.filter((m) => containsFragment(example, m)).map((m) => `${r.id}: "${m}"`));
    expect(foreign).toEqual([]);
  });
});

describe('diagnosis names the provider', () => {
  it.each(exampleCases)('%s', async (_id, { provider }, example) => {
    const d = await diagnose(example);
    expect(d.findings.length, 'no finding at all').toBeGreaterThan(0);
    expect(d.findings[0]!.provider).toBe(provider.id);
  });
});

describe('diagnosis names the response', () => {
  it.each(exampleCases)('%s', async (id, _row, example) => {
    const d = await diagnose(example);
    expect(d.findings[0]?.providerResponse).toBe(id);
  });
});

describe('provider lookups', () => {
  const withCode = cases.filter(([, r]) => r.response.providerCode !== undefined);

  it.each(withCode)('%s: found by its provider code', (id, { response }) => {
    const code = response.providerCode!;
    for (const form of [code, code.toLowerCase(), `[${code}]`]) {
      expect(lookupProviderCode(form).map((m) => m.response.id), form).toContain(id);
    }
  });

  it.each(cases)('%s: found by provider and its codes', (id, { provider, response }) => {
    const codes = [response.reply, response.enhanced, response.providerCode].filter((c): c is string => c !== undefined);
    for (const code of codes) {
      expect(providerResponsesFor(provider, code).map((m) => m.response.id), code).toContain(id);
    }
  });
});
