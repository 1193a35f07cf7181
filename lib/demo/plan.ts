import { addDays, addMonths, today as todayOf } from '../dates.ts';
import { convertMinor, exchangeRate, minorDigits } from '../money.ts';
import { Random } from './random.ts';

/**
 * The demo company, generated once from a seed and handed to each domain's seeder, which writes
 * only its own part. Ids are shared so the domains line up; attributes are not (rule 4).
 * Amounts are integer minor units, hours are hundredths, dates are relative to `today`.
 */

export interface DemoSize {
  clients: number;
  employees: number;
  invoices: number;
  projects: number;
}

export interface DemoPlan {
  today: string;
  createdAt: string;
  reportingCurrency: string;
  departments: { id: string; name: string }[];
  employees: {
    id: string;
    name: string;
    email: string;
    title: string;
    departmentId: string;
    managerId: string | null;
    status: 'ACTIVE' | 'ON_LEAVE' | 'TERMINATED';
    capacityHoursPerWeek: number;
    startDate: string;
    /** Annual gross salary in minor units of the reporting currency (HR; readable with hr:salary:read). */
    salaryMinor: number;
  }[];
  clients: {
    id: string;
    name: string;
    domain: string;
    industry: string;
    country: string;
    status: 'PROSPECT' | 'ACTIVE' | 'CHURNED';
    accountManagerId: string | null;
  }[];
  contacts: { id: string; clientId: string; name: string; email: string; phone: string | null; title: string }[];
  contracts: {
    id: string;
    clientId: string;
    startDate: string;
    endDate: string;
    annualValueMinor: number;
    currency: string;
    autoRenew: boolean;
    status: 'DRAFT' | 'ACTIVE' | 'RENEWED' | 'EXPIRED' | 'CANCELLED';
    renewsContractId: string | null;
  }[];
  deals: {
    id: string;
    clientId: string;
    title: string;
    amountMinor: number;
    currency: string;
    stage: 'LEAD' | 'QUALIFIED' | 'PROPOSAL' | 'WON' | 'LOST';
    expectedCloseDate: string;
  }[];
  invoices: {
    id: string;
    clientId: string;
    number: string;
    currency: string;
    status: 'DRAFT' | 'SENT' | 'PAID' | 'VOID';
    lines: { description: string; quantityMilli: number; unitPriceMinor: number }[];
    issueDate: string | null;
    dueDate: string | null;
    exchangeRate: string | null;
    reportingTotalMinor: number | null;
    payments: { id: string; amountMinor: number; paidOn: string }[];
  }[];
  projects: {
    id: string;
    clientId: string;
    leadId: string;
    name: string;
    phase: 'PROPOSAL' | 'KICKOFF' | 'DELIVERY' | 'REVIEW' | 'CLOSED';
    health: 'GREEN' | 'AMBER' | 'RED';
    budgetHundredths: number;
    startDate: string;
    endDate: string;
    tasks: { id: string; title: string; assigneeId: string | null; status: 'TODO' | 'IN_PROGRESS' | 'DONE'; estimateHundredths: number }[];
    timeEntries: { id: string; taskId: string | null; employeeId: string; date: string; hundredths: number; billable: boolean }[];
  }[];
}

const FIRST = [
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
const LAST = [
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
const PREFIX = [
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
const SUFFIX = ['wind', 'stone', 'field', 'bridge', 'works', 'point', 'line', 'gate', 'path', 'peak'];
const KIND = ['Logistics', 'Health', 'Foods', 'Energy', 'Labs', 'Retail', 'Capital', 'Media', 'Systems', 'Partners'];
const INDUSTRIES = [
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
const COUNTRIES = ['US', 'US', 'US', 'GB', 'DE', 'FR', 'NL', 'CA', 'AU', 'SE'];
const CURRENCY_OF: Record<string, string> = { US: 'USD', GB: 'GBP', DE: 'EUR', FR: 'EUR', NL: 'EUR', CA: 'CAD', AU: 'AUD', SE: 'SEK' };
const DEPARTMENTS = ['Leadership', 'Sales', 'Delivery', 'Engineering', 'Finance', 'People'];
const TITLES: Record<string, string[]> = {
  Leadership: ['Chief Executive Officer'],
  Sales: ['Account Manager', 'Account Executive', 'Head of Sales'],
  Delivery: ['Project Manager', 'Delivery Lead', 'Consultant'],
  Engineering: ['Software Engineer', 'Senior Engineer', 'Engineering Manager'],
  Finance: ['Accountant', 'Finance Manager'],
  People: ['People Partner', 'Recruiter'],
};
/** The item at `index`, which the plan knows is there (a list it built itself). */
function at<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new Error(`demo plan: no item ${index} of ${items.length}`);
  return item;
}

/** Annual salary bands in US dollars: [lowest, highest] by department, heads above the band. */
const SALARY_USD: Record<string, readonly [number, number]> = {
  Leadership: [220_000, 260_000],
  Sales: [70_000, 120_000],
  Delivery: [75_000, 125_000],
  Engineering: [90_000, 150_000],
  Finance: [65_000, 110_000],
  People: [60_000, 95_000],
};
const SERVICES = [
  'Discovery workshop',
  'Implementation',
  'Data migration',
  'Integration work',
  'Support retainer',
  'Training',
  'Design sprint',
  'Platform licence',
];
const PROJECT_KINDS = [
  'Platform rollout',
  'Data warehouse',
  'CRM migration',
  'Mobile app',
  'Analytics revamp',
  'Billing integration',
  'Security audit',
  'Website relaunch',
];
const TASKS = ['Requirements', 'Architecture', 'Build', 'Testing', 'Rollout', 'Handover', 'Training', 'Documentation'];

export function createDemoPlan(options: { seed: number; size: DemoSize; reportingCurrency: string; now?: Date }): DemoPlan {
  const random = new Random(options.seed);
  const now = options.now ?? new Date();
  const today = todayOf(now);
  const { size, reportingCurrency } = options;
  const id = (prefix: string) => `${prefix}_${random.idPart()}`;
  const person = () => `${random.pick(FIRST)} ${random.pick(LAST)}`;
  const slug = (text: string) => text.toLowerCase().replace(/[^a-z]+/g, '');

  const departments = DEPARTMENTS.map((name) => ({ id: id('dep'), name }));
  // Salaries draw from a stream of their own, so adding them left every other planned value as it was.
  const pay = new Random(options.seed ^ 0x5a1a7);
  const salaryRate = exchangeRate('USD', reportingCurrency) ?? '1';
  const salaryMinor = (departmentName: string, head: boolean) => {
    const [low, high] = SALARY_USD[departmentName] ?? [60_000, 100_000];
    const usd = head ? high + pay.int(0, 20) * 1_000 : pay.int(low / 1_000, high / 1_000) * 1_000;
    // Whole units of the reporting currency, as salaries are agreed.
    const minor = convertMinor(BigInt(usd) * 100n, 'USD', reportingCurrency, salaryRate);
    const unit = 10n ** BigInt(minorDigits(reportingCurrency));
    return Number((minor / unit) * unit);
  };
  const employees: DemoPlan['employees'] = [];
  const usedEmails = new Set<string>();
  for (let i = 0; i < size.employees; i++) {
    // The first employee leads the company; each department's first hire heads it.
    const department = at(departments, i === 0 ? 0 : 1 + ((i - 1) % (departments.length - 1)));
    const isHead = i > 0 && i < departments.length;
    const name = person();
    const [first = '', last = ''] = name.split(' ');
    let email = `${slug(first)}.${slug(last)}@recordgraph.example`;
    for (let n = 2; usedEmails.has(email); n++) email = email.replace(/(\d*)@/, `${n}@`);
    usedEmails.add(email);
    const titles = TITLES[department.name] ?? ['Specialist'];
    employees.push({
      id: id('emp'),
      name,
      email,
      title: isHead ? `Head of ${department.name}` : random.pick(titles),
      departmentId: department.id,
      managerId:
        i === 0 ? null : isHead ? at(employees, 0).id : (employees[1 + ((i - 1) % (departments.length - 1))] ?? at(employees, 0)).id,
      status:
        i < departments.length
          ? 'ACTIVE'
          : random.weighted([
              ['ACTIVE', 90],
              ['ON_LEAVE', 5],
              ['TERMINATED', 5],
            ] as const),
      capacityHoursPerWeek: random.weighted([
        [40, 8],
        [32, 1],
        [24, 1],
      ] as const),
      startDate: addDays(today, -random.int(60, 2500)),
      salaryMinor: salaryMinor(department.name, isHead),
    });
  }
  const active = employees.filter((employee) => employee.status !== 'TERMINATED');
  const inDepartment = (names: string[]) => {
    const ids = new Set(departments.filter((d) => names.includes(d.name)).map((d) => d.id));
    const found = active.filter((employee) => ids.has(employee.departmentId));
    return found.length ? found : active;
  };
  const accountManagers = inDepartment(['Sales']);
  const projectLeads = inDepartment(['Delivery', 'Engineering']);

  const clients: DemoPlan['clients'] = [];
  const contacts: DemoPlan['contacts'] = [];
  const contracts: DemoPlan['contracts'] = [];
  const deals: DemoPlan['deals'] = [];
  const currencyOf = new Map<string, string>();
  for (let i = 0; i < size.clients; i++) {
    const name = `${random.pick(PREFIX)}${random.pick(SUFFIX)} ${random.pick(KIND)}`;
    const country = random.pick(COUNTRIES);
    const status = random.weighted([
      ['ACTIVE', 75],
      ['PROSPECT', 15],
      ['CHURNED', 10],
    ] as const);
    const client = {
      id: id('cli'),
      name,
      domain: `${slug(name)}${i}.example`,
      industry: random.pick(INDUSTRIES),
      country,
      status,
      accountManagerId: random.chance(0.95) ? random.pick(accountManagers).id : null,
    };
    clients.push(client);
    currencyOf.set(client.id, random.chance(0.85) ? (CURRENCY_OF[country] ?? 'USD') : 'USD');
    for (let c = random.int(1, 3); c > 0; c--) {
      const contactName = person();
      contacts.push({
        id: id('con'),
        clientId: client.id,
        name: contactName,
        email: `${slug(contactName)}@${client.domain}`,
        phone: random.chance(0.7) ? `+1 555 ${String(random.int(1000000, 9999999))}` : null,
        title: random.pick(['CEO', 'CFO', 'CTO', 'Head of Operations', 'Procurement Lead']),
      });
    }
    const currency = currencyOf.get(client.id) ?? 'USD';
    if (status === 'ACTIVE') {
      // A previous term renewed into the current one for older clients.
      const endDate = addDays(
        today,
        random.weighted([
          [random.int(-20, 30), 1],
          [random.int(31, 90), 2],
          [random.int(91, 400), 5],
        ] as const),
      );
      const startDate = addMonths(endDate, -12);
      const annualValueMinor = random.int(20, 400) * 100_000;
      let renews: string | null = null;
      if (random.chance(0.5)) {
        renews = id('ctr');
        contracts.push({
          id: renews,
          clientId: client.id,
          startDate: addMonths(startDate, -12),
          endDate: addDays(startDate, -1),
          annualValueMinor,
          currency,
          autoRenew: false,
          status: 'RENEWED',
          renewsContractId: null,
        });
      }
      contracts.push({
        id: id('ctr'),
        clientId: client.id,
        startDate,
        endDate,
        annualValueMinor,
        currency,
        autoRenew: random.chance(0.35),
        status: 'ACTIVE',
        renewsContractId: renews,
      });
    } else if (status === 'CHURNED') {
      const endDate = addDays(today, -random.int(30, 300));
      contracts.push({
        id: id('ctr'),
        clientId: client.id,
        startDate: addMonths(endDate, -12),
        endDate,
        annualValueMinor: random.int(20, 200) * 100_000,
        currency,
        autoRenew: false,
        status: 'EXPIRED',
        renewsContractId: null,
      });
    }
    if (status !== 'CHURNED' && random.chance(0.6)) {
      deals.push({
        id: id('dea'),
        clientId: client.id,
        title: `${random.pick(PROJECT_KINDS)} for ${name}`,
        amountMinor: random.int(10, 300) * 100_000,
        currency,
        stage: random.weighted([
          ['LEAD', 3],
          ['QUALIFIED', 3],
          ['PROPOSAL', 2],
          ['WON', 2],
          ['LOST', 1],
        ] as const),
        expectedCloseDate: addDays(today, random.int(-30, 120)),
      });
    }
  }

  const billable = clients.filter((client) => client.status !== 'PROSPECT');
  const invoices: DemoPlan['invoices'] = [];
  for (let i = 0; i < size.invoices && billable.length > 0; i++) {
    const client = random.pick(billable);
    const currency = currencyOf.get(client.id) ?? 'USD';
    const lines = Array.from({ length: random.int(1, 4) }, () => ({
      description: random.pick(SERVICES),
      quantityMilli: random.int(1, 40) * 500,
      unitPriceMinor: random.int(80, 250) * 100,
    }));
    const age = client.status === 'CHURNED' ? random.int(200, 730) : random.int(0, 730);
    const issueDate = addDays(today, -age);
    const status: DemoPlan['invoices'][number]['status'] =
      age < 3 && random.chance(0.5)
        ? 'DRAFT'
        : random.chance(0.02)
          ? 'VOID'
          : age < 45
            ? random.weighted([
                ['SENT', 7],
                ['PAID', 3],
              ] as const)
            : random.weighted([
                ['PAID', 94],
                ['SENT', 6],
              ] as const);
    const totalMinor = lines.reduce((sum, line) => sum + Math.round((line.quantityMilli * line.unitPriceMinor) / 1000), 0);
    const issued = status !== 'DRAFT';
    const rate = issued ? exchangeRate(currency, reportingCurrency) : null;
    const payments: DemoPlan['invoices'][number]['payments'] = [];
    if (status === 'PAID') {
      payments.push({ id: id('pay'), amountMinor: totalMinor, paidOn: addDays(issueDate, Math.min(random.int(5, 45), age)) });
    } else if (status === 'SENT' && random.chance(0.2)) {
      payments.push({ id: id('pay'), amountMinor: Math.floor(totalMinor / 2), paidOn: addDays(issueDate, Math.min(10, age)) });
    }
    invoices.push({
      id: id('inv'),
      clientId: client.id,
      number: '',
      currency,
      status,
      lines,
      issueDate: issued ? issueDate : null,
      dueDate: issued ? addDays(issueDate, 30) : null,
      exchangeRate: rate,
      reportingTotalMinor: rate ? Number(convertMinor(BigInt(totalMinor), currency, reportingCurrency, rate)) : null,
      payments,
    });
  }
  // Numbers run per year in issue order, as they would have been given out.
  const sequence = new Map<string, number>();
  [...invoices]
    .sort((a, b) => (a.issueDate ?? '9999').localeCompare(b.issueDate ?? '9999') || a.id.localeCompare(b.id))
    .forEach((invoice) => {
      if (!invoice.issueDate) {
        invoice.number = `DRAFT-${invoice.id.slice(4, 12).toUpperCase()}`;
        return;
      }
      const year = invoice.issueDate.slice(0, 4);
      const next = (sequence.get(year) ?? 0) + 1;
      sequence.set(year, next);
      invoice.number = `INV-${year}-${String(next).padStart(5, '0')}`;
    });

  const projects: DemoPlan['projects'] = [];
  const served = clients.filter((client) => client.status === 'ACTIVE');
  for (let i = 0; i < size.projects && served.length > 0; i++) {
    const client = random.pick(served);
    const phase = random.weighted([
      ['PROPOSAL', 1],
      ['KICKOFF', 1],
      ['DELIVERY', 4],
      ['REVIEW', 1],
      ['CLOSED', 3],
    ] as const);
    const startDate = addDays(
      today,
      phase === 'CLOSED' ? -random.int(200, 700) : phase === 'PROPOSAL' ? random.int(7, 60) : -random.int(14, 200),
    );
    const endDate = addDays(startDate, random.int(60, 240));
    const lead = random.pick(projectLeads);
    const team = [lead, ...Array.from({ length: random.int(1, 3) }, () => random.pick(inDepartment(['Delivery', 'Engineering'])))];
    const project: DemoPlan['projects'][number] = {
      id: id('prj'),
      clientId: client.id,
      leadId: lead.id,
      name: `${random.pick(PROJECT_KINDS)} — ${client.name}`,
      phase,
      health:
        phase === 'CLOSED'
          ? 'GREEN'
          : random.weighted([
              ['GREEN', 6],
              ['AMBER', 3],
              ['RED', 1],
            ] as const),
      budgetHundredths: random.int(8, 80) * 10 * 100,
      startDate,
      endDate,
      tasks: [],
      timeEntries: [],
    };
    for (const title of TASKS.slice(0, random.int(2, 6))) {
      project.tasks.push({
        id: id('tsk'),
        title,
        assigneeId: random.pick(team).id,
        status:
          phase === 'CLOSED'
            ? 'DONE'
            : random.weighted([
                ['TODO', 2],
                ['IN_PROGRESS', 2],
                ['DONE', 2],
              ] as const),
        estimateHundredths: random.int(4, 80) * 100,
      });
    }
    if (phase !== 'PROPOSAL') {
      const lastDay = endDate < today ? endDate : today;
      const span = Math.max(1, Math.round((Date.parse(lastDay) - Date.parse(startDate)) / 86_400_000));
      for (let e = random.int(10, 50); e > 0; e--) {
        const task = random.chance(0.8) ? random.pick(project.tasks) : null;
        project.timeEntries.push({
          id: id('tim'),
          taskId: task?.id ?? null,
          employeeId: task?.assigneeId ?? random.pick(team).id,
          date: addDays(startDate, random.int(0, span)),
          hundredths: random.int(2, 32) * 25,
          billable: random.chance(0.85),
        });
      }
    }
    projects.push(project);
  }

  return {
    today,
    createdAt: now.toISOString(),
    reportingCurrency,
    departments,
    employees,
    clients,
    contacts,
    contracts,
    deals,
    invoices,
    projects,
  };
}
