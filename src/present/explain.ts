/** The answer to "421", "5.7.26" or "550 5.1.1": one part per code, then what the pair says together. */
import { confusableWith, readTogether, type CodeEntry } from '../catalog/index.js';
import type { Answer, AnswerAction, Section } from './answer.js';
import type { Messages } from './i18n/index.js';
import { rfcLinks } from './links.js';
import { fallbackText } from './fallback.js';

export function entrySections(entry: CodeEntry, m: Messages): Section[] {
  const cls = entry.kind === 'enhanced' ? m.enhancedClass[entry.class] : m.class[entry.class];
  const sections: Section[] = [
    {
      header: `${entry.code} ${entry.title}`,
      fields: [
        { label: m.heading.class, value: cls },
        { label: m.heading.whoActs, value: m.whoActs[entry.whoActs] },
        { label: m.heading.retry, value: m.retryPolicy[entry.retry.policy] },
        ...(entry.phases ? [{ label: m.heading.phases, value: entry.phases.map((phase) => m.phase[phase]).join(', ') }] : []),
      ],
    },
    { heading: m.heading.meaning, text: entry.registered ? entry.meaning : `${m.explain.unregistered(entry.code)} ${entry.meaning}` },
  ];
  if (entry.variants?.length) {
    sections.push({ heading: m.heading.variants, bullets: entry.variants.map((v) => `${v.context}: ${v.title}. ${v.meaning}`) });
  }
  sections.push({ heading: m.heading.whenSeen, bullets: entry.whenSeen });
  sections.push({ heading: m.heading.fix, bullets: entry.fix.map((step, i) => `${i + 1}. ${step}`) });
  sections.push({ heading: m.heading.retry, text: entry.retry.advice });
  if (entry.notes.length) sections.push({ heading: m.heading.notes, bullets: entry.notes });
  const context = [
    entry.rfcs.length ? `${m.heading.rfcs}: ${entry.rfcs.join(', ')}` : '',
    entry.seeAlso.length ? `${m.heading.seeAlso}: ${entry.seeAlso.join(', ')}` : '',
  ].filter(Boolean).join(' · ');
  if (context) sections.push({ context });
  return sections;
}

export function explainAnswer(entries: CodeEntry[], query: string, m: Messages): Answer {
  const sections: Section[] = [];
  const warnings: string[] = [];
  const reply = entries.find((e) => e.kind === 'reply');
  const enhanced = entries.find((e) => e.kind === 'enhanced');
  if (reply && enhanced) {
    const together = readTogether(reply, enhanced, m.lang);
    warnings.push(...together.warnings);
    sections.push({ heading: m.heading.together, bullets: together.notes });
  }
  for (const entry of entries) sections.push(...entrySections(entry, m));
  const main = enhanced ?? entries[0]!;
  const options = confusableWith(main.code).slice(0, 25).map((c) => ({ label: c, value: `${main.code} vs ${c}` }));
  const actions: AnswerAction[] = [
    { type: 'share', label: m.actions.share },
    { type: 'fix-steps', label: m.actions.fixSteps, code: main.code },
  ];
  if (options.length) actions.push({ type: 'compare', label: m.actions.compare, code: main.code, options });
  const title = entries.map((e) => e.code).join(' ') + ' ' + entries.map((e) => e.title).join(' / ');
  const answer: Answer = {
    kind: 'explain',
    title,
    summary: entries.map((e) => `${e.code}: ${m.class[e.class]}`).join(' · '),
    sections,
    warnings,
    links: rfcLinks(entries.flatMap((e) => e.rfcs)),
    actions,
    fallback: '',
    query,
  };
  answer.fallback = fallbackText(answer);
  return answer;
}

/** Only the fix steps of a code: what the "Fix steps" button shows. */
export function fixStepsAnswer(entry: CodeEntry, m: Messages): Answer {
  const answer: Answer = {
    kind: 'explain',
    title: `${entry.code} ${entry.title}: ${m.heading.fix.toLowerCase()}`,
    sections: [
      { heading: m.heading.fix, bullets: entry.fix.map((step, i) => `${i + 1}. ${step}`) },
      { heading: m.heading.retry, text: entry.retry.advice },
    ],
    warnings: [],
    links: rfcLinks(entry.rfcs),
    actions: [{ type: 'share', label: m.actions.share }],
    fallback: '',
  };
  answer.fallback = fallbackText(answer);
  return answer;
}
