/**
 * The bot's local console: the same answers as in Slack, without Slack. Each input is what a user
 * would send in a channel:
 *   /smtp 421      a slash command
 *   @smtp 421      a mention
 *   421 vs 251     a line holding only codes is a question, answered like a command
 *   anything else  a channel message: answered only when it holds an SMTP failure, as in Slack
 *   /smtp lang ko  the session's language, as `/smtp lang` sets a channel's in Slack (auto: back
 *                  to --lang or LANG)
 * Lines that are not commands are gathered into one message until the next command or the end of
 * input; at a terminal, a message also ends when the paste stops arriving (a short pause).
 */
import { createInterface } from 'node:readline';
import { languages, messages } from '../present/i18n/index.js';
import { renderText } from '../present/text/render.js';
import { answerPaste, answerQuery } from '../present/respond.js';
import { knownLang, takeLangFlag } from '../present/i18n/flag.js';
import { parseQuery } from '../present/query.js';
import type { CliIO } from './io.js';

const COMMAND = /^\s*(?:\/smtp|@smtp(?:-bot)?:?)(?:\s+|$)/i;
const PASTE_PAUSE_MS = 250;

export interface ConsoleOptions {
  lang?: string | undefined;
}

const LANG_SETTING = /^\s*lang(?:uage)?(?:\s+(\S+))?\s*$/i;

/** The session's language, set by `/smtp lang …`; `started` is the one --lang or LANG gave. */
interface Session {
  lang: string | undefined;
  readonly started: string | undefined;
}

async function answerLine(line: string, session: Session): Promise<string> {
  const { text, lang = session.lang } = takeLangFlag(line.replace(COMMAND, ''));
  const setting = LANG_SETTING.exec(text);
  if (setting) return `${setLanguage(setting[1]?.toLowerCase(), session)}\n`;
  return renderText(await answerQuery(text, { lang, commandPrefix: '/smtp ' }), messages(lang));
}

/** `/smtp lang`, `/smtp lang ko`, `/smtp lang auto`: reports or changes the session's language. */
function setLanguage(arg: string | undefined, session: Session): string {
  const nameOf = (lang: string | undefined) => messages(lang).slack.languageName;
  const known = languages.join(', ');
  if (!arg || arg === 'status') return messages(session.lang).console.lang.status(nameOf(session.lang), known);
  if (arg === 'auto' || arg === 'default') {
    session.lang = session.started;
    return messages(session.lang).console.lang.reset(nameOf(session.lang));
  }
  const chosen = knownLang(arg);
  if (!chosen) return messages(session.lang).console.lang.unknown(arg.replace(/[^a-z_-]/g, '').slice(0, 10), known);
  session.lang = chosen;
  return messages(chosen).console.lang.set(nameOf(chosen));
}

/** A one-line "421" or "421 vs 251" typed at the console is a question to the bot, not a paste. */
function isQuestion(line: string): boolean {
  const type = parseQuery(line).type;
  return line.trim() !== '' && (type === 'explain' || type === 'compare');
}

async function answerMessage(text: string, session: Session): Promise<string> {
  const { autoReply, answer } = await answerPaste(text, { lang: session.lang });
  if (!autoReply) return `${messages(session.lang).console.silent}\n`;
  return renderText(answer, messages(session.lang));
}

export async function runConsole(io: CliIO, opts: ConsoleOptions = {}): Promise<number> {
  // Jobs run in input order, so a language set on one line applies from the next line on.
  const session: Session = { lang: opts.lang, started: opts.lang };
  const interactive = Boolean(io.stdin.isTTY);
  const rl = createInterface({ input: io.stdin, terminal: false, crlfDelay: Infinity });
  const pending: string[] = [];
  let timer: NodeJS.Timeout | undefined;
  // Answers are printed in input order: each job waits for the one before it.
  let queue: Promise<void> = Promise.resolve();
  const say = (job: () => Promise<string>) => {
    queue = queue.then(job).then(
      (out) => void io.stdout.write(`${out}\n`),
      () => void io.stdout.write(`${messages(session.lang).console.failed}\n\n`),
    );
  };
  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    const text = pending.splice(0).join('\n');
    if (text.trim()) say(() => answerMessage(text, session));
  };
  if (interactive) io.stdout.write(`${messages(opts.lang).console.welcome}\n`);
  for await (const line of rl) {
    if (COMMAND.test(line)) {
      flush();
      say(() => answerLine(line, session));
      continue;
    }
    if (pending.length === 0 && isQuestion(line)) {
      say(() => answerLine(line, session));
      continue;
    }
    pending.push(line);
    if (interactive) {
      if (timer) clearTimeout(timer);
      timer = setTimeout(flush, PASTE_PAUSE_MS);
    }
  }
  flush();
  await queue;
  return 0;
}
