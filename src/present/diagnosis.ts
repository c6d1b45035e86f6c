/** The answer to a pasted bounce, log line or transcript: one compact part per finding. */
import { lookup } from '../catalog/index.js';
import type { Diagnosis, Finding } from '../diagnose/types.js';
import type { Answer, AnswerAction, Section } from './answer.js';
import { fallbackText } from './fallback.js';
import type { Messages } from './i18n/index.js';

/** The most specific catalog entry for a finding: the enhanced code says more than the reply code. */
function entryFor(f: Finding, lang: string) {
  return (f.enhanced ? lookup(f.enhanced, lang) : undefined) ?? (f.reply ? lookup(f.reply, lang) : undefined);
}

export function findingCodes(f: Finding): string {
  return [f.reply, f.enhanced].filter(Boolean).join(' ');
}

function findingSection(f: Finding, m: Messages): Section {
  const entry = entryFor(f, m.lang);
  const codes = findingCodes(f);
  const status = [
    f.permanent === null ? '' : f.permanent ? m.diagnose.permanent : m.diagnose.transient,
    f.hardBounce ? m.diagnose.hardBounce : f.permanent === null ? '' : m.diagnose.notHard,
  ].filter(Boolean).join(' · ');
  const retry = f.retryAfterSeconds !== null ? m.diagnose.retryAfter(f.retryAfterSeconds) : entry ? m.retryPolicy[entry.retry.policy] : '';
  const lines = [
    `*${codes || m.reason[f.reason]}*${codes ? ` ${m.reason[f.reason]}` : ''}${status ? ` (${status})` : ''}`,
    `${m.heading.whoActs}: ${m.whoActs[f.whoActs]}${retry ? ` · ${m.heading.retry}: ${retry}` : ''}`,
  ];
  if (entry?.fix[0]) lines.push(`${m.heading.fix}: ${entry.fix[0]}`);
  const fields = [{ label: m.diagnose.recipient, value: f.recipient ?? m.diagnose.unknownRecipient }];
  if (f.provider) fields.push({ label: m.diagnose.provider, value: f.providerCode ? `${f.provider} (${f.providerCode})` : f.provider });
  return { text: lines.join('\n'), fields, preformatted: f.evidence };
}

/**
 * `compact` is the unasked channel reply: at most `max` findings, then a summary line. The full
 * form (the diagnose command) shows every finding.
 */
export function diagnosisAnswer(d: Diagnosis, m: Messages, opts: { compact?: boolean; max?: number; query?: string } = {}): Answer {
  const max = opts.compact ? (opts.max ?? 5) : Infinity;
  const shown = d.findings.slice(0, max);
  const sections: Section[] = shown.map((f) => findingSection(f, m));
  if (d.findings.length > shown.length) sections.push({ context: m.diagnose.more(d.findings.length - shown.length) });
  if (d.findings.length === 0) sections.push({ text: m.diagnose.nothingHint });
  const explainable = [...new Set(shown.map(findingCodes).filter(Boolean))].slice(0, 5);
  const actions: AnswerAction[] = explainable.map((codes) => ({ type: 'explain', label: `${m.actions.explainMore}: ${codes}`, code: codes }));
  const answer: Answer = {
    kind: 'diagnose',
    title: d.findings.length ? m.diagnose.title(d.findings.length) : m.diagnose.nothing,
    sections,
    warnings: [],
    links: [],
    actions: d.findings.length ? [{ type: 'share', label: m.actions.share }, ...actions] : [],
    fallback: '',
    ...(opts.query !== undefined ? { query: opts.query } : {}),
  };
  answer.fallback = fallbackText(answer);
  return answer;
}
