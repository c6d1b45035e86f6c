/** The answer to "search mailbox full". */
import type { SearchHit } from '../catalog/index.js';
import type { Answer } from './answer.js';
import { fallbackText } from './fallback.js';
import type { Messages } from './i18n/index.js';

export function searchAnswer(words: string, hits: SearchHit[], m: Messages): Answer {
  const answer: Answer = {
    kind: 'search',
    title: m.search.title(words),
    sections: hits.length
      ? [{ heading: m.heading.results, bullets: hits.map((h) => `${h.entry.code} ${h.entry.title}: ${m.class[h.entry.class]}`) }]
      : [{ text: m.search.none(words) }],
    warnings: [],
    links: [],
    actions: hits.slice(0, 5).map((h) => ({ type: 'explain' as const, label: h.entry.code, code: h.entry.code })),
    fallback: '',
    query: words,
  };
  answer.fallback = fallbackText(answer);
  return answer;
}
