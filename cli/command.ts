import type { Config } from '../lib/config.ts';
import type { Log } from './services.ts';

/**
 * A `recordgraph` command: a module in cli/commands/ exporting these two, imported by main.ts
 * only when that command runs, so each command loads what it needs and nothing more.
 */
export interface Command {
  run(invocation: Invocation): Promise<number>;
  /**
   * Errors that tell the operator what to do (a store behind its code, a refused token request):
   * printed as they are, without a stack. Listed by the command, which loads their modules anyway.
   */
  explained: readonly (abstract new (...args: never[]) => Error)[];
}

export interface Invocation {
  /** The positional arguments after the command's name. */
  args: string[];
  options: {
    scopes?: string;
    subject?: string;
    ttl?: string;
    /** The gateway a command that reads the graph asks, and the token it presents (cli/gateway-client.ts). */
    gateway?: string;
    token?: string;
    strict?: boolean;
    examples?: string;
    json?: boolean;
    csv?: string;
    mapping?: string;
    /** import and standardise (cli/import/). */
    profile?: string;
    entity?: string;
    system?: string;
    'dry-run'?: boolean;
    report?: string;
  };
  config: Config;
  log: Log;
}
