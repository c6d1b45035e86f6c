/** The JSON the CLI prints with --json. Other tools rely on these shapes: change them with care. */
import type { CodeEntry, ProviderMatch } from '../catalog/index.js';
import type { Resolution } from '../present/respond.js';

export function entryJson(e: CodeEntry) {
  return {
    kind: e.kind,
    code: e.code,
    class: e.class,
    title: e.title,
    meaning: e.meaning,
    whenSeen: e.whenSeen,
    fix: e.fix,
    whoActs: e.whoActs,
    retry: e.retry,
    rfcs: e.rfcs,
    seeAlso: e.seeAlso,
    registered: e.registered,
    notes: e.notes,
    ...(e.phases ? { phases: e.phases } : {}),
    ...(e.variants?.length ? { variants: e.variants } : {}),
  };
}

export function providerJson(m: ProviderMatch) {
  return { provider: m.provider.id, providerName: m.provider.name, ...m.response };
}

export function resolutionJson(r: Resolution): unknown {
  switch (r.type) {
    case 'explain':
      return {
        query: r.query,
        entries: r.entries.map(entryJson),
        notes: [...r.warnings, ...r.notes],
        providerUsage: r.providerUsage.map(providerJson),
      };
    case 'provider':
      return { query: r.query, provider: r.provider, responses: r.matches.map(providerJson), entries: r.entries.map(entryJson) };
    case 'compare':
      return {
        a: entryJson(r.comparison.a),
        b: entryJson(r.comparison.b),
        keyDifference: r.comparison.keyDifference,
        whenToUseWhich: r.comparison.whenToUseWhich,
        curated: r.comparison.curated,
      };
    case 'search':
      return {
        query: r.words,
        results: r.hits.map((h) => ({ kind: h.entry.kind, code: h.entry.code, class: h.entry.class, title: h.entry.title, score: Number(h.score.toFixed(2)) })),
      };
    case 'diagnose':
      return r.diagnosis;
    case 'unknown':
      return { query: r.query, error: 'unknown code', code: r.token, suggestions: r.suggestions };
    case 'error':
      return { query: r.query, error: r.message };
    case 'help':
      return { query: r.query, help: true };
  }
}
