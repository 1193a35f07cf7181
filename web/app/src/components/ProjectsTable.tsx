import { graphql } from '../__generated__/gql.ts';
import type { Client360ProjectFragment } from '../__generated__/graphql.ts';
import { LogTime, SetProjectHealth } from '../workflows/index.ts';
import { formatState } from './format.ts';
import { Source } from './Source.tsx';

graphql(`
  fragment Client360Project on Project {
    id
    name
    phase
    health
    healthNote
    version
    budgetHours
    hoursLogged
    lead {
      id
      name
    }
  }
`);

/** A client's projects with phase and health (Projects' facts) and their delivery workflows. */
export function ProjectsTable({ projects }: { projects: readonly Client360ProjectFragment[] }) {
  if (projects.length === 0) return <p>No projects.</p>;
  return (
    <table aria-label="Projects">
      <thead>
        <tr>
          <th scope="col">Project</th>
          <th scope="col">Phase</th>
          <th scope="col">Health</th>
          <th scope="col">Lead</th>
          <th scope="col" className="number">
            Hours
          </th>
          <th scope="col">Source</th>
          <th scope="col">Actions</th>
        </tr>
      </thead>
      <tbody>
        {projects.map((project) => (
          <tr key={project.id}>
            <th scope="row">{project.name}</th>
            <td>{formatState(project.phase)}</td>
            <td>
              <span className={`health health-${project.health.toLowerCase()}`} title={project.healthNote ?? undefined}>
                {formatState(project.health)}
              </span>
            </td>
            <td>{project.lead?.name ?? '—'}</td>
            <td className="number">
              {project.hoursLogged} / {project.budgetHours}
            </td>
            <td>
              <Source field="Project.health" version={project.version} />
            </td>
            <td>
              <SetProjectHealth project={project} />
              <LogTime project={project} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
