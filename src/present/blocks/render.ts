/**
 * Renders the neutral `Answer` as a Block Kit message. This is the one place that knows Block
 * Kit's limits: whatever the core produces (a 40-finding paste, a 5 kB server reply), the result
 * fits, and anything cut is cut visibly with "…" and a note, never silently rejected by Slack.
 */
import type { Answer, AnswerAction, Section } from '../answer.js';
import { codeBlock, mrkdwnLink, safeMrkdwn, safePlain, truncate } from './escape.js';
import { LIMITS } from './limits.js';
import type { ActionsBlock, Block, Button, Mrkdwn, RenderedMessage, SectionBlock, StaticSelect } from './types.js';

/** action_id prefixes the Slack listeners match on; a `:n` suffix keeps ids unique in one block. */
export const ACTION_IDS = {
  share: 'smtp_share',
  fixSteps: 'smtp_fix',
  compare: 'smtp_compare',
  explain: 'smtp_explain',
} as const;

export interface RenderOptions {
  /** The value of the "Share in channel" button. Without it the button is left out (e.g. once shared). */
  shareValue?: string;
  /** False drops every button and select: for places where nobody can click (logs, summaries). */
  interactive?: boolean;
  /** Shown as the last line when the answer had to be shortened. */
  truncatedNote?: string;
  /** A small plain-text line at the end ("Shared by …"), kept within the limits like the rest. */
  footer?: string;
}

/** Shares of the 10,000-character budget the fixed parts may take, so the answer itself keeps most of it. */
const ACTIONS_TEXT_BUDGET = 2500;
const FOOTER_MAX = 300;

const DEFAULT_TRUNCATED_NOTE = '… shortened to fit in Slack. Ask about one code at a time for the full answer.';

/** Characters of text a block carries, the way the message-wide budget counts them. */
export function blockTextLength(block: Block): number {
  switch (block.type) {
    case 'header':
      return block.text.text.length;
    case 'section':
      return (block.text?.text.length ?? 0) + (block.fields ?? []).reduce((n, f) => n + f.text.length, 0);
    case 'context':
      return block.elements.reduce((n, e) => n + e.text.length, 0);
    case 'actions':
      return block.elements.reduce(
        (n, e) =>
          n +
          (e.type === 'button'
            ? e.text.text.length
            : e.placeholder.text.length + e.options.reduce((m, o) => m + o.text.text.length, 0)),
        0,
      );
    case 'input':
      return block.label.text.length;
    case 'divider':
      return 0;
  }
}

const mrkdwn = (text: string): Mrkdwn => ({ type: 'mrkdwn', text });

/** Collects blocks until the block count or the text budget runs out, then refuses politely. */
class Budget {
  readonly blocks: Block[] = [];
  truncated = false;
  private chars = 0;
  constructor(
    private readonly maxBlocks: number,
    private readonly maxChars: number,
  ) {}

  add(block: Block): void {
    if (this.truncated) return;
    if (this.blocks.length >= this.maxBlocks) {
      this.truncated = true;
      return;
    }
    const len = blockTextLength(block);
    const room = this.maxChars - this.chars;
    if (len > room) {
      // A long text section can still show its start; anything else is dropped whole.
      if (block.type === 'section' && block.text && !block.fields && room > 200) {
        const cut: SectionBlock = { ...block, text: mrkdwn(truncateMrkdwn(block.text.text, room)) };
        this.blocks.push(cut);
        this.chars += blockTextLength(cut);
      }
      this.truncated = true;
      return;
    }
    this.blocks.push(block);
    this.chars += len;
  }
}

/** Truncates mrkdwn without leaving a code fence open. */
function truncateMrkdwn(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = truncate(text, max - 3);
  const fences = (cut.match(/```/g) ?? []).length;
  return fences % 2 === 1 ? `${cut}\`\`\`` : cut;
}

/** Splits text on line breaks into chunks of at most `max` characters. */
function chunkLines(text: string, max: number): string[] {
  const out: string[] = [];
  let current = '';
  for (const line of text.split('\n')) {
    const piece = truncate(line, max);
    if (current && current.length + 1 + piece.length > max) {
      out.push(current);
      current = piece;
    } else {
      current = current ? `${current}\n${piece}` : piece;
    }
  }
  if (current) out.push(current);
  return out;
}

function renderSection(section: Section, title: string, budget: Budget): void {
  if (section.header && section.header !== title) {
    if (budget.blocks.length > 1) budget.add({ type: 'divider' });
    budget.add({ type: 'header', text: { type: 'plain_text', text: truncate(safePlain(section.header), LIMITS.headerText) } });
  }
  const lines: string[] = [];
  if (section.heading) lines.push(`*${safeMrkdwn(section.heading)}*`);
  if (section.text) lines.push(safeMrkdwn(section.text));
  // Numbered steps ("1. …") carry their own marker; a bullet in front would read "• 1.".
  for (const bullet of section.bullets ?? []) lines.push(/^\d+\.\s/.test(bullet) ? safeMrkdwn(bullet) : `• ${safeMrkdwn(bullet)}`);
  // A heading alone would be a lonely line: it belongs on top of the fields or the code block.
  const headingOnly = lines.length === 1 && section.heading !== undefined && !section.text;
  if (lines.length > 0 && !(headingOnly && (section.fields?.length || section.preformatted))) {
    for (const chunk of chunkLines(lines.join('\n'), LIMITS.sectionText)) budget.add({ type: 'section', text: mrkdwn(chunk) });
  }
  const fields = (section.fields ?? []).map((f) =>
    mrkdwn(truncate(`*${safeMrkdwn(f.label)}*\n${safeMrkdwn(f.value)}`, LIMITS.fieldText)),
  );
  for (let i = 0; i < fields.length; i += LIMITS.fieldsPerSection) {
    const block: SectionBlock = { type: 'section', fields: fields.slice(i, i + LIMITS.fieldsPerSection) };
    if (i === 0 && headingOnly && !section.preformatted) block.text = mrkdwn(lines[0] ?? '');
    budget.add(block);
  }
  if (section.preformatted) {
    const prefix = headingOnly ? `${lines[0]}\n` : '';
    budget.add({ type: 'section', text: mrkdwn(prefix + codeBlock(section.preformatted, LIMITS.sectionText - prefix.length)) });
  }
  if (section.context) {
    budget.add({ type: 'context', elements: [mrkdwn(truncate(safeMrkdwn(section.context), LIMITS.contextText))] });
  }
}

function button(label: string, actionId: string, value: string): Button {
  return {
    type: 'button',
    text: { type: 'plain_text', text: truncate(safePlain(label), LIMITS.buttonText) },
    action_id: truncate(actionId, LIMITS.id),
    value: value.slice(0, LIMITS.buttonValue),
  };
}

function renderAction(action: AnswerAction, index: number, opts: RenderOptions): Button | StaticSelect | null {
  switch (action.type) {
    case 'share':
      return opts.shareValue === undefined ? null : button(action.label, `${ACTION_IDS.share}:${index}`, opts.shareValue);
    case 'fix-steps':
      return button(action.label, `${ACTION_IDS.fixSteps}:${index}`, action.code);
    case 'explain':
      return button(action.label, `${ACTION_IDS.explain}:${index}`, action.code);
    case 'compare': {
      // The option's value is the query to run ("550 vs 421"), so the listener needs no parsing.
      const options = action.options
        .filter((o) => o.value.length > 0 && o.value.length <= LIMITS.optionValue)
        .slice(0, LIMITS.selectOptions)
        .map((o) => ({
          text: { type: 'plain_text' as const, text: truncate(safePlain(o.label), LIMITS.optionText) },
          value: o.value,
        }));
      if (options.length === 0) return null;
      return {
        type: 'static_select',
        action_id: truncate(`${ACTION_IDS.compare}:${index}`, LIMITS.id),
        placeholder: { type: 'plain_text', text: truncate(safePlain(action.label), LIMITS.placeholderText) },
        options,
      };
    }
  }
}

function renderActions(answer: Answer, opts: RenderOptions): ActionsBlock | null {
  if (opts.interactive === false) return null;
  const elements = answer.actions
    .map((a, i) => renderAction(a, i, opts))
    .filter((e): e is Button | StaticSelect => e !== null)
    .slice(0, LIMITS.actionElements);
  if (elements.length === 0) return null;
  const block: ActionsBlock = { type: 'actions', elements };
  // Long option lists would eat the message's text budget: drop the last options until it fits.
  for (const el of elements) {
    while (el.type === 'static_select' && el.options.length > 1 && blockTextLength(block) > ACTIONS_TEXT_BUDGET) el.options.pop();
  }
  return block;
}

/** The notification text: the answer's own fallback, made safe and short. */
export function renderFallback(answer: Answer): string {
  const text = answer.fallback.trim() || answer.title;
  return truncate(safeMrkdwn(text), LIMITS.fallbackText);
}

export function renderAnswer(answer: Answer, opts: RenderOptions = {}): RenderedMessage {
  const actions = renderActions(answer, opts);
  const note = mrkdwn(truncate(safeMrkdwn(opts.truncatedNote ?? DEFAULT_TRUNCATED_NOTE), LIMITS.contextText));
  // Room is kept for the actions block and the truncation note so both survive any cut.
  const footer = opts.footer ? mrkdwn(truncate(safeMrkdwn(opts.footer), FOOTER_MAX)) : undefined;
  const reservedBlocks = (actions ? 1 : 0) + 1 + (footer ? 1 : 0);
  const reservedChars = (actions ? blockTextLength(actions) : 0) + note.text.length + (footer?.text.length ?? 0);
  const budget = new Budget(LIMITS.blocksPerMessage - reservedBlocks, LIMITS.totalText - reservedChars);

  budget.add({ type: 'header', text: { type: 'plain_text', text: truncate(safePlain(answer.title), LIMITS.headerText) } });
  if (answer.summary) budget.add({ type: 'section', text: mrkdwn(truncate(safeMrkdwn(answer.summary), LIMITS.sectionText)) });
  if (answer.warnings.length > 0) {
    const text = answer.warnings.map((w) => `:warning: *${safeMrkdwn(w)}*`).join('\n');
    for (const chunk of chunkLines(text, LIMITS.sectionText)) budget.add({ type: 'section', text: mrkdwn(chunk) });
  }
  for (const section of answer.sections) renderSection(section, answer.title, budget);
  if (answer.links.length > 0) {
    const elements = answer.links
      .slice(0, LIMITS.contextElements)
      .map((l) => mrkdwn(truncate(mrkdwnLink(l.url, l.title), LIMITS.contextText)));
    budget.add({ type: 'context', elements });
  }

  const blocks = [...budget.blocks];
  if (budget.truncated) blocks.push({ type: 'context', elements: [note] });
  if (footer) blocks.push({ type: 'context', elements: [footer] });
  if (actions) blocks.push(actions);
  return { text: renderFallback(answer), blocks };
}
