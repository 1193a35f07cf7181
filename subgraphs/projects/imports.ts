import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { ERRORS } from '../../lib/errors.ts';
import { entitiesByExternalIds } from '../../lib/external-ids/store.ts';
import { newId } from '../../lib/ids.ts';
import { changesOf, foundId, importRows, rowReference, type ImportReport, type RowOutcome } from '../../lib/imports/run.ts';
import { refuseTerminated, type ExternalReference, type Reference, type RowReferenceChecks } from '../../lib/references.ts';
import { badInput } from '../../lib/validation.ts';
import type { importProjectsArgs } from './inputs.ts';
import { isOpen } from './lifecycles.ts';
import { projects } from './store/projects.ts';
import type { ProjectRow, ProjectsDatabase } from './store/schema.ts';

type Args = z.output<typeof importProjectsArgs>;

/**
 * importProjects, row by row (lib/imports/run.ts): a project the import's system already knows by
 * the row's externalId is updated with what differs while it is open (INVALID_TRANSITION once
 * CLOSED, as for its health); otherwise one is created in PROPOSAL holding that external id, as
 * createProject makes one. The client (CRM) and the lead (HR) are confirmed by their owners
 * before the transaction, by id or by external id (`importReferences`).
 */
export async function importProjects(
  trx: Kysely<ProjectsDatabase>,
  { system, rows, dryRun }: Args,
  checks: RowReferenceChecks,
): Promise<ImportReport> {
  const known = await entitiesByExternalIds(
    trx,
    'Project',
    system,
    rows.map((row) => row.externalId),
  );
  // Every project the call updates, read (and on PostgreSQL locked) at once rather than row by row.
  const stored = await projects.forWriteAll(trx, [...known.values()]);
  return importRows(trx, { rows, dryRun }, checks.refusals, async (row, index): Promise<RowOutcome> => {
    const wanted = {
      name: row.name,
      clientId: row.clientId ?? foundId(checks, index, 'clientExternalId'),
      leadId: row.leadExternalId
        ? foundId(checks, index, 'leadExternalId')
        : row.leadExternalId === null && row.leadId === undefined
          ? null
          : row.leadId,
      budgetHours: Number(row.budgetHours),
      startDate: row.startDate,
      endDate: row.endDate,
    };
    const id = known.get(row.externalId);
    const current = id ? (stored.get(id) ?? (await projects.forWrite(trx, id))) : null;
    if (!current) {
      if (!wanted.clientId) throw ERRORS.INTERNAL_SERVER_ERROR.err('a confirmed client has no id');
      const project = await projects.insert(
        trx,
        {
          id: newId('prj'),
          client_id: wanted.clientId,
          lead_id: wanted.leadId ?? null,
          name: row.name,
          phase: 'PROPOSAL',
          health: 'GREEN',
          health_note: null,
          budget_hundredths: wanted.budgetHours,
          start_date: row.startDate ?? null,
          end_date: row.endDate ?? null,
        },
        [{ system, id: row.externalId }],
      );
      // A later row of the same call with this external id updates the project rather than making another.
      known.set(row.externalId, project.id);
      stored.set(project.id, project);
      return { outcome: 'CREATED', id: project.id, changedFields: changesOf(wanted, {}) };
    }
    const changedFields = changesOf(wanted, asApiFields(current));
    if (changedFields.length === 0) return { outcome: 'UNCHANGED', id: current.id, changedFields };
    const clientField = row.clientId ? 'clientId' : 'clientExternalId';
    // Its time, tasks and invoices are the client's: moving them is a client merge's work, not an import's.
    if (changedFields.includes('clientId'))
      throw badInput([clientField], `Project ${current.id} belongs to Client ${current.client_id}; a project's client does not change`);
    if (!isOpen(current.phase)) {
      throw ERRORS.INVALID_TRANSITION.err(`Project ${current.id} is CLOSED and can no longer change`, {
        entity: 'Project',
        id: current.id,
        from: current.phase,
        fields: changedFields.map((field) => ({ path: [field], message: 'the project is CLOSED' })),
      });
    }
    const startDate = wanted.startDate === undefined ? current.start_date : wanted.startDate;
    const endDate = wanted.endDate === undefined ? current.end_date : wanted.endDate;
    if (startDate && endDate && endDate < startDate) throw badInput(['endDate'], `must not be before startDate ${startDate}`);
    const columns = {
      name: row.name,
      lead_id: wanted.leadId,
      budget_hundredths: wanted.budgetHours,
      start_date: row.startDate,
      end_date: row.endDate,
    };
    const next = await projects.update(
      trx,
      current,
      Object.fromEntries(Object.entries(columns).filter(([, value]) => value !== undefined)),
    );
    stored.set(current.id, next);
    return { outcome: 'UPDATED', id: current.id, changedFields };
  });
}

/** The references of every row, for the write path to ask of their owners at once: the client, and the lead, who must still work here. */
export function importReferences({ rows }: Args): (Reference | ExternalReference)[] {
  return rows.flatMap((parsed, index) => {
    if (!parsed.ok) return [];
    const { clientId, clientExternalId, leadId, leadExternalId } = parsed.row;
    return [
      ...(clientId ? [rowReference(index, 'clientId', { typename: 'Client', id: clientId })] : []),
      ...(clientExternalId ? [rowReference(index, 'clientExternalId', { typename: 'Client', externalId: clientExternalId })] : []),
      ...(leadId ? [rowReference(index, 'leadId', { typename: 'Employee', id: leadId, refuse: refuseTerminated })] : []),
      ...(leadExternalId
        ? [rowReference(index, 'leadExternalId', { typename: 'Employee', externalId: leadExternalId, refuse: refuseTerminated })]
        : []),
    ];
  });
}

/** A stored project under the API's field names, to compare an import row with. */
function asApiFields(project: ProjectRow) {
  return {
    name: project.name,
    clientId: project.client_id,
    leadId: project.lead_id,
    budgetHours: project.budget_hundredths,
    startDate: project.start_date,
    endDate: project.end_date,
  };
}
