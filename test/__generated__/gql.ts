/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query ClientOverview($id: ID!) {\n  client(id: $id) {\n    id\n    name\n    status\n    accountManager {\n      id\n      name\n      email\n    }\n    revenue(months: 12) {\n      amount\n      currencyCode\n    }\n    outstanding {\n      amount\n      currencyCode\n    }\n    invoices(first: 5) {\n      edges {\n        node {\n          id\n          number\n          status\n          total {\n            amount\n            currencyCode\n          }\n          dueDate\n        }\n      }\n      totalCount\n    }\n    projects {\n      id\n      name\n      phase\n      health\n      lead {\n        name\n      }\n    }\n    renewal {\n      date\n      daysLeft\n      onTrack\n      risks\n    }\n  }\n  clients(first: 50) {\n    edges {\n      node {\n        id\n        name\n        revenue(months: 12) {\n          amount\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    totalCount\n  }\n}": typeof types.ClientOverviewDocument,
    "\n  query ClientPage($after: String) {\n    clients(first: 25, after: $after) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.ClientPageDocument,
    "\n  mutation AccountingCreateClient($n: String!) {\n    createClient(input: { name: $n }) {\n      id\n    }\n  }\n": typeof types.AccountingCreateClientDocument,
    "\n  fragment AccountingInvoiceFields on Invoice {\n    id\n    number\n    status\n    version\n    total {\n      amount\n      currencyCode\n    }\n  }\n": typeof types.AccountingInvoiceFieldsFragmentDoc,
    "\n  mutation AccountingCreateInvoice($input: CreateInvoiceInput!) {\n    createInvoice(input: $input) {\n      ...AccountingInvoiceFields\n    }\n  }\n": typeof types.AccountingCreateInvoiceDocument,
    "\n  mutation AccountingIssueInvoice($id: ID!, $input: IssueInvoiceInput, $v: Int) {\n    issueInvoice(id: $id, input: $input, expectedVersion: $v) {\n      ...AccountingInvoiceFields\n      issueDate\n      dueDate\n      exchangeRate\n    }\n  }\n": typeof types.AccountingIssueInvoiceDocument,
    "\n  mutation AccountingRecordPayment($id: ID!, $amount: Decimal!, $v: Int) {\n    recordPayment(invoiceId: $id, input: { amount: $amount, reference: \"wire\" }, expectedVersion: $v) {\n      ...AccountingInvoiceFields\n      amountPaid {\n        amount\n      }\n      balance {\n        amount\n      }\n    }\n  }\n": typeof types.AccountingRecordPaymentDocument,
    "\n  mutation AccountingVoidInvoice($id: ID!, $reason: String, $v: Int) {\n    voidInvoice(id: $id, reason: $reason, expectedVersion: $v) {\n      ...AccountingInvoiceFields\n      voidReason\n    }\n  }\n": typeof types.AccountingVoidInvoiceDocument,
    "\n  query AccountingInvoiceState($id: ID!) {\n    invoice(id: $id) {\n      status\n      version\n      amountPaid {\n        amount\n      }\n      payments {\n        id\n        amount {\n          amount\n        }\n      }\n      voidReason\n      number\n    }\n  }\n": typeof types.AccountingInvoiceStateDocument,
    "\n  query AccountingInvoiceCount {\n    invoices {\n      totalCount\n    }\n  }\n": typeof types.AccountingInvoiceCountDocument,
    "\n      query AccountingInvoiceDetail($id: ID!) {\n        invoice(id: $id) {\n          client {\n            id\n          }\n          currencyCode\n          lines {\n            description\n            quantity\n            unitPrice {\n              amount\n              currencyCode\n            }\n            amount {\n              amount\n            }\n          }\n          amountPaid {\n            amount\n          }\n          balance {\n            amount\n          }\n          overdue\n          issueDate\n          dueDate\n          exchangeRate\n          payments {\n            id\n          }\n          voidReason\n        }\n      }\n    ": typeof types.AccountingInvoiceDetailDocument,
    "\n      query AccountingInvoicePayments($id: ID!) {\n        invoice(id: $id) {\n          payments {\n            amount {\n              amount\n              currencyCode\n            }\n            paidOn\n            reference\n          }\n        }\n      }\n    ": typeof types.AccountingInvoicePaymentsDocument,
    "\n      mutation AccountingPayOn($id: ID!, $on: Date) {\n        recordPayment(invoiceId: $id, input: { amount: \"40\", paidOn: $on }) {\n          status\n        }\n      }\n    ": typeof types.AccountingPayOnDocument,
    "\n      query AccountingPaymentDates($id: ID!) {\n        invoice(id: $id) {\n          payments {\n            paidOn\n          }\n        }\n      }\n    ": typeof types.AccountingPaymentDatesDocument,
    "\n      fragment AccountingClientRevenue on Client {\n        m1: revenue(months: 1) {\n          amount\n          currencyCode\n        }\n        m3: revenue(months: 3) {\n          amount\n        }\n        m12: revenue {\n          amount\n        }\n        m24: revenue(months: 24) {\n          amount\n        }\n      }\n    ": typeof types.AccountingClientRevenueFragmentDoc,
    "\n      query AccountingExchangeRate($id: ID!) {\n        invoice(id: $id) {\n          exchangeRate\n        }\n      }\n    ": typeof types.AccountingExchangeRateDocument,
    "\n      fragment AccountingClientRevenueOverMonths on Client {\n        revenue(months: $m) {\n          amount\n        }\n      }\n    ": typeof types.AccountingClientRevenueOverMonthsFragmentDoc,
    "\n      fragment AccountingClientMoney on Client {\n        revenue {\n          amount\n          currencyCode\n        }\n        outstanding {\n          amount\n        }\n        overdue {\n          amount\n        }\n      }\n    ": typeof types.AccountingClientMoneyFragmentDoc,
    "\n        fragment AccountingClientRecentRevenue on Client {\n          m1: revenue(months: 1) {\n            amount\n          }\n          m12: revenue {\n            amount\n          }\n        }\n      ": typeof types.AccountingClientRecentRevenueFragmentDoc,
    "\n      fragment AccountingClientBalances on Client {\n        outstanding {\n          amount\n          currencyCode\n        }\n        overdue {\n          amount\n          currencyCode\n        }\n      }\n    ": typeof types.AccountingClientBalancesFragmentDoc,
    "\n      query AccountingOverdueFlags($a: ID!, $b: ID!) {\n        a: invoice(id: $a) {\n          overdue\n        }\n        b: invoice(id: $b) {\n          overdue\n        }\n      }\n    ": typeof types.AccountingOverdueFlagsDocument,
    "\n      query AccountingOverdueStatus($a: ID!) {\n        invoice(id: $a) {\n          overdue\n          status\n        }\n      }\n    ": typeof types.AccountingOverdueStatusDocument,
    "\n      query AccountingClientInvoices($c: ID!) {\n        invoices(clientId: $c) {\n          edges {\n            node {\n              id\n              createdAt\n            }\n          }\n          totalCount\n        }\n      }\n    ": typeof types.AccountingClientInvoicesDocument,
    "\n        fragment AccountingClientInvoicePage on Client {\n          id\n          invoices(first: 4, after: $after, status: $status) {\n            edges {\n              node {\n                id\n                client {\n                  id\n                }\n              }\n            }\n            pageInfo {\n              hasNextPage\n              endCursor\n            }\n            totalCount\n          }\n        }\n      ": typeof types.AccountingClientInvoicePageFragmentDoc,
    "\n      query AccountingDraftPage($c: ID!) {\n        invoices(first: 2, clientId: $c, status: DRAFT) {\n          edges {\n            cursor\n          }\n          pageInfo {\n            hasNextPage\n          }\n          totalCount\n        }\n      }\n    ": typeof types.AccountingDraftPageDocument,
    "\n      query AccountingInvoicesAfterNonsense {\n        invoices(after: \"nonsense\") {\n          totalCount\n        }\n      }\n    ": typeof types.AccountingInvoicesAfterNonsenseDocument,
    "\n        fragment AccountingClientEverything on Client {\n          id\n          revenue {\n            amount\n          }\n          r3: revenue(months: 3) {\n            amount\n          }\n          outstanding {\n            amount\n          }\n          overdue {\n            amount\n          }\n          invoices(first: 5) {\n            totalCount\n            edges {\n              node {\n                total {\n                  amount\n                }\n                amountPaid {\n                  amount\n                }\n                lines {\n                  amount {\n                    amount\n                  }\n                }\n                payments {\n                  id\n                }\n              }\n            }\n          }\n        }\n      ": typeof types.AccountingClientEverythingFragmentDoc,
    "\n      fragment AccountingInvoiceBalance on Invoice {\n        id\n        status\n        balance {\n          amount\n          currencyCode\n        }\n        overdue\n      }\n    ": typeof types.AccountingInvoiceBalanceFragmentDoc,
    "\n      query AccountingReportingCurrency {\n        reportingCurrency\n      }\n    ": typeof types.AccountingReportingCurrencyDocument,
    "\n        query AccountingInvoiceTotal {\n          invoices(first: 0) {\n            totalCount\n          }\n        }\n      ": typeof types.AccountingInvoiceTotalDocument,
    "\n        fragment AccountingClientRevenueOutstanding on Client {\n          id\n          revenue {\n            amount\n          }\n          outstanding {\n            amount\n          }\n        }\n      ": typeof types.AccountingClientRevenueOutstandingFragmentDoc,
    "\n  mutation CrmCreateClient($input: CreateClientInput!) {\n    createClient(input: $input) {\n      id\n      name\n      status\n      version\n      domain\n      country\n    }\n  }\n": typeof types.CrmCreateClientDocument,
    "\n  query CrmClientName($id: ID!) {\n    client(id: $id) {\n      id\n      name\n    }\n  }\n": typeof types.CrmClientNameDocument,
    "\n  mutation CrmUpdateIndustry($id: ID!, $industry: String, $v: Int) {\n    updateClient(id: $id, input: { industry: $industry }, expectedVersion: $v) {\n      version\n      industry\n    }\n  }\n": typeof types.CrmUpdateIndustryDocument,
    "\n  query CrmClientIndustry($id: ID!) {\n    client(id: $id) {\n      version\n      industry\n    }\n  }\n": typeof types.CrmClientIndustryDocument,
    "\n  mutation CrmChangeClientStatus($id: ID!, $s: ClientStatus!) {\n    changeClientStatus(id: $id, status: $s) {\n      status\n    }\n  }\n": typeof types.CrmChangeClientStatusDocument,
    "\n  mutation CrmCreatePilotDeal($id: ID!) {\n    createDeal(clientId: $id, input: { title: \"Pilot\", amount: { amount: \"12000.50\", currencyCode: \"EUR\" } }) {\n      id\n      stage\n      amount {\n        amount\n        currencyCode\n      }\n    }\n  }\n": typeof types.CrmCreatePilotDealDocument,
    "\n  mutation CrmWinDeal($id: ID!) {\n    moveDeal(id: $id, stage: WON) {\n      stage\n    }\n  }\n": typeof types.CrmWinDealDocument,
    "\n  mutation CrmCreateContract($id: ID!, $input: CreateContractInput!) {\n    createContract(clientId: $id, input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.CrmCreateContractDocument,
    "\n  mutation CrmActivateContract($id: ID!) {\n    activateContract(id: $id) {\n      status\n    }\n  }\n": typeof types.CrmActivateContractDocument,
    "\n  mutation CrmRenewContract($id: ID!) {\n    renewContract(id: $id) {\n      status\n      startDate\n      endDate\n      renews {\n        id\n        status\n      }\n    }\n  }\n": typeof types.CrmRenewContractDocument,
    "\n  fragment CrmClientRenewal on Client {\n    id\n    renewal {\n      date\n      onTrack\n      risks\n    }\n  }\n": typeof types.CrmClientRenewalFragmentDoc,
    "\n  query CrmContractState($id: ID!) {\n    contract(id: $id) {\n      status\n      version\n    }\n  }\n": typeof types.CrmContractStateDocument,
    "\n              mutation CrmActivateClientOfWrongKind {\n                changeClientStatus(id: \"emp_0000000000000000\", status: ACTIVE) {\n                  id\n                }\n              }\n            ": typeof types.CrmActivateClientOfWrongKindDocument,
    "\n              mutation CrmActivateClientAtVersionZero($id: ID!) {\n                changeClientStatus(id: $id, status: ACTIVE, expectedVersion: 0) {\n                  id\n                }\n              }\n            ": typeof types.CrmActivateClientAtVersionZeroDocument,
    "\n              mutation CrmCreateHugeDeal($id: ID!) {\n                createDeal(clientId: $id, input: { title: \"Huge\", amount: { amount: \"123456789012345678.99\", currencyCode: \"USD\" } }) {\n                  id\n                }\n              }\n            ": typeof types.CrmCreateHugeDealDocument,
    "\n              mutation CrmActivateContractOfWrongKind {\n                activateContract(id: \"cli_0000000000000000\") {\n                  id\n                }\n              }\n            ": typeof types.CrmActivateContractOfWrongKindDocument,
    "\n  mutation HrHireEmployee($input: HireEmployeeInput!) {\n    hireEmployee(input: $input) {\n      id\n      name\n      email\n      title\n      status\n      version\n      capacityHoursPerWeek\n      startDate\n      department {\n        id\n        name\n      }\n      manager {\n        id\n        name\n      }\n    }\n  }\n": typeof types.HrHireEmployeeDocument,
    "\n  mutation HrChangeEmployeeStatus($id: ID!, $status: EmployeeStatus!, $v: Int) {\n    changeEmployeeStatus(id: $id, status: $status, expectedVersion: $v) {\n      status\n      version\n    }\n  }\n": typeof types.HrChangeEmployeeStatusDocument,
    "\n  mutation HrUpdateEmployee($id: ID!, $input: UpdateEmployeeInput!, $v: Int) {\n    updateEmployee(id: $id, input: $input, expectedVersion: $v) {\n      name\n      email\n      title\n      version\n      capacityHoursPerWeek\n      department {\n        id\n      }\n      manager {\n        id\n      }\n    }\n  }\n": typeof types.HrUpdateEmployeeDocument,
    "\n  query HrCount {\n    employees {\n      totalCount\n    }\n    departments {\n      id\n    }\n  }\n": typeof types.HrCountDocument,
    "\n  mutation HrCreateDepartment($name: String!) {\n    createDepartment(input: { name: $name }) {\n      id\n      name\n      version\n    }\n  }\n": typeof types.HrCreateDepartmentDocument,
    "\n  query HrDepartmentNames {\n    departments {\n      name\n    }\n  }\n": typeof types.HrDepartmentNamesDocument,
    "\n        query HrEmployeeTeam($id: ID!) {\n          employee(id: $id) {\n            name\n            reports {\n              id\n            }\n            department {\n              employees {\n                name\n              }\n            }\n          }\n        }\n      ": typeof types.HrEmployeeTeamDocument,
    "\n      query HrMissingEmployee {\n        employee(id: \"emp_doesnotexist00\") {\n          id\n        }\n      }\n    ": typeof types.HrMissingEmployeeDocument,
    "\n        query HrEmployeeEmail($id: ID!) {\n          employee(id: $id) {\n            email\n            version\n          }\n        }\n      ": typeof types.HrEmployeeEmailDocument,
    "\n        query HrEmployeeStatus($id: ID!) {\n          employee(id: $id) {\n            status\n            version\n          }\n        }\n      ": typeof types.HrEmployeeStatusDocument,
    "\n        query HrEmployeeTitle($id: ID!) {\n          employee(id: $id) {\n            title\n            status\n            version\n          }\n        }\n      ": typeof types.HrEmployeeTitleDocument,
    "\n        query HrEmployeeVersion($id: ID!) {\n          employee(id: $id) {\n            version\n          }\n        }\n      ": typeof types.HrEmployeeVersionDocument,
    "\n        query HrEmployeeManager($id: ID!) {\n          employee(id: $id) {\n            version\n            manager {\n              id\n            }\n          }\n        }\n      ": typeof types.HrEmployeeManagerDocument,
    "\n      query HrEmployeePage($first: Int, $after: String, $status: EmployeeStatus, $dep: ID) {\n        employees(first: $first, after: $after, status: $status, departmentId: $dep) {\n          edges {\n            cursor\n            node {\n              id\n              name\n            }\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          totalCount\n        }\n      }\n    ": typeof types.HrEmployeePageDocument,
    "\n      fragment HrEmployeeCapacity on Employee {\n        id\n        status\n        capacityHoursPerWeek\n      }\n    ": typeof types.HrEmployeeCapacityFragmentDoc,
    "\n        mutation HrCreateManagedClient($m: ID) {\n          createClient(input: { name: \"Acme\", accountManagerId: $m }) {\n            accountManager {\n              id\n            }\n          }\n        }\n      ": typeof types.HrCreateManagedClientDocument,
    "\n        query HrEmployeesWithRelations($first: Int) {\n          employees(first: $first) {\n            totalCount\n            edges {\n              node {\n                id\n                email\n                createdAt\n                manager {\n                  id\n                  reports {\n                    id\n                  }\n                }\n                department {\n                  name\n                  employees {\n                    id\n                  }\n                }\n                reports {\n                  id\n                }\n              }\n            }\n          }\n        }\n      ": typeof types.HrEmployeesWithRelationsDocument,
    "\n  mutation ProjectsCreateClient($name: String!) {\n    createClient(input: { name: $name }) {\n      id\n    }\n  }\n": typeof types.ProjectsCreateClientDocument,
    "\n  mutation ProjectsHireEmployee($name: String!, $email: String!) {\n    hireEmployee(input: { name: $name, email: $email }) {\n      id\n    }\n  }\n": typeof types.ProjectsHireEmployeeDocument,
    "\n  mutation ProjectsTerminateEmployee($id: ID!) {\n    changeEmployeeStatus(id: $id, status: TERMINATED) {\n      status\n    }\n  }\n": typeof types.ProjectsTerminateEmployeeDocument,
    "\n  mutation ProjectsCreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      id\n      name\n      phase\n      health\n      budgetHours\n      hoursLogged\n      startDate\n      endDate\n      version\n      client {\n        id\n      }\n      lead {\n        id\n      }\n    }\n  }\n": typeof types.ProjectsCreateProjectDocument,
    "\n  mutation ProjectsAdvanceProject($id: ID!, $phase: ProjectPhase!, $v: Int) {\n    advanceProject(id: $id, phase: $phase, expectedVersion: $v) {\n      phase\n      version\n    }\n  }\n": typeof types.ProjectsAdvanceProjectDocument,
    "\n  mutation ProjectsSetHealth($id: ID!, $h: Health!, $note: String, $v: Int) {\n    setProjectHealth(id: $id, health: $h, note: $note, expectedVersion: $v) {\n      health\n      healthNote\n      version\n    }\n  }\n": typeof types.ProjectsSetHealthDocument,
    "\n  mutation ProjectsCreateTask($p: ID!, $input: CreateTaskInput!) {\n    createTask(projectId: $p, input: $input) {\n      id\n      title\n      status\n      estimateHours\n      version\n      assignee {\n        id\n      }\n      project {\n        id\n      }\n    }\n  }\n": typeof types.ProjectsCreateTaskDocument,
    "\n  mutation ProjectsNewTask($p: ID!, $input: CreateTaskInput!) {\n    createTask(projectId: $p, input: $input) {\n      id\n    }\n  }\n": typeof types.ProjectsNewTaskDocument,
    "\n  mutation ProjectsLogTime($input: LogTimeInput!) {\n    logTime(input: $input) {\n      id\n      hours\n      billable\n      date\n      note\n      task {\n        id\n      }\n      employee {\n        id\n      }\n      project {\n        id\n      }\n      createdAt\n    }\n  }\n": typeof types.ProjectsLogTimeDocument,
    "\n  query ProjectsCount {\n    projects {\n      totalCount\n    }\n  }\n": typeof types.ProjectsCountDocument,
    "\n  query ProjectsTimeOf($id: ID!) {\n    project(id: $id) {\n      hoursLogged\n      timeEntries {\n        totalCount\n      }\n    }\n  }\n": typeof types.ProjectsTimeOfDocument,
    "\n      fragment ProjectsProjectName on Project {\n        id\n        name\n      }\n    ": typeof types.ProjectsProjectNameFragmentDoc,
    "\n      query ProjectsPhaseVersion($id: ID!) {\n        project(id: $id) {\n          phase\n          version\n        }\n      }\n    ": typeof types.ProjectsPhaseVersionDocument,
    "\n      mutation ProjectsSetRed($id: ID!, $v: Int) {\n        setProjectHealth(id: $id, health: RED, expectedVersion: $v) {\n          id\n        }\n      }\n    ": typeof types.ProjectsSetRedDocument,
    "\n      query ProjectsState($id: ID!) {\n        project(id: $id) {\n          phase\n          health\n          version\n        }\n      }\n    ": typeof types.ProjectsStateDocument,
    "\n      query ProjectsHealth($id: ID!) {\n        project(id: $id) {\n          health\n          healthNote\n        }\n      }\n    ": typeof types.ProjectsHealthDocument,
    "\n      query ProjectsTaskTitles($id: ID!) {\n        project(id: $id) {\n          tasks {\n            title\n          }\n        }\n      }\n    ": typeof types.ProjectsTaskTitlesDocument,
    "\n      fragment ProjectsClientDelivery on Client {\n        id\n        deliveryHealth\n        projects {\n          name\n        }\n        open: projects(includeClosed: false) {\n          name\n        }\n      }\n    ": typeof types.ProjectsClientDeliveryFragmentDoc,
    "\n      fragment ProjectsEmployeeAssignments on Employee {\n        id\n        assignments {\n          id\n          name\n        }\n      }\n    ": typeof types.ProjectsEmployeeAssignmentsFragmentDoc,
    "\n      fragment ProjectsEmployeeUtilisation on Employee {\n        id\n        utilisation\n        four: utilisation(weeks: 4)\n        one: utilisation(weeks: 1)\n      }\n    ": typeof types.ProjectsEmployeeUtilisationFragmentDoc,
    "\n      fragment ProjectsEmployeeUtilisationOverWeeks on Employee {\n        utilisation(weeks: $w)\n      }\n    ": typeof types.ProjectsEmployeeUtilisationOverWeeksFragmentDoc,
    "\n      query ProjectsPage($c: ID, $after: String, $phase: ProjectPhase) {\n        projects(first: 2, after: $after, clientId: $c, phase: $phase) {\n          edges {\n            cursor\n            node {\n              name\n            }\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          totalCount\n        }\n      }\n    ": typeof types.ProjectsPageDocument,
    "\n      query ProjectsWithTimeEntries($c: ID, $after: String) {\n        projects(clientId: $c) {\n          edges {\n            node {\n              name\n              hoursLogged\n              tasks {\n                title\n              }\n              lead {\n                id\n              }\n              client {\n                id\n              }\n              timeEntries(first: 2, after: $after) {\n                edges {\n                  node {\n                    date\n                    hours\n                  }\n                }\n                pageInfo {\n                  hasNextPage\n                  endCursor\n                }\n                totalCount\n              }\n            }\n          }\n        }\n      }\n    ": typeof types.ProjectsWithTimeEntriesDocument,
    "\n      query ProjectsProjectTimeEntries($id: ID!, $after: String) {\n        project(id: $id) {\n          timeEntries(first: 2, after: $after) {\n            edges {\n              node {\n                date\n              }\n            }\n            pageInfo {\n              hasNextPage\n            }\n            totalCount\n          }\n        }\n      }\n    ": typeof types.ProjectsProjectTimeEntriesDocument,
    "\n          query ProjectsSeeded {\n            projects(first: 500) {\n              totalCount\n              edges {\n                node {\n                  id\n                  hoursLogged\n                  tasks {\n                    id\n                  }\n                  timeEntries {\n                    totalCount\n                  }\n                }\n              }\n            }\n          }\n        ": typeof types.ProjectsSeededDocument,
};
const documents: Documents = {
    "query ClientOverview($id: ID!) {\n  client(id: $id) {\n    id\n    name\n    status\n    accountManager {\n      id\n      name\n      email\n    }\n    revenue(months: 12) {\n      amount\n      currencyCode\n    }\n    outstanding {\n      amount\n      currencyCode\n    }\n    invoices(first: 5) {\n      edges {\n        node {\n          id\n          number\n          status\n          total {\n            amount\n            currencyCode\n          }\n          dueDate\n        }\n      }\n      totalCount\n    }\n    projects {\n      id\n      name\n      phase\n      health\n      lead {\n        name\n      }\n    }\n    renewal {\n      date\n      daysLeft\n      onTrack\n      risks\n    }\n  }\n  clients(first: 50) {\n    edges {\n      node {\n        id\n        name\n        revenue(months: 12) {\n          amount\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    totalCount\n  }\n}": types.ClientOverviewDocument,
    "\n  query ClientPage($after: String) {\n    clients(first: 25, after: $after) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.ClientPageDocument,
    "\n  mutation AccountingCreateClient($n: String!) {\n    createClient(input: { name: $n }) {\n      id\n    }\n  }\n": types.AccountingCreateClientDocument,
    "\n  fragment AccountingInvoiceFields on Invoice {\n    id\n    number\n    status\n    version\n    total {\n      amount\n      currencyCode\n    }\n  }\n": types.AccountingInvoiceFieldsFragmentDoc,
    "\n  mutation AccountingCreateInvoice($input: CreateInvoiceInput!) {\n    createInvoice(input: $input) {\n      ...AccountingInvoiceFields\n    }\n  }\n": types.AccountingCreateInvoiceDocument,
    "\n  mutation AccountingIssueInvoice($id: ID!, $input: IssueInvoiceInput, $v: Int) {\n    issueInvoice(id: $id, input: $input, expectedVersion: $v) {\n      ...AccountingInvoiceFields\n      issueDate\n      dueDate\n      exchangeRate\n    }\n  }\n": types.AccountingIssueInvoiceDocument,
    "\n  mutation AccountingRecordPayment($id: ID!, $amount: Decimal!, $v: Int) {\n    recordPayment(invoiceId: $id, input: { amount: $amount, reference: \"wire\" }, expectedVersion: $v) {\n      ...AccountingInvoiceFields\n      amountPaid {\n        amount\n      }\n      balance {\n        amount\n      }\n    }\n  }\n": types.AccountingRecordPaymentDocument,
    "\n  mutation AccountingVoidInvoice($id: ID!, $reason: String, $v: Int) {\n    voidInvoice(id: $id, reason: $reason, expectedVersion: $v) {\n      ...AccountingInvoiceFields\n      voidReason\n    }\n  }\n": types.AccountingVoidInvoiceDocument,
    "\n  query AccountingInvoiceState($id: ID!) {\n    invoice(id: $id) {\n      status\n      version\n      amountPaid {\n        amount\n      }\n      payments {\n        id\n        amount {\n          amount\n        }\n      }\n      voidReason\n      number\n    }\n  }\n": types.AccountingInvoiceStateDocument,
    "\n  query AccountingInvoiceCount {\n    invoices {\n      totalCount\n    }\n  }\n": types.AccountingInvoiceCountDocument,
    "\n      query AccountingInvoiceDetail($id: ID!) {\n        invoice(id: $id) {\n          client {\n            id\n          }\n          currencyCode\n          lines {\n            description\n            quantity\n            unitPrice {\n              amount\n              currencyCode\n            }\n            amount {\n              amount\n            }\n          }\n          amountPaid {\n            amount\n          }\n          balance {\n            amount\n          }\n          overdue\n          issueDate\n          dueDate\n          exchangeRate\n          payments {\n            id\n          }\n          voidReason\n        }\n      }\n    ": types.AccountingInvoiceDetailDocument,
    "\n      query AccountingInvoicePayments($id: ID!) {\n        invoice(id: $id) {\n          payments {\n            amount {\n              amount\n              currencyCode\n            }\n            paidOn\n            reference\n          }\n        }\n      }\n    ": types.AccountingInvoicePaymentsDocument,
    "\n      mutation AccountingPayOn($id: ID!, $on: Date) {\n        recordPayment(invoiceId: $id, input: { amount: \"40\", paidOn: $on }) {\n          status\n        }\n      }\n    ": types.AccountingPayOnDocument,
    "\n      query AccountingPaymentDates($id: ID!) {\n        invoice(id: $id) {\n          payments {\n            paidOn\n          }\n        }\n      }\n    ": types.AccountingPaymentDatesDocument,
    "\n      fragment AccountingClientRevenue on Client {\n        m1: revenue(months: 1) {\n          amount\n          currencyCode\n        }\n        m3: revenue(months: 3) {\n          amount\n        }\n        m12: revenue {\n          amount\n        }\n        m24: revenue(months: 24) {\n          amount\n        }\n      }\n    ": types.AccountingClientRevenueFragmentDoc,
    "\n      query AccountingExchangeRate($id: ID!) {\n        invoice(id: $id) {\n          exchangeRate\n        }\n      }\n    ": types.AccountingExchangeRateDocument,
    "\n      fragment AccountingClientRevenueOverMonths on Client {\n        revenue(months: $m) {\n          amount\n        }\n      }\n    ": types.AccountingClientRevenueOverMonthsFragmentDoc,
    "\n      fragment AccountingClientMoney on Client {\n        revenue {\n          amount\n          currencyCode\n        }\n        outstanding {\n          amount\n        }\n        overdue {\n          amount\n        }\n      }\n    ": types.AccountingClientMoneyFragmentDoc,
    "\n        fragment AccountingClientRecentRevenue on Client {\n          m1: revenue(months: 1) {\n            amount\n          }\n          m12: revenue {\n            amount\n          }\n        }\n      ": types.AccountingClientRecentRevenueFragmentDoc,
    "\n      fragment AccountingClientBalances on Client {\n        outstanding {\n          amount\n          currencyCode\n        }\n        overdue {\n          amount\n          currencyCode\n        }\n      }\n    ": types.AccountingClientBalancesFragmentDoc,
    "\n      query AccountingOverdueFlags($a: ID!, $b: ID!) {\n        a: invoice(id: $a) {\n          overdue\n        }\n        b: invoice(id: $b) {\n          overdue\n        }\n      }\n    ": types.AccountingOverdueFlagsDocument,
    "\n      query AccountingOverdueStatus($a: ID!) {\n        invoice(id: $a) {\n          overdue\n          status\n        }\n      }\n    ": types.AccountingOverdueStatusDocument,
    "\n      query AccountingClientInvoices($c: ID!) {\n        invoices(clientId: $c) {\n          edges {\n            node {\n              id\n              createdAt\n            }\n          }\n          totalCount\n        }\n      }\n    ": types.AccountingClientInvoicesDocument,
    "\n        fragment AccountingClientInvoicePage on Client {\n          id\n          invoices(first: 4, after: $after, status: $status) {\n            edges {\n              node {\n                id\n                client {\n                  id\n                }\n              }\n            }\n            pageInfo {\n              hasNextPage\n              endCursor\n            }\n            totalCount\n          }\n        }\n      ": types.AccountingClientInvoicePageFragmentDoc,
    "\n      query AccountingDraftPage($c: ID!) {\n        invoices(first: 2, clientId: $c, status: DRAFT) {\n          edges {\n            cursor\n          }\n          pageInfo {\n            hasNextPage\n          }\n          totalCount\n        }\n      }\n    ": types.AccountingDraftPageDocument,
    "\n      query AccountingInvoicesAfterNonsense {\n        invoices(after: \"nonsense\") {\n          totalCount\n        }\n      }\n    ": types.AccountingInvoicesAfterNonsenseDocument,
    "\n        fragment AccountingClientEverything on Client {\n          id\n          revenue {\n            amount\n          }\n          r3: revenue(months: 3) {\n            amount\n          }\n          outstanding {\n            amount\n          }\n          overdue {\n            amount\n          }\n          invoices(first: 5) {\n            totalCount\n            edges {\n              node {\n                total {\n                  amount\n                }\n                amountPaid {\n                  amount\n                }\n                lines {\n                  amount {\n                    amount\n                  }\n                }\n                payments {\n                  id\n                }\n              }\n            }\n          }\n        }\n      ": types.AccountingClientEverythingFragmentDoc,
    "\n      fragment AccountingInvoiceBalance on Invoice {\n        id\n        status\n        balance {\n          amount\n          currencyCode\n        }\n        overdue\n      }\n    ": types.AccountingInvoiceBalanceFragmentDoc,
    "\n      query AccountingReportingCurrency {\n        reportingCurrency\n      }\n    ": types.AccountingReportingCurrencyDocument,
    "\n        query AccountingInvoiceTotal {\n          invoices(first: 0) {\n            totalCount\n          }\n        }\n      ": types.AccountingInvoiceTotalDocument,
    "\n        fragment AccountingClientRevenueOutstanding on Client {\n          id\n          revenue {\n            amount\n          }\n          outstanding {\n            amount\n          }\n        }\n      ": types.AccountingClientRevenueOutstandingFragmentDoc,
    "\n  mutation CrmCreateClient($input: CreateClientInput!) {\n    createClient(input: $input) {\n      id\n      name\n      status\n      version\n      domain\n      country\n    }\n  }\n": types.CrmCreateClientDocument,
    "\n  query CrmClientName($id: ID!) {\n    client(id: $id) {\n      id\n      name\n    }\n  }\n": types.CrmClientNameDocument,
    "\n  mutation CrmUpdateIndustry($id: ID!, $industry: String, $v: Int) {\n    updateClient(id: $id, input: { industry: $industry }, expectedVersion: $v) {\n      version\n      industry\n    }\n  }\n": types.CrmUpdateIndustryDocument,
    "\n  query CrmClientIndustry($id: ID!) {\n    client(id: $id) {\n      version\n      industry\n    }\n  }\n": types.CrmClientIndustryDocument,
    "\n  mutation CrmChangeClientStatus($id: ID!, $s: ClientStatus!) {\n    changeClientStatus(id: $id, status: $s) {\n      status\n    }\n  }\n": types.CrmChangeClientStatusDocument,
    "\n  mutation CrmCreatePilotDeal($id: ID!) {\n    createDeal(clientId: $id, input: { title: \"Pilot\", amount: { amount: \"12000.50\", currencyCode: \"EUR\" } }) {\n      id\n      stage\n      amount {\n        amount\n        currencyCode\n      }\n    }\n  }\n": types.CrmCreatePilotDealDocument,
    "\n  mutation CrmWinDeal($id: ID!) {\n    moveDeal(id: $id, stage: WON) {\n      stage\n    }\n  }\n": types.CrmWinDealDocument,
    "\n  mutation CrmCreateContract($id: ID!, $input: CreateContractInput!) {\n    createContract(clientId: $id, input: $input) {\n      id\n      status\n    }\n  }\n": types.CrmCreateContractDocument,
    "\n  mutation CrmActivateContract($id: ID!) {\n    activateContract(id: $id) {\n      status\n    }\n  }\n": types.CrmActivateContractDocument,
    "\n  mutation CrmRenewContract($id: ID!) {\n    renewContract(id: $id) {\n      status\n      startDate\n      endDate\n      renews {\n        id\n        status\n      }\n    }\n  }\n": types.CrmRenewContractDocument,
    "\n  fragment CrmClientRenewal on Client {\n    id\n    renewal {\n      date\n      onTrack\n      risks\n    }\n  }\n": types.CrmClientRenewalFragmentDoc,
    "\n  query CrmContractState($id: ID!) {\n    contract(id: $id) {\n      status\n      version\n    }\n  }\n": types.CrmContractStateDocument,
    "\n              mutation CrmActivateClientOfWrongKind {\n                changeClientStatus(id: \"emp_0000000000000000\", status: ACTIVE) {\n                  id\n                }\n              }\n            ": types.CrmActivateClientOfWrongKindDocument,
    "\n              mutation CrmActivateClientAtVersionZero($id: ID!) {\n                changeClientStatus(id: $id, status: ACTIVE, expectedVersion: 0) {\n                  id\n                }\n              }\n            ": types.CrmActivateClientAtVersionZeroDocument,
    "\n              mutation CrmCreateHugeDeal($id: ID!) {\n                createDeal(clientId: $id, input: { title: \"Huge\", amount: { amount: \"123456789012345678.99\", currencyCode: \"USD\" } }) {\n                  id\n                }\n              }\n            ": types.CrmCreateHugeDealDocument,
    "\n              mutation CrmActivateContractOfWrongKind {\n                activateContract(id: \"cli_0000000000000000\") {\n                  id\n                }\n              }\n            ": types.CrmActivateContractOfWrongKindDocument,
    "\n  mutation HrHireEmployee($input: HireEmployeeInput!) {\n    hireEmployee(input: $input) {\n      id\n      name\n      email\n      title\n      status\n      version\n      capacityHoursPerWeek\n      startDate\n      department {\n        id\n        name\n      }\n      manager {\n        id\n        name\n      }\n    }\n  }\n": types.HrHireEmployeeDocument,
    "\n  mutation HrChangeEmployeeStatus($id: ID!, $status: EmployeeStatus!, $v: Int) {\n    changeEmployeeStatus(id: $id, status: $status, expectedVersion: $v) {\n      status\n      version\n    }\n  }\n": types.HrChangeEmployeeStatusDocument,
    "\n  mutation HrUpdateEmployee($id: ID!, $input: UpdateEmployeeInput!, $v: Int) {\n    updateEmployee(id: $id, input: $input, expectedVersion: $v) {\n      name\n      email\n      title\n      version\n      capacityHoursPerWeek\n      department {\n        id\n      }\n      manager {\n        id\n      }\n    }\n  }\n": types.HrUpdateEmployeeDocument,
    "\n  query HrCount {\n    employees {\n      totalCount\n    }\n    departments {\n      id\n    }\n  }\n": types.HrCountDocument,
    "\n  mutation HrCreateDepartment($name: String!) {\n    createDepartment(input: { name: $name }) {\n      id\n      name\n      version\n    }\n  }\n": types.HrCreateDepartmentDocument,
    "\n  query HrDepartmentNames {\n    departments {\n      name\n    }\n  }\n": types.HrDepartmentNamesDocument,
    "\n        query HrEmployeeTeam($id: ID!) {\n          employee(id: $id) {\n            name\n            reports {\n              id\n            }\n            department {\n              employees {\n                name\n              }\n            }\n          }\n        }\n      ": types.HrEmployeeTeamDocument,
    "\n      query HrMissingEmployee {\n        employee(id: \"emp_doesnotexist00\") {\n          id\n        }\n      }\n    ": types.HrMissingEmployeeDocument,
    "\n        query HrEmployeeEmail($id: ID!) {\n          employee(id: $id) {\n            email\n            version\n          }\n        }\n      ": types.HrEmployeeEmailDocument,
    "\n        query HrEmployeeStatus($id: ID!) {\n          employee(id: $id) {\n            status\n            version\n          }\n        }\n      ": types.HrEmployeeStatusDocument,
    "\n        query HrEmployeeTitle($id: ID!) {\n          employee(id: $id) {\n            title\n            status\n            version\n          }\n        }\n      ": types.HrEmployeeTitleDocument,
    "\n        query HrEmployeeVersion($id: ID!) {\n          employee(id: $id) {\n            version\n          }\n        }\n      ": types.HrEmployeeVersionDocument,
    "\n        query HrEmployeeManager($id: ID!) {\n          employee(id: $id) {\n            version\n            manager {\n              id\n            }\n          }\n        }\n      ": types.HrEmployeeManagerDocument,
    "\n      query HrEmployeePage($first: Int, $after: String, $status: EmployeeStatus, $dep: ID) {\n        employees(first: $first, after: $after, status: $status, departmentId: $dep) {\n          edges {\n            cursor\n            node {\n              id\n              name\n            }\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          totalCount\n        }\n      }\n    ": types.HrEmployeePageDocument,
    "\n      fragment HrEmployeeCapacity on Employee {\n        id\n        status\n        capacityHoursPerWeek\n      }\n    ": types.HrEmployeeCapacityFragmentDoc,
    "\n        mutation HrCreateManagedClient($m: ID) {\n          createClient(input: { name: \"Acme\", accountManagerId: $m }) {\n            accountManager {\n              id\n            }\n          }\n        }\n      ": types.HrCreateManagedClientDocument,
    "\n        query HrEmployeesWithRelations($first: Int) {\n          employees(first: $first) {\n            totalCount\n            edges {\n              node {\n                id\n                email\n                createdAt\n                manager {\n                  id\n                  reports {\n                    id\n                  }\n                }\n                department {\n                  name\n                  employees {\n                    id\n                  }\n                }\n                reports {\n                  id\n                }\n              }\n            }\n          }\n        }\n      ": types.HrEmployeesWithRelationsDocument,
    "\n  mutation ProjectsCreateClient($name: String!) {\n    createClient(input: { name: $name }) {\n      id\n    }\n  }\n": types.ProjectsCreateClientDocument,
    "\n  mutation ProjectsHireEmployee($name: String!, $email: String!) {\n    hireEmployee(input: { name: $name, email: $email }) {\n      id\n    }\n  }\n": types.ProjectsHireEmployeeDocument,
    "\n  mutation ProjectsTerminateEmployee($id: ID!) {\n    changeEmployeeStatus(id: $id, status: TERMINATED) {\n      status\n    }\n  }\n": types.ProjectsTerminateEmployeeDocument,
    "\n  mutation ProjectsCreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      id\n      name\n      phase\n      health\n      budgetHours\n      hoursLogged\n      startDate\n      endDate\n      version\n      client {\n        id\n      }\n      lead {\n        id\n      }\n    }\n  }\n": types.ProjectsCreateProjectDocument,
    "\n  mutation ProjectsAdvanceProject($id: ID!, $phase: ProjectPhase!, $v: Int) {\n    advanceProject(id: $id, phase: $phase, expectedVersion: $v) {\n      phase\n      version\n    }\n  }\n": types.ProjectsAdvanceProjectDocument,
    "\n  mutation ProjectsSetHealth($id: ID!, $h: Health!, $note: String, $v: Int) {\n    setProjectHealth(id: $id, health: $h, note: $note, expectedVersion: $v) {\n      health\n      healthNote\n      version\n    }\n  }\n": types.ProjectsSetHealthDocument,
    "\n  mutation ProjectsCreateTask($p: ID!, $input: CreateTaskInput!) {\n    createTask(projectId: $p, input: $input) {\n      id\n      title\n      status\n      estimateHours\n      version\n      assignee {\n        id\n      }\n      project {\n        id\n      }\n    }\n  }\n": types.ProjectsCreateTaskDocument,
    "\n  mutation ProjectsNewTask($p: ID!, $input: CreateTaskInput!) {\n    createTask(projectId: $p, input: $input) {\n      id\n    }\n  }\n": types.ProjectsNewTaskDocument,
    "\n  mutation ProjectsLogTime($input: LogTimeInput!) {\n    logTime(input: $input) {\n      id\n      hours\n      billable\n      date\n      note\n      task {\n        id\n      }\n      employee {\n        id\n      }\n      project {\n        id\n      }\n      createdAt\n    }\n  }\n": types.ProjectsLogTimeDocument,
    "\n  query ProjectsCount {\n    projects {\n      totalCount\n    }\n  }\n": types.ProjectsCountDocument,
    "\n  query ProjectsTimeOf($id: ID!) {\n    project(id: $id) {\n      hoursLogged\n      timeEntries {\n        totalCount\n      }\n    }\n  }\n": types.ProjectsTimeOfDocument,
    "\n      fragment ProjectsProjectName on Project {\n        id\n        name\n      }\n    ": types.ProjectsProjectNameFragmentDoc,
    "\n      query ProjectsPhaseVersion($id: ID!) {\n        project(id: $id) {\n          phase\n          version\n        }\n      }\n    ": types.ProjectsPhaseVersionDocument,
    "\n      mutation ProjectsSetRed($id: ID!, $v: Int) {\n        setProjectHealth(id: $id, health: RED, expectedVersion: $v) {\n          id\n        }\n      }\n    ": types.ProjectsSetRedDocument,
    "\n      query ProjectsState($id: ID!) {\n        project(id: $id) {\n          phase\n          health\n          version\n        }\n      }\n    ": types.ProjectsStateDocument,
    "\n      query ProjectsHealth($id: ID!) {\n        project(id: $id) {\n          health\n          healthNote\n        }\n      }\n    ": types.ProjectsHealthDocument,
    "\n      query ProjectsTaskTitles($id: ID!) {\n        project(id: $id) {\n          tasks {\n            title\n          }\n        }\n      }\n    ": types.ProjectsTaskTitlesDocument,
    "\n      fragment ProjectsClientDelivery on Client {\n        id\n        deliveryHealth\n        projects {\n          name\n        }\n        open: projects(includeClosed: false) {\n          name\n        }\n      }\n    ": types.ProjectsClientDeliveryFragmentDoc,
    "\n      fragment ProjectsEmployeeAssignments on Employee {\n        id\n        assignments {\n          id\n          name\n        }\n      }\n    ": types.ProjectsEmployeeAssignmentsFragmentDoc,
    "\n      fragment ProjectsEmployeeUtilisation on Employee {\n        id\n        utilisation\n        four: utilisation(weeks: 4)\n        one: utilisation(weeks: 1)\n      }\n    ": types.ProjectsEmployeeUtilisationFragmentDoc,
    "\n      fragment ProjectsEmployeeUtilisationOverWeeks on Employee {\n        utilisation(weeks: $w)\n      }\n    ": types.ProjectsEmployeeUtilisationOverWeeksFragmentDoc,
    "\n      query ProjectsPage($c: ID, $after: String, $phase: ProjectPhase) {\n        projects(first: 2, after: $after, clientId: $c, phase: $phase) {\n          edges {\n            cursor\n            node {\n              name\n            }\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          totalCount\n        }\n      }\n    ": types.ProjectsPageDocument,
    "\n      query ProjectsWithTimeEntries($c: ID, $after: String) {\n        projects(clientId: $c) {\n          edges {\n            node {\n              name\n              hoursLogged\n              tasks {\n                title\n              }\n              lead {\n                id\n              }\n              client {\n                id\n              }\n              timeEntries(first: 2, after: $after) {\n                edges {\n                  node {\n                    date\n                    hours\n                  }\n                }\n                pageInfo {\n                  hasNextPage\n                  endCursor\n                }\n                totalCount\n              }\n            }\n          }\n        }\n      }\n    ": types.ProjectsWithTimeEntriesDocument,
    "\n      query ProjectsProjectTimeEntries($id: ID!, $after: String) {\n        project(id: $id) {\n          timeEntries(first: 2, after: $after) {\n            edges {\n              node {\n                date\n              }\n            }\n            pageInfo {\n              hasNextPage\n            }\n            totalCount\n          }\n        }\n      }\n    ": types.ProjectsProjectTimeEntriesDocument,
    "\n          query ProjectsSeeded {\n            projects(first: 500) {\n              totalCount\n              edges {\n                node {\n                  id\n                  hoursLogged\n                  tasks {\n                    id\n                  }\n                  timeEntries {\n                    totalCount\n                  }\n                }\n              }\n            }\n          }\n        ": types.ProjectsSeededDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ClientOverview($id: ID!) {\n  client(id: $id) {\n    id\n    name\n    status\n    accountManager {\n      id\n      name\n      email\n    }\n    revenue(months: 12) {\n      amount\n      currencyCode\n    }\n    outstanding {\n      amount\n      currencyCode\n    }\n    invoices(first: 5) {\n      edges {\n        node {\n          id\n          number\n          status\n          total {\n            amount\n            currencyCode\n          }\n          dueDate\n        }\n      }\n      totalCount\n    }\n    projects {\n      id\n      name\n      phase\n      health\n      lead {\n        name\n      }\n    }\n    renewal {\n      date\n      daysLeft\n      onTrack\n      risks\n    }\n  }\n  clients(first: 50) {\n    edges {\n      node {\n        id\n        name\n        revenue(months: 12) {\n          amount\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    totalCount\n  }\n}"): (typeof documents)["query ClientOverview($id: ID!) {\n  client(id: $id) {\n    id\n    name\n    status\n    accountManager {\n      id\n      name\n      email\n    }\n    revenue(months: 12) {\n      amount\n      currencyCode\n    }\n    outstanding {\n      amount\n      currencyCode\n    }\n    invoices(first: 5) {\n      edges {\n        node {\n          id\n          number\n          status\n          total {\n            amount\n            currencyCode\n          }\n          dueDate\n        }\n      }\n      totalCount\n    }\n    projects {\n      id\n      name\n      phase\n      health\n      lead {\n        name\n      }\n    }\n    renewal {\n      date\n      daysLeft\n      onTrack\n      risks\n    }\n  }\n  clients(first: 50) {\n    edges {\n      node {\n        id\n        name\n        revenue(months: 12) {\n          amount\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    totalCount\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientPage($after: String) {\n    clients(first: 25, after: $after) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query ClientPage($after: String) {\n    clients(first: 25, after: $after) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountingCreateClient($n: String!) {\n    createClient(input: { name: $n }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AccountingCreateClient($n: String!) {\n    createClient(input: { name: $n }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AccountingInvoiceFields on Invoice {\n    id\n    number\n    status\n    version\n    total {\n      amount\n      currencyCode\n    }\n  }\n"): (typeof documents)["\n  fragment AccountingInvoiceFields on Invoice {\n    id\n    number\n    status\n    version\n    total {\n      amount\n      currencyCode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountingCreateInvoice($input: CreateInvoiceInput!) {\n    createInvoice(input: $input) {\n      ...AccountingInvoiceFields\n    }\n  }\n"): (typeof documents)["\n  mutation AccountingCreateInvoice($input: CreateInvoiceInput!) {\n    createInvoice(input: $input) {\n      ...AccountingInvoiceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountingIssueInvoice($id: ID!, $input: IssueInvoiceInput, $v: Int) {\n    issueInvoice(id: $id, input: $input, expectedVersion: $v) {\n      ...AccountingInvoiceFields\n      issueDate\n      dueDate\n      exchangeRate\n    }\n  }\n"): (typeof documents)["\n  mutation AccountingIssueInvoice($id: ID!, $input: IssueInvoiceInput, $v: Int) {\n    issueInvoice(id: $id, input: $input, expectedVersion: $v) {\n      ...AccountingInvoiceFields\n      issueDate\n      dueDate\n      exchangeRate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountingRecordPayment($id: ID!, $amount: Decimal!, $v: Int) {\n    recordPayment(invoiceId: $id, input: { amount: $amount, reference: \"wire\" }, expectedVersion: $v) {\n      ...AccountingInvoiceFields\n      amountPaid {\n        amount\n      }\n      balance {\n        amount\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccountingRecordPayment($id: ID!, $amount: Decimal!, $v: Int) {\n    recordPayment(invoiceId: $id, input: { amount: $amount, reference: \"wire\" }, expectedVersion: $v) {\n      ...AccountingInvoiceFields\n      amountPaid {\n        amount\n      }\n      balance {\n        amount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountingVoidInvoice($id: ID!, $reason: String, $v: Int) {\n    voidInvoice(id: $id, reason: $reason, expectedVersion: $v) {\n      ...AccountingInvoiceFields\n      voidReason\n    }\n  }\n"): (typeof documents)["\n  mutation AccountingVoidInvoice($id: ID!, $reason: String, $v: Int) {\n    voidInvoice(id: $id, reason: $reason, expectedVersion: $v) {\n      ...AccountingInvoiceFields\n      voidReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountingInvoiceState($id: ID!) {\n    invoice(id: $id) {\n      status\n      version\n      amountPaid {\n        amount\n      }\n      payments {\n        id\n        amount {\n          amount\n        }\n      }\n      voidReason\n      number\n    }\n  }\n"): (typeof documents)["\n  query AccountingInvoiceState($id: ID!) {\n    invoice(id: $id) {\n      status\n      version\n      amountPaid {\n        amount\n      }\n      payments {\n        id\n        amount {\n          amount\n        }\n      }\n      voidReason\n      number\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountingInvoiceCount {\n    invoices {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query AccountingInvoiceCount {\n    invoices {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query AccountingInvoiceDetail($id: ID!) {\n        invoice(id: $id) {\n          client {\n            id\n          }\n          currencyCode\n          lines {\n            description\n            quantity\n            unitPrice {\n              amount\n              currencyCode\n            }\n            amount {\n              amount\n            }\n          }\n          amountPaid {\n            amount\n          }\n          balance {\n            amount\n          }\n          overdue\n          issueDate\n          dueDate\n          exchangeRate\n          payments {\n            id\n          }\n          voidReason\n        }\n      }\n    "): (typeof documents)["\n      query AccountingInvoiceDetail($id: ID!) {\n        invoice(id: $id) {\n          client {\n            id\n          }\n          currencyCode\n          lines {\n            description\n            quantity\n            unitPrice {\n              amount\n              currencyCode\n            }\n            amount {\n              amount\n            }\n          }\n          amountPaid {\n            amount\n          }\n          balance {\n            amount\n          }\n          overdue\n          issueDate\n          dueDate\n          exchangeRate\n          payments {\n            id\n          }\n          voidReason\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query AccountingInvoicePayments($id: ID!) {\n        invoice(id: $id) {\n          payments {\n            amount {\n              amount\n              currencyCode\n            }\n            paidOn\n            reference\n          }\n        }\n      }\n    "): (typeof documents)["\n      query AccountingInvoicePayments($id: ID!) {\n        invoice(id: $id) {\n          payments {\n            amount {\n              amount\n              currencyCode\n            }\n            paidOn\n            reference\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation AccountingPayOn($id: ID!, $on: Date) {\n        recordPayment(invoiceId: $id, input: { amount: \"40\", paidOn: $on }) {\n          status\n        }\n      }\n    "): (typeof documents)["\n      mutation AccountingPayOn($id: ID!, $on: Date) {\n        recordPayment(invoiceId: $id, input: { amount: \"40\", paidOn: $on }) {\n          status\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query AccountingPaymentDates($id: ID!) {\n        invoice(id: $id) {\n          payments {\n            paidOn\n          }\n        }\n      }\n    "): (typeof documents)["\n      query AccountingPaymentDates($id: ID!) {\n        invoice(id: $id) {\n          payments {\n            paidOn\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      fragment AccountingClientRevenue on Client {\n        m1: revenue(months: 1) {\n          amount\n          currencyCode\n        }\n        m3: revenue(months: 3) {\n          amount\n        }\n        m12: revenue {\n          amount\n        }\n        m24: revenue(months: 24) {\n          amount\n        }\n      }\n    "): (typeof documents)["\n      fragment AccountingClientRevenue on Client {\n        m1: revenue(months: 1) {\n          amount\n          currencyCode\n        }\n        m3: revenue(months: 3) {\n          amount\n        }\n        m12: revenue {\n          amount\n        }\n        m24: revenue(months: 24) {\n          amount\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query AccountingExchangeRate($id: ID!) {\n        invoice(id: $id) {\n          exchangeRate\n        }\n      }\n    "): (typeof documents)["\n      query AccountingExchangeRate($id: ID!) {\n        invoice(id: $id) {\n          exchangeRate\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      fragment AccountingClientRevenueOverMonths on Client {\n        revenue(months: $m) {\n          amount\n        }\n      }\n    "): (typeof documents)["\n      fragment AccountingClientRevenueOverMonths on Client {\n        revenue(months: $m) {\n          amount\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      fragment AccountingClientMoney on Client {\n        revenue {\n          amount\n          currencyCode\n        }\n        outstanding {\n          amount\n        }\n        overdue {\n          amount\n        }\n      }\n    "): (typeof documents)["\n      fragment AccountingClientMoney on Client {\n        revenue {\n          amount\n          currencyCode\n        }\n        outstanding {\n          amount\n        }\n        overdue {\n          amount\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        fragment AccountingClientRecentRevenue on Client {\n          m1: revenue(months: 1) {\n            amount\n          }\n          m12: revenue {\n            amount\n          }\n        }\n      "): (typeof documents)["\n        fragment AccountingClientRecentRevenue on Client {\n          m1: revenue(months: 1) {\n            amount\n          }\n          m12: revenue {\n            amount\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      fragment AccountingClientBalances on Client {\n        outstanding {\n          amount\n          currencyCode\n        }\n        overdue {\n          amount\n          currencyCode\n        }\n      }\n    "): (typeof documents)["\n      fragment AccountingClientBalances on Client {\n        outstanding {\n          amount\n          currencyCode\n        }\n        overdue {\n          amount\n          currencyCode\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query AccountingOverdueFlags($a: ID!, $b: ID!) {\n        a: invoice(id: $a) {\n          overdue\n        }\n        b: invoice(id: $b) {\n          overdue\n        }\n      }\n    "): (typeof documents)["\n      query AccountingOverdueFlags($a: ID!, $b: ID!) {\n        a: invoice(id: $a) {\n          overdue\n        }\n        b: invoice(id: $b) {\n          overdue\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query AccountingOverdueStatus($a: ID!) {\n        invoice(id: $a) {\n          overdue\n          status\n        }\n      }\n    "): (typeof documents)["\n      query AccountingOverdueStatus($a: ID!) {\n        invoice(id: $a) {\n          overdue\n          status\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query AccountingClientInvoices($c: ID!) {\n        invoices(clientId: $c) {\n          edges {\n            node {\n              id\n              createdAt\n            }\n          }\n          totalCount\n        }\n      }\n    "): (typeof documents)["\n      query AccountingClientInvoices($c: ID!) {\n        invoices(clientId: $c) {\n          edges {\n            node {\n              id\n              createdAt\n            }\n          }\n          totalCount\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        fragment AccountingClientInvoicePage on Client {\n          id\n          invoices(first: 4, after: $after, status: $status) {\n            edges {\n              node {\n                id\n                client {\n                  id\n                }\n              }\n            }\n            pageInfo {\n              hasNextPage\n              endCursor\n            }\n            totalCount\n          }\n        }\n      "): (typeof documents)["\n        fragment AccountingClientInvoicePage on Client {\n          id\n          invoices(first: 4, after: $after, status: $status) {\n            edges {\n              node {\n                id\n                client {\n                  id\n                }\n              }\n            }\n            pageInfo {\n              hasNextPage\n              endCursor\n            }\n            totalCount\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query AccountingDraftPage($c: ID!) {\n        invoices(first: 2, clientId: $c, status: DRAFT) {\n          edges {\n            cursor\n          }\n          pageInfo {\n            hasNextPage\n          }\n          totalCount\n        }\n      }\n    "): (typeof documents)["\n      query AccountingDraftPage($c: ID!) {\n        invoices(first: 2, clientId: $c, status: DRAFT) {\n          edges {\n            cursor\n          }\n          pageInfo {\n            hasNextPage\n          }\n          totalCount\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query AccountingInvoicesAfterNonsense {\n        invoices(after: \"nonsense\") {\n          totalCount\n        }\n      }\n    "): (typeof documents)["\n      query AccountingInvoicesAfterNonsense {\n        invoices(after: \"nonsense\") {\n          totalCount\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        fragment AccountingClientEverything on Client {\n          id\n          revenue {\n            amount\n          }\n          r3: revenue(months: 3) {\n            amount\n          }\n          outstanding {\n            amount\n          }\n          overdue {\n            amount\n          }\n          invoices(first: 5) {\n            totalCount\n            edges {\n              node {\n                total {\n                  amount\n                }\n                amountPaid {\n                  amount\n                }\n                lines {\n                  amount {\n                    amount\n                  }\n                }\n                payments {\n                  id\n                }\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        fragment AccountingClientEverything on Client {\n          id\n          revenue {\n            amount\n          }\n          r3: revenue(months: 3) {\n            amount\n          }\n          outstanding {\n            amount\n          }\n          overdue {\n            amount\n          }\n          invoices(first: 5) {\n            totalCount\n            edges {\n              node {\n                total {\n                  amount\n                }\n                amountPaid {\n                  amount\n                }\n                lines {\n                  amount {\n                    amount\n                  }\n                }\n                payments {\n                  id\n                }\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      fragment AccountingInvoiceBalance on Invoice {\n        id\n        status\n        balance {\n          amount\n          currencyCode\n        }\n        overdue\n      }\n    "): (typeof documents)["\n      fragment AccountingInvoiceBalance on Invoice {\n        id\n        status\n        balance {\n          amount\n          currencyCode\n        }\n        overdue\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query AccountingReportingCurrency {\n        reportingCurrency\n      }\n    "): (typeof documents)["\n      query AccountingReportingCurrency {\n        reportingCurrency\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AccountingInvoiceTotal {\n          invoices(first: 0) {\n            totalCount\n          }\n        }\n      "): (typeof documents)["\n        query AccountingInvoiceTotal {\n          invoices(first: 0) {\n            totalCount\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        fragment AccountingClientRevenueOutstanding on Client {\n          id\n          revenue {\n            amount\n          }\n          outstanding {\n            amount\n          }\n        }\n      "): (typeof documents)["\n        fragment AccountingClientRevenueOutstanding on Client {\n          id\n          revenue {\n            amount\n          }\n          outstanding {\n            amount\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrmCreateClient($input: CreateClientInput!) {\n    createClient(input: $input) {\n      id\n      name\n      status\n      version\n      domain\n      country\n    }\n  }\n"): (typeof documents)["\n  mutation CrmCreateClient($input: CreateClientInput!) {\n    createClient(input: $input) {\n      id\n      name\n      status\n      version\n      domain\n      country\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrmClientName($id: ID!) {\n    client(id: $id) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query CrmClientName($id: ID!) {\n    client(id: $id) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrmUpdateIndustry($id: ID!, $industry: String, $v: Int) {\n    updateClient(id: $id, input: { industry: $industry }, expectedVersion: $v) {\n      version\n      industry\n    }\n  }\n"): (typeof documents)["\n  mutation CrmUpdateIndustry($id: ID!, $industry: String, $v: Int) {\n    updateClient(id: $id, input: { industry: $industry }, expectedVersion: $v) {\n      version\n      industry\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrmClientIndustry($id: ID!) {\n    client(id: $id) {\n      version\n      industry\n    }\n  }\n"): (typeof documents)["\n  query CrmClientIndustry($id: ID!) {\n    client(id: $id) {\n      version\n      industry\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrmChangeClientStatus($id: ID!, $s: ClientStatus!) {\n    changeClientStatus(id: $id, status: $s) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CrmChangeClientStatus($id: ID!, $s: ClientStatus!) {\n    changeClientStatus(id: $id, status: $s) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrmCreatePilotDeal($id: ID!) {\n    createDeal(clientId: $id, input: { title: \"Pilot\", amount: { amount: \"12000.50\", currencyCode: \"EUR\" } }) {\n      id\n      stage\n      amount {\n        amount\n        currencyCode\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CrmCreatePilotDeal($id: ID!) {\n    createDeal(clientId: $id, input: { title: \"Pilot\", amount: { amount: \"12000.50\", currencyCode: \"EUR\" } }) {\n      id\n      stage\n      amount {\n        amount\n        currencyCode\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrmWinDeal($id: ID!) {\n    moveDeal(id: $id, stage: WON) {\n      stage\n    }\n  }\n"): (typeof documents)["\n  mutation CrmWinDeal($id: ID!) {\n    moveDeal(id: $id, stage: WON) {\n      stage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrmCreateContract($id: ID!, $input: CreateContractInput!) {\n    createContract(clientId: $id, input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CrmCreateContract($id: ID!, $input: CreateContractInput!) {\n    createContract(clientId: $id, input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrmActivateContract($id: ID!) {\n    activateContract(id: $id) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CrmActivateContract($id: ID!) {\n    activateContract(id: $id) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrmRenewContract($id: ID!) {\n    renewContract(id: $id) {\n      status\n      startDate\n      endDate\n      renews {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CrmRenewContract($id: ID!) {\n    renewContract(id: $id) {\n      status\n      startDate\n      endDate\n      renews {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CrmClientRenewal on Client {\n    id\n    renewal {\n      date\n      onTrack\n      risks\n    }\n  }\n"): (typeof documents)["\n  fragment CrmClientRenewal on Client {\n    id\n    renewal {\n      date\n      onTrack\n      risks\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrmContractState($id: ID!) {\n    contract(id: $id) {\n      status\n      version\n    }\n  }\n"): (typeof documents)["\n  query CrmContractState($id: ID!) {\n    contract(id: $id) {\n      status\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              mutation CrmActivateClientOfWrongKind {\n                changeClientStatus(id: \"emp_0000000000000000\", status: ACTIVE) {\n                  id\n                }\n              }\n            "): (typeof documents)["\n              mutation CrmActivateClientOfWrongKind {\n                changeClientStatus(id: \"emp_0000000000000000\", status: ACTIVE) {\n                  id\n                }\n              }\n            "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              mutation CrmActivateClientAtVersionZero($id: ID!) {\n                changeClientStatus(id: $id, status: ACTIVE, expectedVersion: 0) {\n                  id\n                }\n              }\n            "): (typeof documents)["\n              mutation CrmActivateClientAtVersionZero($id: ID!) {\n                changeClientStatus(id: $id, status: ACTIVE, expectedVersion: 0) {\n                  id\n                }\n              }\n            "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              mutation CrmCreateHugeDeal($id: ID!) {\n                createDeal(clientId: $id, input: { title: \"Huge\", amount: { amount: \"123456789012345678.99\", currencyCode: \"USD\" } }) {\n                  id\n                }\n              }\n            "): (typeof documents)["\n              mutation CrmCreateHugeDeal($id: ID!) {\n                createDeal(clientId: $id, input: { title: \"Huge\", amount: { amount: \"123456789012345678.99\", currencyCode: \"USD\" } }) {\n                  id\n                }\n              }\n            "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              mutation CrmActivateContractOfWrongKind {\n                activateContract(id: \"cli_0000000000000000\") {\n                  id\n                }\n              }\n            "): (typeof documents)["\n              mutation CrmActivateContractOfWrongKind {\n                activateContract(id: \"cli_0000000000000000\") {\n                  id\n                }\n              }\n            "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HrHireEmployee($input: HireEmployeeInput!) {\n    hireEmployee(input: $input) {\n      id\n      name\n      email\n      title\n      status\n      version\n      capacityHoursPerWeek\n      startDate\n      department {\n        id\n        name\n      }\n      manager {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation HrHireEmployee($input: HireEmployeeInput!) {\n    hireEmployee(input: $input) {\n      id\n      name\n      email\n      title\n      status\n      version\n      capacityHoursPerWeek\n      startDate\n      department {\n        id\n        name\n      }\n      manager {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HrChangeEmployeeStatus($id: ID!, $status: EmployeeStatus!, $v: Int) {\n    changeEmployeeStatus(id: $id, status: $status, expectedVersion: $v) {\n      status\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation HrChangeEmployeeStatus($id: ID!, $status: EmployeeStatus!, $v: Int) {\n    changeEmployeeStatus(id: $id, status: $status, expectedVersion: $v) {\n      status\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HrUpdateEmployee($id: ID!, $input: UpdateEmployeeInput!, $v: Int) {\n    updateEmployee(id: $id, input: $input, expectedVersion: $v) {\n      name\n      email\n      title\n      version\n      capacityHoursPerWeek\n      department {\n        id\n      }\n      manager {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation HrUpdateEmployee($id: ID!, $input: UpdateEmployeeInput!, $v: Int) {\n    updateEmployee(id: $id, input: $input, expectedVersion: $v) {\n      name\n      email\n      title\n      version\n      capacityHoursPerWeek\n      department {\n        id\n      }\n      manager {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HrCount {\n    employees {\n      totalCount\n    }\n    departments {\n      id\n    }\n  }\n"): (typeof documents)["\n  query HrCount {\n    employees {\n      totalCount\n    }\n    departments {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HrCreateDepartment($name: String!) {\n    createDepartment(input: { name: $name }) {\n      id\n      name\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation HrCreateDepartment($name: String!) {\n    createDepartment(input: { name: $name }) {\n      id\n      name\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HrDepartmentNames {\n    departments {\n      name\n    }\n  }\n"): (typeof documents)["\n  query HrDepartmentNames {\n    departments {\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query HrEmployeeTeam($id: ID!) {\n          employee(id: $id) {\n            name\n            reports {\n              id\n            }\n            department {\n              employees {\n                name\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query HrEmployeeTeam($id: ID!) {\n          employee(id: $id) {\n            name\n            reports {\n              id\n            }\n            department {\n              employees {\n                name\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query HrMissingEmployee {\n        employee(id: \"emp_doesnotexist00\") {\n          id\n        }\n      }\n    "): (typeof documents)["\n      query HrMissingEmployee {\n        employee(id: \"emp_doesnotexist00\") {\n          id\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query HrEmployeeEmail($id: ID!) {\n          employee(id: $id) {\n            email\n            version\n          }\n        }\n      "): (typeof documents)["\n        query HrEmployeeEmail($id: ID!) {\n          employee(id: $id) {\n            email\n            version\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query HrEmployeeStatus($id: ID!) {\n          employee(id: $id) {\n            status\n            version\n          }\n        }\n      "): (typeof documents)["\n        query HrEmployeeStatus($id: ID!) {\n          employee(id: $id) {\n            status\n            version\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query HrEmployeeTitle($id: ID!) {\n          employee(id: $id) {\n            title\n            status\n            version\n          }\n        }\n      "): (typeof documents)["\n        query HrEmployeeTitle($id: ID!) {\n          employee(id: $id) {\n            title\n            status\n            version\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query HrEmployeeVersion($id: ID!) {\n          employee(id: $id) {\n            version\n          }\n        }\n      "): (typeof documents)["\n        query HrEmployeeVersion($id: ID!) {\n          employee(id: $id) {\n            version\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query HrEmployeeManager($id: ID!) {\n          employee(id: $id) {\n            version\n            manager {\n              id\n            }\n          }\n        }\n      "): (typeof documents)["\n        query HrEmployeeManager($id: ID!) {\n          employee(id: $id) {\n            version\n            manager {\n              id\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query HrEmployeePage($first: Int, $after: String, $status: EmployeeStatus, $dep: ID) {\n        employees(first: $first, after: $after, status: $status, departmentId: $dep) {\n          edges {\n            cursor\n            node {\n              id\n              name\n            }\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          totalCount\n        }\n      }\n    "): (typeof documents)["\n      query HrEmployeePage($first: Int, $after: String, $status: EmployeeStatus, $dep: ID) {\n        employees(first: $first, after: $after, status: $status, departmentId: $dep) {\n          edges {\n            cursor\n            node {\n              id\n              name\n            }\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          totalCount\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      fragment HrEmployeeCapacity on Employee {\n        id\n        status\n        capacityHoursPerWeek\n      }\n    "): (typeof documents)["\n      fragment HrEmployeeCapacity on Employee {\n        id\n        status\n        capacityHoursPerWeek\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation HrCreateManagedClient($m: ID) {\n          createClient(input: { name: \"Acme\", accountManagerId: $m }) {\n            accountManager {\n              id\n            }\n          }\n        }\n      "): (typeof documents)["\n        mutation HrCreateManagedClient($m: ID) {\n          createClient(input: { name: \"Acme\", accountManagerId: $m }) {\n            accountManager {\n              id\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query HrEmployeesWithRelations($first: Int) {\n          employees(first: $first) {\n            totalCount\n            edges {\n              node {\n                id\n                email\n                createdAt\n                manager {\n                  id\n                  reports {\n                    id\n                  }\n                }\n                department {\n                  name\n                  employees {\n                    id\n                  }\n                }\n                reports {\n                  id\n                }\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query HrEmployeesWithRelations($first: Int) {\n          employees(first: $first) {\n            totalCount\n            edges {\n              node {\n                id\n                email\n                createdAt\n                manager {\n                  id\n                  reports {\n                    id\n                  }\n                }\n                department {\n                  name\n                  employees {\n                    id\n                  }\n                }\n                reports {\n                  id\n                }\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProjectsCreateClient($name: String!) {\n    createClient(input: { name: $name }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ProjectsCreateClient($name: String!) {\n    createClient(input: { name: $name }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProjectsHireEmployee($name: String!, $email: String!) {\n    hireEmployee(input: { name: $name, email: $email }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ProjectsHireEmployee($name: String!, $email: String!) {\n    hireEmployee(input: { name: $name, email: $email }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProjectsTerminateEmployee($id: ID!) {\n    changeEmployeeStatus(id: $id, status: TERMINATED) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ProjectsTerminateEmployee($id: ID!) {\n    changeEmployeeStatus(id: $id, status: TERMINATED) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProjectsCreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      id\n      name\n      phase\n      health\n      budgetHours\n      hoursLogged\n      startDate\n      endDate\n      version\n      client {\n        id\n      }\n      lead {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ProjectsCreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      id\n      name\n      phase\n      health\n      budgetHours\n      hoursLogged\n      startDate\n      endDate\n      version\n      client {\n        id\n      }\n      lead {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProjectsAdvanceProject($id: ID!, $phase: ProjectPhase!, $v: Int) {\n    advanceProject(id: $id, phase: $phase, expectedVersion: $v) {\n      phase\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ProjectsAdvanceProject($id: ID!, $phase: ProjectPhase!, $v: Int) {\n    advanceProject(id: $id, phase: $phase, expectedVersion: $v) {\n      phase\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProjectsSetHealth($id: ID!, $h: Health!, $note: String, $v: Int) {\n    setProjectHealth(id: $id, health: $h, note: $note, expectedVersion: $v) {\n      health\n      healthNote\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ProjectsSetHealth($id: ID!, $h: Health!, $note: String, $v: Int) {\n    setProjectHealth(id: $id, health: $h, note: $note, expectedVersion: $v) {\n      health\n      healthNote\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProjectsCreateTask($p: ID!, $input: CreateTaskInput!) {\n    createTask(projectId: $p, input: $input) {\n      id\n      title\n      status\n      estimateHours\n      version\n      assignee {\n        id\n      }\n      project {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ProjectsCreateTask($p: ID!, $input: CreateTaskInput!) {\n    createTask(projectId: $p, input: $input) {\n      id\n      title\n      status\n      estimateHours\n      version\n      assignee {\n        id\n      }\n      project {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProjectsNewTask($p: ID!, $input: CreateTaskInput!) {\n    createTask(projectId: $p, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ProjectsNewTask($p: ID!, $input: CreateTaskInput!) {\n    createTask(projectId: $p, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProjectsLogTime($input: LogTimeInput!) {\n    logTime(input: $input) {\n      id\n      hours\n      billable\n      date\n      note\n      task {\n        id\n      }\n      employee {\n        id\n      }\n      project {\n        id\n      }\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  mutation ProjectsLogTime($input: LogTimeInput!) {\n    logTime(input: $input) {\n      id\n      hours\n      billable\n      date\n      note\n      task {\n        id\n      }\n      employee {\n        id\n      }\n      project {\n        id\n      }\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectsCount {\n    projects {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query ProjectsCount {\n    projects {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectsTimeOf($id: ID!) {\n    project(id: $id) {\n      hoursLogged\n      timeEntries {\n        totalCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProjectsTimeOf($id: ID!) {\n    project(id: $id) {\n      hoursLogged\n      timeEntries {\n        totalCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      fragment ProjectsProjectName on Project {\n        id\n        name\n      }\n    "): (typeof documents)["\n      fragment ProjectsProjectName on Project {\n        id\n        name\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ProjectsPhaseVersion($id: ID!) {\n        project(id: $id) {\n          phase\n          version\n        }\n      }\n    "): (typeof documents)["\n      query ProjectsPhaseVersion($id: ID!) {\n        project(id: $id) {\n          phase\n          version\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation ProjectsSetRed($id: ID!, $v: Int) {\n        setProjectHealth(id: $id, health: RED, expectedVersion: $v) {\n          id\n        }\n      }\n    "): (typeof documents)["\n      mutation ProjectsSetRed($id: ID!, $v: Int) {\n        setProjectHealth(id: $id, health: RED, expectedVersion: $v) {\n          id\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ProjectsState($id: ID!) {\n        project(id: $id) {\n          phase\n          health\n          version\n        }\n      }\n    "): (typeof documents)["\n      query ProjectsState($id: ID!) {\n        project(id: $id) {\n          phase\n          health\n          version\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ProjectsHealth($id: ID!) {\n        project(id: $id) {\n          health\n          healthNote\n        }\n      }\n    "): (typeof documents)["\n      query ProjectsHealth($id: ID!) {\n        project(id: $id) {\n          health\n          healthNote\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ProjectsTaskTitles($id: ID!) {\n        project(id: $id) {\n          tasks {\n            title\n          }\n        }\n      }\n    "): (typeof documents)["\n      query ProjectsTaskTitles($id: ID!) {\n        project(id: $id) {\n          tasks {\n            title\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      fragment ProjectsClientDelivery on Client {\n        id\n        deliveryHealth\n        projects {\n          name\n        }\n        open: projects(includeClosed: false) {\n          name\n        }\n      }\n    "): (typeof documents)["\n      fragment ProjectsClientDelivery on Client {\n        id\n        deliveryHealth\n        projects {\n          name\n        }\n        open: projects(includeClosed: false) {\n          name\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      fragment ProjectsEmployeeAssignments on Employee {\n        id\n        assignments {\n          id\n          name\n        }\n      }\n    "): (typeof documents)["\n      fragment ProjectsEmployeeAssignments on Employee {\n        id\n        assignments {\n          id\n          name\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      fragment ProjectsEmployeeUtilisation on Employee {\n        id\n        utilisation\n        four: utilisation(weeks: 4)\n        one: utilisation(weeks: 1)\n      }\n    "): (typeof documents)["\n      fragment ProjectsEmployeeUtilisation on Employee {\n        id\n        utilisation\n        four: utilisation(weeks: 4)\n        one: utilisation(weeks: 1)\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      fragment ProjectsEmployeeUtilisationOverWeeks on Employee {\n        utilisation(weeks: $w)\n      }\n    "): (typeof documents)["\n      fragment ProjectsEmployeeUtilisationOverWeeks on Employee {\n        utilisation(weeks: $w)\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ProjectsPage($c: ID, $after: String, $phase: ProjectPhase) {\n        projects(first: 2, after: $after, clientId: $c, phase: $phase) {\n          edges {\n            cursor\n            node {\n              name\n            }\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          totalCount\n        }\n      }\n    "): (typeof documents)["\n      query ProjectsPage($c: ID, $after: String, $phase: ProjectPhase) {\n        projects(first: 2, after: $after, clientId: $c, phase: $phase) {\n          edges {\n            cursor\n            node {\n              name\n            }\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          totalCount\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ProjectsWithTimeEntries($c: ID, $after: String) {\n        projects(clientId: $c) {\n          edges {\n            node {\n              name\n              hoursLogged\n              tasks {\n                title\n              }\n              lead {\n                id\n              }\n              client {\n                id\n              }\n              timeEntries(first: 2, after: $after) {\n                edges {\n                  node {\n                    date\n                    hours\n                  }\n                }\n                pageInfo {\n                  hasNextPage\n                  endCursor\n                }\n                totalCount\n              }\n            }\n          }\n        }\n      }\n    "): (typeof documents)["\n      query ProjectsWithTimeEntries($c: ID, $after: String) {\n        projects(clientId: $c) {\n          edges {\n            node {\n              name\n              hoursLogged\n              tasks {\n                title\n              }\n              lead {\n                id\n              }\n              client {\n                id\n              }\n              timeEntries(first: 2, after: $after) {\n                edges {\n                  node {\n                    date\n                    hours\n                  }\n                }\n                pageInfo {\n                  hasNextPage\n                  endCursor\n                }\n                totalCount\n              }\n            }\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ProjectsProjectTimeEntries($id: ID!, $after: String) {\n        project(id: $id) {\n          timeEntries(first: 2, after: $after) {\n            edges {\n              node {\n                date\n              }\n            }\n            pageInfo {\n              hasNextPage\n            }\n            totalCount\n          }\n        }\n      }\n    "): (typeof documents)["\n      query ProjectsProjectTimeEntries($id: ID!, $after: String) {\n        project(id: $id) {\n          timeEntries(first: 2, after: $after) {\n            edges {\n              node {\n                date\n              }\n            }\n            pageInfo {\n              hasNextPage\n            }\n            totalCount\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query ProjectsSeeded {\n            projects(first: 500) {\n              totalCount\n              edges {\n                node {\n                  id\n                  hoursLogged\n                  tasks {\n                    id\n                  }\n                  timeEntries {\n                    totalCount\n                  }\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query ProjectsSeeded {\n            projects(first: 500) {\n              totalCount\n              edges {\n                node {\n                  id\n                  hoursLogged\n                  tasks {\n                    id\n                  }\n                  timeEntries {\n                    totalCount\n                  }\n                }\n              }\n            }\n          }\n        "];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;
