import type { App } from '@slack/bolt';
import type { Ctx } from '../../context.js';
import { smtpCommand } from './smtp.js';

export function registerCommands(app: App, ctx: Ctx): void {
  app.command('/smtp', smtpCommand(ctx));
}
