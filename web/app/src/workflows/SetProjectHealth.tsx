import { useState, type SyntheticEvent } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { graphql } from '../__generated__/gql.ts';
import type { Health } from '../__generated__/graphql.ts';
import { useSession } from '../session.tsx';
import { Field, RefusalNote, useWorkflow } from './form.tsx';
import type { ProjectForDelivery } from './types.ts';

const SET_PROJECT_HEALTH = graphql(`
  mutation WorkflowSetProjectHealth($id: ID!, $health: Health!, $note: String, $expectedVersion: Int) {
    setProjectHealth(id: $id, health: $health, note: $note, expectedVersion: $expectedVersion) {
      id
      version
      health
      healthNote
      client {
        id
      }
    }
  }
`);

const HEALTHS: Health[] = ['GREEN', 'AMBER', 'RED'];
const FIELDS = ['health', 'note'];

/** Sets a project's health with a note saying why (projects' setProjectHealth). Needs projects:write. */
export function SetProjectHealth({ project }: { project: ProjectForDelivery }) {
  const session = useSession();
  const client = useApolloClient();
  const workflow = useWorkflow(FIELDS, { __typename: 'Project', id: project.id });
  const [open, setOpen] = useState(false);
  const [health, setHealth] = useState<Health>('GREEN');
  const [note, setNote] = useState('');

  if (!session.can('projects:write')) return null;
  if (!open) {
    return (
      <span className="workflow">
        <button
          type="button"
          onClick={() => {
            setHealth(HEALTHS.find((option) => option !== project.health) ?? 'GREEN');
            setOpen(true);
          }}
        >
          Set health
        </button>
        {workflow.done && <span role="status">{workflow.done}</span>}
      </span>
    );
  }

  const save = async (event: SyntheticEvent) => {
    event.preventDefault();
    const saved = await workflow.submit(async () => {
      const { data } = await client.mutate({
        mutation: SET_PROJECT_HEALTH,
        variables: { id: project.id, health, note: note.trim() || null, expectedVersion: project.version },
      });
      const result = data.setProjectHealth;
      return {
        message: `Health set to ${result.health}`,
        changed: [
          { __typename: 'Project', id: result.id },
          { __typename: 'Client', id: result.client.id },
        ],
      };
    });
    if (saved) setOpen(false);
  };

  return (
    <form className="workflow-form" aria-label={`Set the health of ${project.id}`} noValidate onSubmit={(event) => void save(event)}>
      <Field label="Health" error={workflow.errors.fields.health}>
        {(input) => (
          <select {...input} value={health} onChange={(event) => setHealth(event.target.value as Health)}>
            {HEALTHS.map((option) => (
              <option key={option} value={option}>
                {option}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Note" error={workflow.errors.fields.note}>
        {(input) => <input {...input} value={note} onChange={(event) => setNote(event.target.value)} />}
      </Field>
      <RefusalNote refusal={workflow.errors.refusal} />
      <div className="workflow-actions">
        <button type="submit" disabled={workflow.busy}>
          Save
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
