import { hostname } from 'node:os';
import type { GraphQLError } from 'graphql';
import { pino, type DestinationStream, type LevelWithSilent, type Logger } from 'pino';

export type { DestinationStream, Logger };
export type LogLevel = LevelWithSilent;

export interface LoggerOptions {
  /** The service every line is tagged with (`crm`, `gateway`). */
  service: string;
  /** Lowest level written (LOG_LEVEL; default `info`). */
  level?: LogLevel;
  /** Where the JSON lines go (default standard output); tests pass a stream to read them back. */
  destination?: DestinationStream;
}

/** One JSON line per event, each tagged with its service, level as a word and an ISO time. */
export function createLogger(options: LoggerOptions): Logger {
  const settings = {
    level: options.level ?? 'info',
    base: { service: options.service, pid: process.pid, hostname: hostname() },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label: string) => ({ level: label }) },
  };
  return options.destination ? pino(settings, options.destination) : pino(settings);
}

/** The error worth a stack in the logs: what a resolver threw, not Apollo's GraphQLError around it. */
export function originalError(error: unknown): unknown {
  let cause = error;
  // Duck-typed: under a bundler, Apollo's GraphQLError class may be another copy of graphql's.
  while (isWrapper(cause)) cause = cause.originalError;
  return cause;
}

function isWrapper(error: unknown): error is { originalError: Error } {
  return error instanceof Error && (error as Partial<GraphQLError>).originalError instanceof Error;
}

/** `fetch failed: connect ECONNREFUSED …`: an error's message with its causes, for one log field. */
export function describeError(error: unknown): string {
  const parts: string[] = [];
  for (let cause = error; cause !== undefined && cause !== null && parts.length < 5;) {
    if (cause instanceof Error) {
      parts.push(cause.message);
      cause = cause.cause;
    } else {
      parts.push(typeof cause === 'string' ? cause : JSON.stringify(cause));
      break;
    }
  }
  return parts.join(': ');
}
