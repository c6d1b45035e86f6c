/**
 * `npm run bench:slack`: the Slack adapter's overhead against a bare Bolt app, side by side in the
 * same run, each in its own process (so resident memory is comparable), both talking to one
 * Slack-compatible API on loopback.
 *
 *   slash command round trip   signed POST /slack/events → HTTP response (the ack)
 *   message → chat.postMessage  signed event → the API receives the reply
 *   memory                      RSS after 10,000 events, three rounds (a growing RSS means an unbounded cache)
 *
 * Requests alternate between the two apps so both see the same machine noise. Targets: p99 ratio
 * ≤ 1.3 and RSS ratio ≤ 1.3.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { App, HTTPReceiver, LogLevel } from '@slack/bolt';
import { answerPaste } from '../src/present/respond.js';
import { createSlackApp } from '../src/slack/app.js';
import { SqliteSettingsStore } from '../src/slack/store/index.js';
import { BOT_USER_ID, FakeSlack } from '../test/slack/fake-slack.js';
import { SIGNING_SECRET, USER, eventBody, sendSigned, slashCommandBody } from '../test/slack/signed.js';

type Kind = 'ours' | 'bare';
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 2000);
const EVENTS = Number(process.env.BENCH_EVENTS ?? 10_000);
const ROUNDS = 3;
const WARMUP = 200;
const BOUNCE =
  '<jane.doe@example.org>: host mx.example.org[203.0.113.25] said: 550 5.1.1 <jane.doe@example.org>: Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)';

// ---- child: one app, HTTP mode on 127.0.0.1 ------------------------------------------------------
async function child(kind: Kind, apiUrl: string): Promise<void> {
  let port: number;
  if (kind === 'ours') {
    const slack = createSlackApp({
      mode: 'http',
      botToken: 'xoxb-bench',
      signingSecret: SIGNING_SECRET,
      apiUrl,
      store: new SqliteSettingsStore(':memory:'),
      logLevel: 'error',
    });
    port = (await slack.start(0, '127.0.0.1')).port!;
  } else {
    const receiver = new HTTPReceiver({ signingSecret: SIGNING_SECRET, endpoints: '/slack/events', processBeforeResponse: false, logLevel: LogLevel.ERROR });
    const app = new App({ token: 'xoxb-bench', receiver, clientOptions: { slackApiUrl: apiUrl }, logLevel: LogLevel.ERROR });
    app.command('/smtp', async ({ ack }) => ack('ok'));
    const reply = async ({ event, client }: { event: { channel: string; ts: string }; client: App['client'] }) => {
      await client.chat.postMessage({ channel: event.channel, thread_ts: event.ts, text: 'ok' });
    };
    app.event('app_mention', reply);
    app.message(async ({ message, client }) => reply({ event: message as { channel: string; ts: string }, client }));
    const server = await receiver.start({ port: 0, host: '127.0.0.1' });
    port = (server.address() as { port: number }).port;
  }
  process.on('message', (m) => {
    if (m !== 'rss') return;
    const gc = (globalThis as { gc?: () => void }).gc;
    gc?.();
    gc?.();
    const u = process.memoryUsage();
    process.send!({ rss: u.rss, heap: u.heapUsed } satisfies Mem);
  });
  process.send!({ port });
}

// ---- parent ----------------------------------------------------------------------------------------
interface Worker {
  kind: Kind;
  proc: ChildProcess;
  url: string;
}

async function spawn(kind: Kind, apiUrl: string): Promise<Worker> {
  const proc = fork(fileURLToPath(import.meta.url), ['--child', kind, apiUrl], {
    execArgv: [...process.execArgv, '--expose-gc', ...(process.env.BENCH_NODE_FLAGS ?? '').split(' ').filter(Boolean)],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    proc.once('message', (m) => resolve((m as { port: number }).port));
    proc.once('exit', (code) => reject(new Error(`${kind} app exited with ${code}`)));
  });
  return { kind, proc, url: `http://127.0.0.1:${port}/slack/events` };
}

interface Mem {
  rss: number;
  heap: number;
}

function sample(w: Worker): Promise<Mem> {
  return new Promise((resolve) => {
    w.proc.once('message', (m) => resolve(m as Mem));
    w.proc.send('rss');
  });
}

/**
 * Settled memory: RSS right after a burst mostly shows what the allocator has not handed back yet
 * (it swings by tens of MB between identical runs), so take the lowest of a few samples once idle.
 */
async function settled(w: Worker): Promise<Mem> {
  let best: Mem | undefined;
  for (let i = 0; i < 5; i++) {
    await new Promise((r) => setTimeout(r, 400));
    const m = await sample(w);
    if (!best || m.rss < best.rss) best = m;
  }
  return best!;
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
const ms = (n: number) => `${n.toFixed(2)} ms`;
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

let seq = 0;
const ts = () => `${1_800_000_000 + ++seq}.000100`;

async function main(): Promise<void> {
  const fake = await new FakeSlack().start();
  fake.record = false;
  // The message measurement waits for the reply to reach the API; replies are matched by channel.
  const waiting = new Map<string, () => void>();
  fake.onCall = (method, body) => {
    if (method === 'chat.postMessage') waiting.get(String(body.channel))?.();
  };

  const pastesAnswered = (await answerPaste(BOUNCE)).autoReply;
  // Until the diagnosis engine recognises the paste, a mention is the message the bot answers.
  const messageEvent = (channel: string) =>
    pastesAnswered
      ? { type: 'message', channel_type: 'channel', user: USER, text: BOUNCE, ts: ts(), channel, event_ts: '1' }
      : { type: 'app_mention', user: USER, text: `<@${BOT_USER_ID}> 550 5.1.1`, ts: ts(), channel, event_ts: '1' };

  const workers = [await spawn('ours', fake.apiUrl), await spawn('bare', fake.apiUrl)];
  const idle = { ours: await settled(workers[0]!), bare: await settled(workers[1]!) };
  const slashTimes: Record<Kind, number[]> = { ours: [], bare: [] };
  const msgTimes: Record<Kind, number[]> = { ours: [], bare: [] };

  const slashOnce = async (w: Worker) => {
    const body = slashCommandBody('550 5.1.1', fake.responseUrl('bench'), 'C0BENCH');
    const t0 = performance.now();
    const res = await sendSigned(w.url, body, 'application/x-www-form-urlencoded');
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`${w.kind}: slash command got ${res.status}`);
    return performance.now() - t0;
  };
  const messageOnce = async (w: Worker) => {
    // A fresh channel per message: the per-channel burst guard is not what is measured here.
    const channel = `C${w.kind}${++seq}`;
    const posted = new Promise<void>((resolve) => waiting.set(channel, resolve));
    const t0 = performance.now();
    const res = await sendSigned(w.url, eventBody(messageEvent(channel)), 'application/json');
    await res.arrayBuffer();
    await posted;
    waiting.delete(channel);
    return performance.now() - t0;
  };

  for (let i = 0; i < WARMUP; i++) {
    for (const w of workers) {
      await slashOnce(w);
      await messageOnce(w);
    }
  }
  for (let i = 0; i < REQUESTS; i++) for (const w of workers) slashTimes[w.kind].push(await slashOnce(w));
  for (let i = 0; i < REQUESTS; i++) for (const w of workers) msgTimes[w.kind].push(await messageOnce(w));

  const rows: [string, Record<Kind, number[]>][] = [
    ['slash command → ack', slashTimes],
    [`${pastesAnswered ? 'pasted bounce' : 'mention'} → chat.postMessage`, msgTimes],
  ];
  console.log(`\nLatency over ${REQUESTS} requests each (loopback, sequential, alternating apps)\n`);
  console.log('                                 smtp-bot p50 / p99        bare Bolt p50 / p99       p99 ratio');
  let ok = true;
  for (const [name, t] of rows) {
    const o = [...t.ours].sort((a, b) => a - b);
    const b = [...t.bare].sort((a, b) => a - b);
    const ratio = pct(o, 99) / pct(b, 99);
    ok &&= ratio <= 1.3;
    console.log(`${name.padEnd(33)}${`${ms(pct(o, 50))} / ${ms(pct(o, 99))}`.padEnd(26)}${`${ms(pct(b, 50))} / ${ms(pct(b, 99))}`.padEnd(26)}${ratio.toFixed(2)}× ${ratio <= 1.3 ? 'ok' : 'OVER 1.3×'}`);
  }

  // Memory: 10,000 events per round, 20 in flight, unique threads so every cache fills up.
  console.log(`\nMemory after each round of ${EVENTS} events (settled, after GC)\n`);
  console.log(`idle:    smtp-bot RSS ${mb(idle.ours.rss)} heap ${mb(idle.ours.heap)}   bare RSS ${mb(idle.bare.rss)} heap ${mb(idle.bare.heap)}`);
  const rounds: Record<Kind, number[]> = { ours: [], bare: [] };
  const heaps: Record<Kind, number[]> = { ours: [], bare: [] };
  for (let r = 0; r < ROUNDS; r++) {
    for (const w of workers) {
      let next = 0;
      const lane = async () => {
        while (next < EVENTS) {
          next++;
          const res = await sendSigned(w.url, eventBody(messageEvent(`CMEM${w.kind}${next % 500}`)), 'application/json');
          await res.arrayBuffer();
        }
      };
      await Promise.all(Array.from({ length: 20 }, lane));
      await new Promise((r) => setTimeout(r, 1500)); // let the replies finish
      const m = await settled(w);
      rounds[w.kind].push(m.rss);
      heaps[w.kind].push(m.heap);
    }
    console.log(
      `round ${r + 1}: smtp-bot RSS ${mb(rounds.ours[r]!)} heap ${mb(heaps.ours[r]!)}   bare RSS ${mb(rounds.bare[r]!)} heap ${mb(heaps.bare[r]!)}   RSS ratio ${(rounds.ours[r]! / rounds.bare[r]!).toFixed(2)}×`,
    );
  }
  const ratio = rounds.ours[0]! / rounds.bare[0]!;
  // Growth is judged on the heap after GC: it is what an unbounded cache would inflate, and unlike
  // RSS it does not swing with the allocator.
  const growth = (heaps.ours[ROUNDS - 1]! - heaps.ours[1]!) / heaps.ours[1]!;
  ok &&= ratio <= 1.3 && growth < 0.05;
  console.log(`\nRSS ratio after ${EVENTS} events: ${ratio.toFixed(2)}× ${ratio <= 1.3 ? 'ok' : 'OVER 1.3×'}`);
  console.log(`smtp-bot heap change from round 2 to round ${ROUNDS}: ${(growth * 100).toFixed(1)}% ${growth < 0.05 ? 'ok (flat)' : 'GROWING'}`);

  for (const w of workers) w.proc.kill();
  await fake.stop();
  process.exitCode = ok ? 0 : 1;
}

if (process.argv[2] === '--child') await child(process.argv[3] as Kind, process.argv[4]!);
else await main();
