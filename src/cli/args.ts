/** Command-line flags shared by every subcommand: --json, --lang, --help, --version. */

export interface CliArgs {
  json: boolean;
  lang: string | undefined;
  help: boolean;
  version: boolean;
  /** Everything that is not a flag we know, in order. */
  rest: string[];
  /** Flags that start with "-" and that we do not know. */
  unknownFlags: string[];
}

/** Flags the diagnose subcommand handles itself; they pass through untouched. */
const PASS_THROUGH = new Set(['--batch']);

export function parseArgs(argv: string[]): CliArgs {
  const out: CliArgs = { json: false, lang: undefined, help: false, version: false, rest: [], unknownFlags: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') out.json = true;
    else if (arg === '--help' || arg === '-h') out.help = true;
    else if (arg === '--version' || arg === '-v') out.version = true;
    else if (arg === '--lang') out.lang = argv[++i];
    else if (arg.startsWith('--lang=')) out.lang = arg.slice('--lang='.length);
    else if (PASS_THROUGH.has(arg)) out.rest.push(arg);
    else if (/^--?[a-zA-Z]/.test(arg)) out.unknownFlags.push(arg);
    else out.rest.push(arg);
  }
  return out;
}

/** The language a terminal user asked for: --lang, then the POSIX locale variables. */
export function langFrom(flag: string | undefined, env: Record<string, string | undefined>): string | undefined {
  return flag ?? env.LC_ALL ?? env.LC_MESSAGES ?? env.LANG;
}
