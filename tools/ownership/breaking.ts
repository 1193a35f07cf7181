import { Supergraph } from '@apollo/federation-internals';
import { buildASTSchema, findBreakingChanges, type BreakingChange, type GraphQLSchema } from 'graphql';
import { z } from 'zod';
import { RULES, type Violation } from './violation.ts';

export const ACKNOWLEDGEMENTS_PATH = 'schema/acknowledged-breaking-changes.json';

/** A breaking change the team has decided to ship, and why; matched on type and description. */
export interface Acknowledgement {
  type: string;
  description: string;
  reason: string;
}

const acknowledgements = z.array(
  z.object({ type: z.string().min(1), description: z.string().min(1), reason: z.string().trim().min(1) }).strict(),
);

/** Reads the acknowledgement file's text; a malformed file throws naming the file and the problem. */
export function parseAcknowledgements(text: string): Acknowledgement[] {
  const parsed = acknowledgements.safeParse(JSON.parse(text));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${ACKNOWLEDGEMENTS_PATH}: ${issue ? `[${issue.path.join('.')}] ${issue.message}` : 'invalid'}`);
  }
  return parsed.data;
}

/**
 * What clients see of a supergraph: no join/link machinery, nothing @inaccessible. Built from the
 * AST rather than federation's own GraphQLSchema, which may come from the other copy of graphql
 * (CommonJS versus ESM) and would then fail graphql's instanceof checks.
 */
export function apiSchema(supergraphSdl: string): GraphQLSchema {
  return buildASTSchema(Supergraph.build(supergraphSdl).apiSchema().toAST());
}

export interface BreakingChangeReport {
  violations: Violation[];
  /** Acknowledgements that match no change any more (already on `main`): safe to delete. */
  unused: Acknowledgement[];
}

/**
 * Every breaking change (graphql-js findBreakingChanges) from the base supergraph's API schema
 * (the one on `main`) to the current one, unless acknowledged.
 */
export function breakingChanges(
  baseSupergraphSdl: string,
  currentSupergraphSdl: string,
  acknowledged: readonly Acknowledgement[],
): BreakingChangeReport {
  const changes = findBreakingChanges(apiSchema(baseSupergraphSdl), apiSchema(currentSupergraphSdl));
  const matches = (ack: Acknowledgement, change: BreakingChange) =>
    ack.type === (change.type as string) && ack.description === change.description;
  return {
    violations: changes
      .filter((change) => !acknowledged.some((ack) => matches(ack, change)))
      .map((change) => ({
        rule: RULES.breaking,
        message: `${change.type} since main: ${change.description} Not acknowledged in ${ACKNOWLEDGEMENTS_PATH}.`,
      })),
    unused: acknowledged.filter((ack) => !changes.some((change) => matches(ack, change))),
  };
}
