import type { App } from '@slack/bolt';
import type { Ctx } from '../../context.js';
import { appHomeOpened } from './app-home-opened.js';
import { appMention } from './app-mention.js';

export function registerEvents(app: App, ctx: Ctx): void {
  app.event('app_mention', appMention(ctx));
  app.event('app_home_opened', appHomeOpened(ctx));
}
