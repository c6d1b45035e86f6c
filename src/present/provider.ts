/** The answer to "TSS04", "gmail 5.7.26" or "5.7.708": what the provider itself means. */
import { familyOf, localMatch, type CodeEntry, type ProviderMatch } from '../catalog/index.js';
import type { Answer, LinkRef, Section } from './answer.js';
import { entrySections } from './explain.js';
import { fallbackText } from './fallback.js';
import type { Messages } from './i18n/index.js';
import { rfcLinks } from './links.js';

const MAX_MATCHES = 5;

export function matchCodes(m: ProviderMatch): string {
  return [m.response.reply, m.response.enhanced, m.response.providerCode].filter(Boolean).join(' ');
}

/**
 * The codes as the reader asked for them: looking up an alias ("TSS05") shows it, with the code
 * the entry is filed under beside it ("TSS05 (= TSS04)").
 */
function askedCodes(match: ProviderMatch, query: string): string {
  const r = match.response;
  const words = new Set(query.toUpperCase().split(/[\s[\]()]+/));
  const alias = r.aliases.find((a) => words.has(a.toUpperCase()));
  if (!alias || !r.providerCode) return matchCodes(match);
  return [r.reply, r.enhanced, `${alias} (= ${r.providerCode})`].filter(Boolean).join(' ');
}

function matchSections(match: ProviderMatch, m: Messages, query: string): Section[] {
  const r = match.response;
  const sections: Section[] = [
    {
      header: `${match.provider.name}: ${askedCodes(match, query)} ${r.title}`.slice(0, 150),
      fields: [
        { label: m.provider.reason, value: m.reason[r.reason] },
        { label: m.heading.whoActs, value: m.whoActs[r.whoActs] },
        { label: m.heading.retry, value: m.retryPolicy[r.retry.policy] },
      ],
    },
    { heading: m.heading.meaning, text: r.meaning },
  ];
  if (r.differsFromRegistry) sections.push({ heading: m.provider.differs, text: r.differsFromRegistry });
  sections.push({ heading: m.heading.fix, bullets: r.fix.map((step, i) => `${i + 1}. ${step}`) });
  sections.push({ heading: m.heading.retry, text: r.retry.advice });
  const family = familyOf(match).map(matchCodes).filter(Boolean);
  const context = [family.length ? `${m.provider.family}: ${[...new Set(family)].join(', ')}` : '', m.provider.lastSeen(r.lastSeen)]
    .filter(Boolean)
    .join(' · ');
  sections.push({ context });
  return sections;
}

export function providerAnswer(matches: ProviderMatch[], generic: CodeEntry[], query: string, m: Messages, note?: string): Answer {
  const shown = matches.slice(0, MAX_MATCHES).map((x) => localMatch(x, m.lang));
  const sections: Section[] = [];
  if (note) sections.push({ context: note });
  for (const match of shown) sections.push(...matchSections(match, m, query));
  for (const entry of generic) {
    const [head, ...rest] = entrySections(entry, m);
    sections.push({ ...head, header: `${m.provider.standard}: ${head!.header ?? entry.code}`.slice(0, 150) }, ...rest);
  }
  const links: LinkRef[] = [];
  const seen = new Set<string>();
  for (const link of [...shown.flatMap((x) => [...x.response.links, ...x.provider.links]), ...rfcLinks(generic.flatMap((e) => e.rfcs))]) {
    if (!seen.has(link.url)) {
      seen.add(link.url);
      links.push(link);
    }
  }
  const first = shown[0];
  const answer: Answer = {
    kind: 'explain',
    title: first ? `${first.provider.name} ${askedCodes(first, query)}: ${first.response.title}` : query,
    sections,
    warnings: [...new Set(shown.flatMap((x) => x.response.warnings))],
    links,
    actions: [
      { type: 'share', label: m.actions.share },
      ...generic.slice(0, 2).map((e) => ({ type: 'explain' as const, label: `${m.actions.explainMore}: ${e.code}`, code: e.code })),
    ],
    fallback: '',
    query,
  };
  answer.fallback = fallbackText(answer);
  return answer;
}

/** The short "what providers mean by it" list under a standard code's explanation. */
export function providerUsageSection(matches: ProviderMatch[], m: Messages): Section | undefined {
  if (!matches.length) return undefined;
  const bullets = matches.slice(0, 6).map((x) => {
    const local = localMatch(x, m.lang);
    return `${local.provider.name} ${matchCodes(x)}: ${local.response.title}`;
  });
  return { heading: m.provider.usedBy, bullets };
}
