import type { App, MessageShortcut } from '@slack/bolt';
import type { Ctx } from '../../context.js';
import { EXPLAIN_MESSAGE_CALLBACK, explainMessageShortcut } from './explain-message.js';

export function registerShortcuts(app: App, ctx: Ctx): void {
  app.shortcut<MessageShortcut>({ type: 'message_action', callback_id: EXPLAIN_MESSAGE_CALLBACK }, explainMessageShortcut(ctx));
}
