/** The answer to "251 vs 421". */
import type { Comparison } from '../catalog/index.js';
import type { Answer } from './answer.js';
import { fallbackText } from './fallback.js';
import type { Messages } from './i18n/index.js';
import { rfcLinks } from './links.js';

export function compareAnswer(c: Comparison, query: string, m: Messages): Answer {
  const side = (e: Comparison['a']) =>
    [
      e.title,
      `${m.heading.class}: ${e.kind === 'enhanced' ? m.enhancedClass[e.class] : m.class[e.class]}`,
      `${m.heading.whoActs}: ${m.whoActs[e.whoActs]}`,
      `${m.heading.retry}: ${m.retryPolicy[e.retry.policy]}`,
    ].join('\n');
  const row = (label: string, pick: (e: Comparison['a']) => string) => ({
    heading: label,
    bullets: [`${c.a.code}: ${pick(c.a)}`, `${c.b.code}: ${pick(c.b)}`],
  });
  const answer: Answer = {
    kind: 'compare',
    title: m.compare.title(`${c.a.code} ${c.a.title}`, `${c.b.code} ${c.b.title}`),
    sections: [
      { header: m.compare.title(c.a.code, c.b.code), fields: [{ label: c.a.code, value: side(c.a) }, { label: c.b.code, value: side(c.b) }] },
      { heading: m.heading.keyDifference, text: c.keyDifference },
      { heading: m.heading.whenToUseWhich, text: c.whenToUseWhich },
      row(m.heading.meaning, (e) => e.meaning),
      row(m.heading.whenSeen, (e) => e.whenSeen[0] ?? ''),
      row(m.heading.fix, (e) => e.fix[0] ?? ''),
      row(m.heading.retry, (e) => e.retry.advice),
      ...(c.curated ? [] : [{ context: m.compare.derivedNote }]),
    ],
    warnings: [],
    links: rfcLinks([...c.a.rfcs, ...c.b.rfcs]),
    actions: [
      { type: 'share', label: m.actions.share },
      { type: 'explain', label: `${m.actions.explainMore}: ${c.a.code}`, code: c.a.code },
      { type: 'explain', label: `${m.actions.explainMore}: ${c.b.code}`, code: c.b.code },
    ],
    fallback: '',
    query,
  };
  answer.fallback = fallbackText(answer);
  return answer;
}
