import type { App, ViewSubmitAction } from '@slack/bolt';
import type { Ctx } from '../../context.js';
import { SEARCH_CALLBACK } from '../../home.js';
import { searchSubmit } from './search-submit.js';

export function registerViews(app: App, ctx: Ctx): void {
  app.view<ViewSubmitAction>({ type: 'view_submission', callback_id: SEARCH_CALLBACK }, searchSubmit(ctx));
}
