import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FOREIGN_KEYS, referencesOf } from '../../../lib/events/references.ts';

describe('references of a change', () => {
  it('names what the row points at before and after, sorted, once each', () => {
    expect(
      referencesOf({ id: 'prj_1', client_id: 'cli_1', lead_id: 'emp_1' }, { id: 'prj_1', client_id: 'cli_2', lead_id: 'emp_1', name: 'x' }),
    ).toEqual([
      { type: 'Client', id: 'cli_1' },
      { type: 'Client', id: 'cli_2' },
      { type: 'Employee', id: 'emp_1' },
    ]);
    expect(referencesOf(null, { id: 'tim_1', project_id: 'prj_1', task_id: null, employee_id: 'emp_2' })).toEqual([
      { type: 'Employee', id: 'emp_2' },
      { type: 'Project', id: 'prj_1' },
    ]);
  });

  it("knows every foreign key of the four domains' tables", () => {
    for (const domain of ['crm', 'accounting', 'hr', 'projects']) {
      const schema = readFileSync(`subgraphs/${domain}/store/schema.ts`, 'utf8');
      const columns = [...schema.matchAll(/^\s+([a-z_]+_id)\??:/gm)].map((match) => match[1] ?? '');
      for (const column of columns) expect(FOREIGN_KEYS[column], `${domain}: ${column}`).toBeDefined();
    }
  });
});
