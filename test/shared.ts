/**
 * Where the project's read-only `shared` folder is (Slack's manifest schema, the bounce corpus):
 * SMTP_BOT_SHARED when set; else beside the repository, as CI lays it out; else beside the
 * repository this one was cloned from, so the throwaway clone the developers' guide runs before
 * every stop (`git clone -q . "$(mktemp -d)"`) reads the same files instead of missing them.
 * Nothing from it is ever copied into the repository.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));

/** The clone's origin when it is a folder on this machine (a clone of a local repository). */
function localOrigin(): string | null {
  const git = spawnSync('git', ['-C', root, 'config', '--get', 'remote.origin.url'], { encoding: 'utf8' });
  const url = git.status === 0 ? git.stdout.trim() : '';
  const path = url.startsWith('file://') ? fileURLToPath(url) : url;
  return path && isAbsolute(path) && existsSync(path) ? path : null;
}

/** The folders looked in, in order (for the message when none holds the file). */
export function sharedCandidates(): string[] {
  const out: string[] = [];
  if (process.env.SMTP_BOT_SHARED) out.push(resolve(process.env.SMTP_BOT_SHARED));
  out.push(resolve(root, '..', 'shared'));
  const origin = localOrigin();
  if (origin) out.push(resolve(origin, '..', 'shared'));
  return out;
}

/** The path of `relative` inside the first shared folder that has it, or null. */
export function sharedFile(relative: string): string | null {
  for (const dir of sharedCandidates()) {
    const path = join(dir, relative);
    if (existsSync(path)) return path;
  }
  return null;
}
