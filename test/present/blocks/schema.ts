/**
 * Block Kit's limits as zod schemas, written from Slack's reference independently of the renderer,
 * so a test fails if the renderer ever emits something Slack would reject.
 */
import { z } from 'zod';

const Id = z.string().min(1).max(255);
export const PlainText = z.object({ type: z.literal('plain_text'), text: z.string().min(1), emoji: z.boolean().optional() }).strict();
const plain = (max: number) => PlainText.extend({ text: z.string().min(1).max(max) });
export const Mrkdwn = z.object({ type: z.literal('mrkdwn'), text: z.string().min(1), verbatim: z.boolean().optional() }).strict();
const mrkdwn = (max: number) => Mrkdwn.extend({ text: z.string().min(1).max(max) });

const Button = z
  .object({
    type: z.literal('button'),
    text: plain(75),
    action_id: Id,
    value: z.string().max(2000).optional(),
    style: z.enum(['primary', 'danger']).optional(),
  })
  .strict();
const Option = z.object({ text: plain(75), value: z.string().min(1).max(150) }).strict();
const StaticSelect = z
  .object({ type: z.literal('static_select'), action_id: Id, placeholder: plain(150), options: z.array(Option).min(1).max(100) })
  .strict();

const Header = z.object({ type: z.literal('header'), block_id: Id.optional(), text: plain(150) }).strict();
const Section = z
  .object({
    type: z.literal('section'),
    block_id: Id.optional(),
    text: mrkdwn(3000).optional(),
    fields: z.array(mrkdwn(2000)).min(1).max(10).optional(),
    accessory: Button.optional(),
  })
  .strict()
  .refine((s) => s.text !== undefined || s.fields !== undefined, 'a section needs text or fields');
const Context = z.object({ type: z.literal('context'), block_id: Id.optional(), elements: z.array(mrkdwn(3000)).min(1).max(10) }).strict();
const Divider = z.object({ type: z.literal('divider'), block_id: Id.optional() }).strict();
const Actions = z
  .object({ type: z.literal('actions'), block_id: Id.optional(), elements: z.array(z.union([Button, StaticSelect])).min(1).max(25) })
  .strict()
  .refine((a) => new Set(a.elements.map((e) => e.action_id)).size === a.elements.length, 'action_ids must be unique in a block');
const Input = z
  .object({
    type: z.literal('input'),
    block_id: Id.optional(),
    label: plain(2000),
    element: z.object({ type: z.literal('plain_text_input'), action_id: Id, placeholder: plain(150).optional() }).passthrough(),
    dispatch_action: z.boolean().optional(),
    optional: z.boolean().optional(),
  })
  .strict();

export const Block = z.union([Header, Section, Context, Divider, Actions, Input]);

function textLength(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + textLength(v), 0);
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    const own = (o.type === 'plain_text' || o.type === 'mrkdwn') && typeof o.text === 'string' ? o.text.length : 0;
    return own + Object.entries(o).reduce((n, [k, v]) => n + (k === 'text' && typeof v === 'string' ? 0 : textLength(v)), 0);
  }
  return 0;
}

/** A message as chat.postMessage / response_url accept it from us. */
export const Message = z
  .object({ text: z.string().min(1).max(40_000), blocks: z.array(Block).min(1).max(50) })
  .passthrough()
  .refine((m) => textLength(m.blocks) <= 10_000, 'at most 10,000 characters of block text')
  .refine((m) => !/<!(?:channel|here|everyone|subteam\^)/i.test(JSON.stringify(m)), 'no broadcast mention may reach Slack')
  .refine((m) => !/(?:^|[^&])<@[UW][A-Z0-9]+/.test(JSON.stringify(m)), 'no user mention from user input may reach Slack');

export { textLength };
