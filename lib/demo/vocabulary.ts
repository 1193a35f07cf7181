/** The words the demo company is made of (lib/demo/company.ts draws from them in a fixed order). */

export const FIRST = [
  'Ada',
  'Ben',
  'Chloe',
  'Dev',
  'Elena',
  'Farid',
  'Grace',
  'Hugo',
  'Ines',
  'Jon',
  'Kemi',
  'Liam',
  'Maya',
  'Nils',
  'Olga',
  'Priya',
  'Quinn',
  'Rosa',
  'Sam',
  'Tariq',
  'Uma',
  'Viktor',
  'Wen',
  'Yara',
  'Zoe',
];
export const LAST = [
  'Adeyemi',
  'Berg',
  'Costa',
  'Dubois',
  'Eriksen',
  'Fischer',
  'Garcia',
  'Haddad',
  'Ito',
  'Jensen',
  'Kowalski',
  'Lindqvist',
  'Moreau',
  'Novak',
  "O'Brien",
  'Patel',
  'Rossi',
  'Schmidt',
  'Tanaka',
  'Varga',
  'Walsh',
  'Yilmaz',
];
export const PREFIX = [
  'North',
  'Blue',
  'Bright',
  'Iron',
  'Silver',
  'Green',
  'Swift',
  'Clear',
  'Summit',
  'Harbor',
  'Cedar',
  'Atlas',
  'Nova',
  'Pioneer',
  'Granite',
  'Willow',
  'Beacon',
  'Maple',
  'Orbit',
  'Falcon',
];
export const SUFFIX = ['wind', 'stone', 'field', 'bridge', 'works', 'point', 'line', 'gate', 'path', 'peak'];
export const KIND = ['Logistics', 'Health', 'Foods', 'Energy', 'Labs', 'Retail', 'Capital', 'Media', 'Systems', 'Partners'];
export const INDUSTRIES = [
  'Logistics',
  'Healthcare',
  'Food & Beverage',
  'Energy',
  'Biotech',
  'Retail',
  'Financial Services',
  'Media',
  'Software',
  'Professional Services',
];
export const COUNTRIES = ['US', 'US', 'US', 'GB', 'DE', 'FR', 'NL', 'CA', 'AU', 'SE'];
export const CURRENCY_OF: Record<string, string> = {
  US: 'USD',
  GB: 'GBP',
  DE: 'EUR',
  FR: 'EUR',
  NL: 'EUR',
  CA: 'CAD',
  AU: 'AUD',
  SE: 'SEK',
};
export const DEPARTMENTS = ['Leadership', 'Sales', 'Delivery', 'Engineering', 'Finance', 'People'];
export const TITLES: Record<string, string[]> = {
  Leadership: ['Chief Executive Officer'],
  Sales: ['Account Manager', 'Account Executive', 'Head of Sales'],
  Delivery: ['Project Manager', 'Delivery Lead', 'Consultant'],
  Engineering: ['Software Engineer', 'Senior Engineer', 'Engineering Manager'],
  Finance: ['Accountant', 'Finance Manager'],
  People: ['People Partner', 'Recruiter'],
};
/** The item at `index`, which the plan knows is there (a list it built itself). */
export function at<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new Error(`demo plan: no item ${index} of ${items.length}`);
  return item;
}

/** Annual salary bands in US dollars: [lowest, highest] by department, heads above the band. */
export const SALARY_USD: Record<string, readonly [number, number]> = {
  Leadership: [220_000, 260_000],
  Sales: [70_000, 120_000],
  Delivery: [75_000, 125_000],
  Engineering: [90_000, 150_000],
  Finance: [65_000, 110_000],
  People: [60_000, 95_000],
};
export const SERVICES = [
  'Discovery workshop',
  'Implementation',
  'Data migration',
  'Integration work',
  'Support retainer',
  'Training',
  'Design sprint',
  'Platform licence',
];
export const PROJECT_KINDS = [
  'Platform rollout',
  'Data warehouse',
  'CRM migration',
  'Mobile app',
  'Analytics revamp',
  'Billing integration',
  'Security audit',
  'Website relaunch',
];
export const TASKS = ['Requirements', 'Architecture', 'Build', 'Testing', 'Rollout', 'Handover', 'Training', 'Documentation'];
