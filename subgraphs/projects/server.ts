import { defineSubgraph } from '../../lib/subgraph.ts';
import { projectsReactions } from './automation.ts';
import { createProjectsContext, type ProjectsContext } from './context.ts';
import { resolvers } from './resolvers/index.ts';
import { seedProjects } from './seed.ts';
import { migrations } from './store/migrations.ts';
import type { ProjectsDatabase } from './store/schema.ts';

/** The projects subgraph: system of record for projects, their tasks and the time logged on them. */
export const projectsSubgraph = defineSubgraph<ProjectsDatabase, ProjectsContext>({
  domain: 'projects',
  migrations,
  resolvers,
  createContext: createProjectsContext,
  seed: seedProjects,
  reactions: projectsReactions,
  isEmpty: async (db) => !(await db.selectFrom('projects').select('id').limit(1).executeTakeFirst()),
});
