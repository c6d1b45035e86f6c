/** The plain-text version of an Answer: Slack's notification text, and what screen readers read. */
import type { Answer } from './answer.js';

export function fallbackText(answer: Answer, max = 2800): string {
  const lines: string[] = [answer.title];
  if (answer.summary) lines.push(answer.summary);
  for (const w of answer.warnings) lines.push(`! ${w}`);
  for (const s of answer.sections) {
    if (s.heading && s.text) lines.push(`${s.heading}: ${s.text}`);
    else if (s.text) lines.push(s.text);
    if (s.bullets?.length) lines.push(...(s.heading && !s.text ? [`${s.heading}:`] : []), ...s.bullets.map((b) => `- ${b}`));
  }
  const text = lines.join('\n');
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
