/**
 * Renders an Answer for a terminal: headers underlined, paragraphs wrapped, lists indented. Plain
 * text only (no colour codes), so it reads the same in a pipe, a log and a screen reader.
 */
import type { Answer, Section } from '../answer.js';
import { messages, type Messages } from '../i18n/index.js';

const WIDTH = 88;

/**
 * Terminal columns a string takes: Hangul, CJK and full-width forms take two, so Korean lines wrap
 * at the same visible width as English ones and labels still line up.
 */
export function columns(text: string): number {
  let n = 0;
  for (const ch of text) n += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return n;
}

const padEnd = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - columns(text)));

/** Greedy word wrap by columns; words longer than the width stay whole rather than being cut. */
export function wrap(text: string, width: number, indent = '', firstIndent = indent): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = firstIndent;
    let used = columns(line);
    let empty = true;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const size = columns(word);
      if (!empty && used + 1 + size > width) {
        lines.push(line);
        line = indent + word;
        used = columns(indent) + size;
      } else {
        line += (empty ? '' : ' ') + word;
        used += (empty ? 0 : 1) + size;
      }
      empty = false;
    }
    lines.push(line);
    firstIndent = indent;
  }
  return lines;
}

/** Slack-style *bold* and `code` marks read as noise in a terminal. */
function plain(text: string): string {
  return text.replace(/\*([^*\n]+)\*/g, '$1').replace(/`([^`\n]+)`/g, '$1');
}

function renderSection(s: Section, out: string[]): void {
  if (s.header) {
    out.push('', s.header, '='.repeat(Math.min(columns(s.header), WIDTH)));
  }
  if (s.fields?.length) {
    const width = Math.max(...s.fields.map((f) => columns(f.label)));
    for (const f of s.fields) {
      const [first = '', ...rest] = plain(f.value).split('\n');
      out.push(`${padEnd(f.label, width)}  ${first}`);
      for (const line of rest) out.push(`${' '.repeat(width)}  ${line}`);
    }
  }
  if (s.heading) out.push('', `${s.heading}:`);
  if (s.text) out.push(...wrap(plain(s.text), WIDTH, '  '));
  for (const b of s.bullets ?? []) {
    const numbered = /^\d+\. /.test(b);
    out.push(...wrap(plain(b), WIDTH, numbered ? '     ' : '    ', numbered ? '  ' : '  - '));
  }
  if (s.preformatted) out.push('', ...s.preformatted.split('\n').map((l) => `    | ${l}`));
  if (s.context) out.push('', ...wrap(plain(s.context), WIDTH, '  '));
}

export function renderText(answer: Answer, m: Messages = messages()): string {
  const out: string[] = [];
  const hasHeader = answer.sections.some((s) => s.header);
  if (!hasHeader || answer.kind !== 'explain') {
    out.push(plain(answer.title));
    if (answer.summary) out.push(plain(answer.summary));
  }
  for (const w of answer.warnings) out.push('', ...wrap(`${m.text.warning}: ${plain(w)}`, WIDTH, '  ', '! '));
  for (const s of answer.sections) renderSection(s, out);
  if (answer.links.length) {
    out.push('', `${m.text.links}:`);
    for (const l of answer.links) out.push(`  ${l.title}: ${l.url}`);
  }
  const suggestions = answer.kind === 'error' ? answer.actions.filter((a) => a.type === 'explain') : [];
  if (suggestions.length) out.push(m.text.didYouMean(suggestions.map((a) => a.label).join(', ')));
  while (out[0] === '') out.shift();
  return `${out.join('\n')}\n`;
}
