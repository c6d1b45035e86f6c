/**
 * The language of a Slack reply, first match wins: an explicit `--lang xx` in the text (this reply
 * only), the channel's setting (`/smtp lang`), the Slack locale of the person it is for, the app's
 * default. The person's locale is looked up last and only when needed, so a channel with a setting
 * never costs a users.info call.
 */
import { knownLang } from '../present/i18n/flag.js';
import { messages, type Messages } from '../present/i18n/index.js';
import type { Ctx } from './context.js';

export { knownLang, takeLangFlag } from '../present/i18n/flag.js';

export interface Asker {
  /** The person the reply is for: who typed, posted, clicked or opened. */
  user?: string | undefined;
  /** The conversation it is shown in, when there is one (App Home and modals have none). */
  channel?: string | undefined;
  /** A language named in the request itself (`--lang ko`). */
  explicit?: string | undefined;
}

/** The language chosen for one reply, worked out once and remembered for its apology. */
export class ReplyLang {
  private chosen: string | undefined;

  constructor(
    private readonly ctx: Ctx,
    private readonly asker: Asker,
  ) {}

  async get(): Promise<string> {
    this.chosen ??= await chooseLang(this.ctx, this.asker);
    return this.chosen;
  }

  /** Without waiting: what `get` chose, else the flag, else the default. An apology must not fail too. */
  get known(): string {
    return this.chosen ?? this.asker.explicit ?? this.ctx.lang;
  }

  async messages(): Promise<Messages> {
    return messages(await this.get());
  }
}

async function chooseLang(ctx: Ctx, asker: Asker): Promise<string> {
  if (asker.explicit) return asker.explicit;
  if (asker.channel) {
    const { lang } = await ctx.store.getChannel(asker.channel);
    const channelLang = knownLang(lang ?? undefined);
    if (channelLang) return channelLang;
  }
  return userLang(ctx, asker.user);
}

/** The person's Slack locale when we have answers in it, else the app's default. Never throws. */
export async function userLang(ctx: Ctx, user: string | undefined, waitMs?: number): Promise<string> {
  if (!user) return ctx.lang;
  try {
    return knownLang(await ctx.users.locale(user, waitMs)) ?? ctx.lang;
  } catch {
    return ctx.lang;
  }
}

/** A channel's own language, else the default: for posts that are for nobody in particular. */
export async function channelLang(ctx: Ctx, channel: string): Promise<string> {
  try {
    return knownLang((await ctx.store.getChannel(channel)).lang ?? undefined) ?? ctx.lang;
  } catch {
    return ctx.lang;
  }
}

/** A language's name in itself ("한국어"), for settings replies. */
export function languageName(lang: string): string {
  return messages(lang).slack.languageName;
}
