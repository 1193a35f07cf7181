import { addDays, addMonths, today as todayOf } from '../dates.ts';
import { convertMinor, exchangeRate, minorDigits } from '../money.ts';
import type { DemoPlan, DemoSize } from './plan.ts';
import { Random } from './random.ts';
import {
  at,
  COUNTRIES,
  CURRENCY_OF,
  DEPARTMENTS,
  FIRST,
  INDUSTRIES,
  KIND,
  LAST,
  PREFIX,
  PROJECT_KINDS,
  SALARY_USD,
  SERVICES,
  SUFFIX,
  TASKS,
  TITLES,
} from './vocabulary.ts';

/**
 * The demo company as a stream: departments and employees are planned at once (a few thousand
 * even for a big company), clients, invoices and projects are handed out in chunks, so seeding
 * 2,000,000 invoices never holds them all. Every value comes from one seeded random stream in a
 * fixed order (employees, clients with their contacts, contracts and deals, invoices, projects);
 * a section is replayed from the stream's saved position, so each domain can take its own part
 * alone and every domain's part lines up with the others'. `createDemoPlan` (plan.ts) collects
 * the same stream into arrays.
 */

export interface DemoOptions {
  seed: number;
  size: DemoSize;
  reportingCurrency: string;
  now?: Date;
}

type PlannedClient = DemoPlan['clients'][number];
type PlannedInvoice = DemoPlan['invoices'][number];
type PlannedProject = DemoPlan['projects'][number];

/** Whole clients with everything the CRM plans for them, in plan order. */
export interface CrmChunk {
  clients: PlannedClient[];
  contacts: DemoPlan['contacts'];
  contracts: DemoPlan['contracts'];
  deals: DemoPlan['deals'];
}

/** Default chunk sizes: a few megabytes of plan at a time. */
const CLIENTS_PER_CHUNK = 2_000;
const INVOICES_PER_CHUNK = 5_000;
const PROJECTS_PER_CHUNK = 1_000;

const ID_ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';
const ID_DIGIT = new Map(Array.from(ID_ALPHABET, (char, index) => [char, index]));

/** The base-32 value of `id`'s characters [from, to): the id alphabet is in code-point order, so values sort as the ids do. */
function idValue(id: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) value = value * 32 + (ID_DIGIT.get(id.charAt(i)) ?? 0);
  return value;
}

export class DemoCompany {
  readonly today: string;
  readonly createdAt: string;
  readonly reportingCurrency: string;
  readonly size: DemoSize;
  readonly departments: DemoPlan['departments'];
  readonly employees: DemoPlan['employees'];
  private readonly accountManagers: DemoPlan['employees'];
  private readonly projectLeads: DemoPlan['employees'];
  /** Where the random stream stands when the clients begin. */
  private readonly clientsAt: number;
  private billing?: { billable: PlannedClient[]; served: PlannedClient[]; currencyOf: Map<string, string>; invoicesAt: number };
  private numbering?: { numbers: Uint32Array; projectsAt: number };

  constructor(options: DemoOptions) {
    const random = new Random(options.seed);
    const now = options.now ?? new Date();
    this.today = todayOf(now);
    this.createdAt = now.toISOString();
    this.reportingCurrency = options.reportingCurrency;
    this.size = options.size;
    const { today, reportingCurrency, size } = this;
    const id = (prefix: string) => `${prefix}_${random.idPart()}`;
    const person = () => `${random.pick(FIRST)} ${random.pick(LAST)}`;

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
    this.departments = departments;
    this.employees = employees;
    this.accountManagers = inDepartment(['Sales']);
    this.projectLeads = inDepartment(['Delivery', 'Engineering']);
    this.clientsAt = random.save();
  }

  /** The CRM's part: clients with their contacts, contracts and deals, `perChunk` clients at a time. */
  *crm(perChunk = CLIENTS_PER_CHUNK): Generator<CrmChunk> {
    let chunk: CrmChunk = { clients: [], contacts: [], contracts: [], deals: [] };
    for (const planned of this.clientLoop()) {
      chunk.clients.push(planned.client);
      chunk.contacts.push(...planned.contacts);
      chunk.contracts.push(...planned.contracts);
      chunk.deals.push(...planned.deals);
      if (chunk.clients.length >= perChunk) {
        yield chunk;
        chunk = { clients: [], contacts: [], contracts: [], deals: [] };
      }
    }
    if (chunk.clients.length) yield chunk;
  }

  /** Accounting's part: invoices (numbered per year in issue order) with their lines and payments. */
  *invoices(perChunk = INVOICES_PER_CHUNK): Generator<PlannedInvoice[]> {
    const { numbers } = this.numbered();
    let chunk: PlannedInvoice[] = [];
    let index = 0;
    for (const invoice of this.invoiceLoop()) {
      invoice.number = invoice.issueDate
        ? `INV-${invoice.issueDate.slice(0, 4)}-${String(numbers[index]).padStart(5, '0')}`
        : `DRAFT-${invoice.id.slice(4, 12).toUpperCase()}`;
      index += 1;
      chunk.push(invoice);
      if (chunk.length >= perChunk) {
        yield chunk;
        chunk = [];
      }
    }
    if (chunk.length) yield chunk;
  }

  /** The projects domain's part: projects with their tasks and time entries. */
  *projects(perChunk = PROJECTS_PER_CHUNK): Generator<PlannedProject[]> {
    let chunk: PlannedProject[] = [];
    for (const project of this.projectLoop()) {
      chunk.push(project);
      if (chunk.length >= perChunk) {
        yield chunk;
        chunk = [];
      }
    }
    if (chunk.length) yield chunk;
  }

  /** Who can be billed and served, found by running through the clients once. */
  private billed(): NonNullable<DemoCompany['billing']> {
    if (this.billing) return this.billing;
    const billable: PlannedClient[] = [];
    const served: PlannedClient[] = [];
    const currencyOf = new Map<string, string>();
    const loop = this.clientLoop();
    for (let next = loop.next(); ; next = loop.next()) {
      if (next.done) {
        this.billing = { billable, served, currencyOf, invoicesAt: next.value };
        return this.billing;
      }
      const { client, currency } = next.value;
      if (client.status !== 'PROSPECT') billable.push(client);
      if (client.status === 'ACTIVE') served.push(client);
      currencyOf.set(client.id, currency);
    }
  }

  /**
   * Each invoice's number within its year: issued invoices are numbered in (issue date, id)
   * order, as they would have been given out. One pass keeps only a date and the id's value
   * per invoice (typed arrays), never the invoices.
   */
  private numbered(): NonNullable<DemoCompany['numbering']> {
    if (this.numbering) return this.numbering;
    const count = this.size.invoices;
    const day = new Int32Array(count);
    const high = new Float64Array(count);
    const low = new Uint32Array(count);
    const issued: number[] = [];
    let index = 0;
    const loop = this.invoiceLoop();
    let next = loop.next();
    for (; !next.done; next = loop.next(), index++) {
      const invoice = next.value;
      if (!invoice.issueDate) continue;
      day[index] = Number(invoice.issueDate.replaceAll('-', ''));
      // 'inv_' and 16 characters: the first ten as one exact number (50 bits), the last six as another.
      high[index] = idValue(invoice.id, 4, 14);
      low[index] = idValue(invoice.id, 14, 20);
      issued.push(index);
    }
    const order = Uint32Array.from(issued).sort(
      (a, b) => (day[a] ?? 0) - (day[b] ?? 0) || (high[a] ?? 0) - (high[b] ?? 0) || (low[a] ?? 0) - (low[b] ?? 0),
    );
    const numbers = new Uint32Array(count);
    const sequence = new Map<number, number>();
    for (const i of order) {
      const year = Math.floor((day[i] ?? 0) / 10_000);
      const number = (sequence.get(year) ?? 0) + 1;
      sequence.set(year, number);
      numbers[i] = number;
    }
    this.numbering = { numbers, projectsAt: next.value };
    return this.numbering;
  }

  /** Every client in plan order; returns where the random stream stands after the last. */
  private *clientLoop(): Generator<
    { client: PlannedClient; currency: string; contacts: CrmChunk['contacts']; contracts: CrmChunk['contracts']; deals: CrmChunk['deals'] },
    number
  > {
    const random = Random.resume(this.clientsAt);
    const { today, size, accountManagers } = this;
    const id = (prefix: string) => `${prefix}_${random.idPart()}`;
    const addDays = calendar(); // shadows the import: the same dates, remembered
    const person = () => `${random.pick(FIRST)} ${random.pick(LAST)}`;
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
      const currency = random.chance(0.85) ? (CURRENCY_OF[country] ?? 'USD') : 'USD';
      const contacts: CrmChunk['contacts'] = [];
      const contracts: CrmChunk['contracts'] = [];
      const deals: CrmChunk['deals'] = [];
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
      yield { client, currency, contacts, contracts, deals };
    }
    return random.save();
  }

  /** Every invoice in plan order, not yet numbered; returns where the random stream stands after the last. */
  private *invoiceLoop(): Generator<PlannedInvoice, number> {
    const { billable, currencyOf, invoicesAt } = this.billed();
    const random = Random.resume(invoicesAt);
    const { today, size, reportingCurrency } = this;
    const id = (prefix: string) => `${prefix}_${random.idPart()}`;
    const addDays = calendar(); // shadows the import: the same dates, remembered
    // One rate per currency pair, looked up once rather than per invoice.
    const rates = new Map<string, string | null>();
    const rateOf = (currency: string) => {
      if (!rates.has(currency)) rates.set(currency, exchangeRate(currency, reportingCurrency));
      return rates.get(currency) ?? null;
    };
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
      const status: PlannedInvoice['status'] =
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
      const rate = issued ? rateOf(currency) : null;
      const payments: PlannedInvoice['payments'] = [];
      if (status === 'PAID') {
        payments.push({ id: id('pay'), amountMinor: totalMinor, paidOn: addDays(issueDate, Math.min(random.int(5, 45), age)) });
      } else if (status === 'SENT' && random.chance(0.2)) {
        payments.push({ id: id('pay'), amountMinor: Math.floor(totalMinor / 2), paidOn: addDays(issueDate, Math.min(10, age)) });
      }
      yield {
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
      };
    }
    return random.save();
  }

  /** Every project in plan order, with its tasks and time entries. */
  private *projectLoop(): Generator<PlannedProject> {
    const { served } = this.billed();
    const random = Random.resume(this.numbered().projectsAt);
    const { today, size, projectLeads } = this;
    const id = (prefix: string) => `${prefix}_${random.idPart()}`;
    const addDays = calendar(); // shadows the import: the same dates, remembered
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
      // The team is drawn from the project leads' departments, as the lead is.
      const team = [lead, ...Array.from({ length: random.int(1, 3) }, () => random.pick(projectLeads))];
      const project: PlannedProject = {
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
      yield project;
    }
  }
}

/** `addDays`, remembered: a big company's dates fall on a few thousand days, and a Date per call is most of an invoice's cost. */
function calendar(): (isoDate: string, days: number) => string {
  const known = new Map<string, string>();
  return (isoDate, days) => {
    const key = `${isoDate}|${days}`;
    let date = known.get(key);
    if (date === undefined) {
      date = addDays(isoDate, days);
      known.set(key, date);
    }
    return date;
  };
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z]+/g, '');
}
