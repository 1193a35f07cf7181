import { useState, type SyntheticEvent } from 'react';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { graphql } from '../__generated__/gql.ts';
import { useSession } from '../session.tsx';
import { Field, RefusalNote, serverToday, useWorkflow } from './form.tsx';
import type { ProjectForTime } from './types.ts';

const EMPLOYEES = graphql(`
  query WorkflowEmployees {
    employees(first: 500, status: ACTIVE) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

const LOG_TIME = graphql(`
  mutation WorkflowLogTime($input: LogTimeInput!) {
    logTime(input: $input) {
      id
      hours
      project {
        id
        hoursLogged
      }
      employee {
        id
      }
    }
  }
`);

const FIELDS = ['input.employeeId', 'input.date', 'input.hours', 'input.billable', 'input.note'];

/** Logs hours on a project for an employee (projects' logTime). Needs projects:write. */
export function LogTime({ project }: { project: ProjectForTime }) {
  const session = useSession();
  const workflow = useWorkflow(FIELDS, { __typename: 'Project', id: project.id });
  const [open, setOpen] = useState(false);

  if (!session.can('projects:write')) return null;
  if (!open) {
    return (
      <span className="workflow">
        <button type="button" onClick={() => setOpen(true)}>
          Log time
        </button>
        {workflow.done && <span role="status">{workflow.done}</span>}
      </span>
    );
  }
  return (
    <LogTimeForm
      project={project}
      workflow={workflow}
      onClose={() => {
        workflow.reset();
        setOpen(false);
      }}
      onLogged={() => setOpen(false)}
    />
  );
}

/** The open form: it asks HR for the employees only once someone means to log time. */
function LogTimeForm({
  project,
  workflow,
  onClose,
  onLogged,
}: {
  project: ProjectForTime;
  workflow: ReturnType<typeof useWorkflow>;
  onClose: () => void;
  onLogged: () => void;
}) {
  const client = useApolloClient();
  const employees = useQuery(EMPLOYEES);
  const [employeeId, setEmployeeId] = useState('');
  const [date, setDate] = useState(serverToday);
  const [hours, setHours] = useState('');
  const [billable, setBillable] = useState(true);
  const [note, setNote] = useState('');
  const people = employees.data?.employees.edges.map((edge) => edge.node) ?? [];

  const log = async (event: SyntheticEvent) => {
    event.preventDefault();
    const logged = await workflow.submit(async () => {
      const { data } = await client.mutate({
        mutation: LOG_TIME,
        variables: { input: { projectId: project.id, employeeId, date, hours: hours.trim(), billable, note: note.trim() || null } },
      });
      const entry = data.logTime;
      return {
        message: `Logged ${entry.hours} h; ${entry.project.hoursLogged} h on the project in all`,
        changed: [
          { __typename: 'Project', id: entry.project.id },
          { __typename: 'Employee', id: entry.employee.id },
        ],
      };
    });
    if (logged) onLogged();
  };

  return (
    <form className="workflow-form" aria-label={`Log time on ${project.id}`} noValidate onSubmit={(event) => void log(event)}>
      <Field label="Employee" error={workflow.errors.fields['input.employeeId']}>
        {(input) => (
          <select {...input} value={employeeId} onChange={(event) => setEmployeeId(event.target.value)}>
            <option value="">{employees.loading ? 'Loading…' : 'Choose…'}</option>
            {people.map((person) => (
              <option key={person.id} value={person.id}>
                {person.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      {employees.error && !employees.data && <p role="alert">The employees cannot be listed: {employees.error.message}</p>}
      <Field label="Date" error={workflow.errors.fields['input.date']}>
        {(input) => <input {...input} type="date" value={date} onChange={(event) => setDate(event.target.value)} />}
      </Field>
      <Field label="Hours" error={workflow.errors.fields['input.hours']}>
        {(input) => <input {...input} inputMode="decimal" value={hours} onChange={(event) => setHours(event.target.value)} />}
      </Field>
      <Field label="Billable" error={workflow.errors.fields['input.billable']}>
        {(input) => <input {...input} type="checkbox" checked={billable} onChange={(event) => setBillable(event.target.checked)} />}
      </Field>
      <Field label="Note" error={workflow.errors.fields['input.note']}>
        {(input) => <input {...input} value={note} onChange={(event) => setNote(event.target.value)} />}
      </Field>
      <RefusalNote refusal={workflow.errors.refusal} />
      <div className="workflow-actions">
        <button type="submit" disabled={workflow.busy}>
          Log
        </button>
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </form>
  );
}
