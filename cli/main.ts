import { parseArgs } from 'node:util';
import type { Command } from './command.ts';
import { HELP } from './help.ts';

/**
 * The `recordgraph` command. Arguments are parsed with only Node loaded, then the one command
 * asked for is imported with what it needs: `--help` loads no dependency, `token` the
 * configuration and jose, `serve crm` that subgraph and lib/, never the gateway or another domain.
 */

const COMMANDS: Record<string, () => Promise<Command>> = {
  start: () => import('./commands/start.ts'),
  serve: () => import('./commands/serve.ts'),
  seed: () => import('./commands/seed.ts'),
  migrate: () => import('./commands/migrate.ts'),
  token: () => import('./commands/token.ts'),
  doctor: () => import('./commands/doctor.ts'),
  reconcile: () => import('./commands/reconcile.ts'),
  import: () => import('./commands/import.ts'),
  standardise: () => import('./commands/standardise.ts'),
};

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      help: { type: 'boolean', short: 'h' },
      scopes: { type: 'string' },
      subject: { type: 'string' },
      ttl: { type: 'string' },
      gateway: { type: 'string' },
      token: { type: 'string' },
      strict: { type: 'boolean' },
      examples: { type: 'string' },
      json: { type: 'boolean' },
      csv: { type: 'string' },
      mapping: { type: 'string' },
      // import and standardise
      profile: { type: 'string' },
      entity: { type: 'string' },
      system: { type: 'string' },
      'dry-run': { type: 'boolean' },
      report: { type: 'string' },
    },
  });
  const [name, ...args] = positionals;
  if (values.help || !name || name === 'help') {
    console.log(HELP);
    return name || values.help ? 0 : 1;
  }
  const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!load) {
    console.error(`recordgraph: unknown command ${name}\n\n${HELP}`);
    return 2;
  }
  const [{ ConfigError, loadConfig }, command] = await Promise.all([import('../lib/config.ts'), load()]);
  try {
    return await command.run({ args, options: values, config: loadConfig(), log: (line) => console.log(line) });
  } catch (error: unknown) {
    // Errors that tell the operator what to do are printed as they are, without a stack.
    if (!(error instanceof Error) || ![ConfigError, ...command.explained].some((type) => error instanceof type)) throw error;
    console.error(error.message);
    return 1;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
