/** The systems of record as people name them; the API names them by subgraph (crm, accounting, …). */
const SYSTEM_NAMES: Record<string, string> = {
  crm: 'CRM',
  accounting: 'Accounting',
  hr: 'HR',
  projects: 'Projects',
  webhooks: 'Webhooks',
};

/** "Accounting" for "accounting"; a subgraph the app does not know keeps its own name. */
export function systemName(subgraph: string): string {
  return SYSTEM_NAMES[subgraph] ?? subgraph;
}
