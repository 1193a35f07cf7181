import { useState, type SyntheticEvent } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { graphql } from '../__generated__/gql.ts';
import type { DealStage } from '../__generated__/graphql.ts';
import { useSession } from '../session.tsx';
import { Field, RefusalNote, useWorkflow } from './form.tsx';
import type { DealToMove } from './types.ts';

const MOVE_DEAL = graphql(`
  mutation WorkflowMoveDeal($id: ID!, $stage: DealStage!, $expectedVersion: Int) {
    moveDeal(id: $id, stage: $stage, expectedVersion: $expectedVersion) {
      id
      version
      stage
      updatedAt
      client {
        id
      }
    }
  }
`);

/**
 * The stages a deal may move to from each stage, as the CRM's lifecycle allows
 * (subgraphs/crm/lifecycles.ts): only these are offered; the CRM still decides, and says
 * INVALID_TRANSITION if the deal moved meanwhile.
 */
const NEXT_STAGES: Record<string, DealStage[]> = {
  LEAD: ['QUALIFIED', 'LOST'],
  QUALIFIED: ['PROPOSAL', 'LOST'],
  PROPOSAL: ['WON', 'LOST'],
};

const FIELDS = ['stage'];

/** Moves a deal to its next stage (crm's moveDeal). Needs crm:write; a closed deal offers nothing. */
export function MoveDeal({ deal }: { deal: DealToMove }) {
  const session = useSession();
  const client = useApolloClient();
  const workflow = useWorkflow(FIELDS, { __typename: 'Deal', id: deal.id });
  const next = NEXT_STAGES[deal.stage] ?? [];
  const [open, setOpen] = useState(false);
  const [stage, setStage] = useState<DealStage | ''>('');

  if (!session.can('crm:write') || next.length === 0) {
    return workflow.done ? <span role="status">{workflow.done}</span> : null;
  }
  if (!open) {
    return (
      <span className="workflow">
        <button
          type="button"
          onClick={() => {
            setStage(next[0] ?? '');
            setOpen(true);
          }}
        >
          Move deal
        </button>
        {workflow.done && <span role="status">{workflow.done}</span>}
      </span>
    );
  }

  const move = async (event: SyntheticEvent) => {
    event.preventDefault();
    if (!stage) return;
    const moved = await workflow.submit(async () => {
      const { data } = await client.mutate({ mutation: MOVE_DEAL, variables: { id: deal.id, stage, expectedVersion: deal.version } });
      const result = data.moveDeal;
      return {
        message: `Deal moved to ${result.stage}`,
        changed: [
          { __typename: 'Deal', id: result.id },
          { __typename: 'Client', id: result.client.id },
        ],
      };
    });
    if (moved) setOpen(false);
  };

  return (
    <form className="workflow-form" aria-label={`Move deal ${deal.id}`} noValidate onSubmit={(event) => void move(event)}>
      <Field label={`Move from ${deal.stage} to`} error={workflow.errors.fields.stage}>
        {(input) => (
          <select {...input} value={stage} onChange={(event) => setStage(event.target.value as DealStage)}>
            {next.map((option) => (
              <option key={option} value={option}>
                {option}
              </option>
            ))}
          </select>
        )}
      </Field>
      <RefusalNote refusal={workflow.errors.refusal} />
      <div className="workflow-actions">
        <button type="submit" disabled={workflow.busy}>
          Move
        </button>
        <button
          type="button"
          onClick={() => {
            workflow.reset();
            setOpen(false);
          }}
        >
          Cancel
        </button>
      </div>
    </form>
  );
}
