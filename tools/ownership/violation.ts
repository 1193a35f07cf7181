/** One broken ownership rule, as `npm run check` prints it: `<rule>: <message>`. */
export interface Violation {
  rule: Rule;
  message: string;
}

/** The rules, named as DESIGN.md numbers them, plus the checks on generated and published schema. */
export const RULES = {
  composition: 'composition',
  owner: 'rule 1 (one owner per entity)',
  field: 'rule 2 (one resolver per field)',
  mutation: 'rule 3 (mutations in the owner)',
  store: 'rule 4 (ids, not attributes)',
  derived: 'derived fields',
  generated: 'generated files',
  breaking: 'breaking change',
} as const;

export type Rule = (typeof RULES)[keyof typeof RULES];

export function formatViolation(violation: Violation): string {
  return `${violation.rule}: ${violation.message}`;
}

/** `crm`, `crm and accounting`, `crm, accounting and projects`. */
export function listNames(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

const COUNTS = ['no', 'one', 'two', 'three', 'four', 'five'];

export function countWord(count: number): string {
  return COUNTS[count] ?? String(count);
}
