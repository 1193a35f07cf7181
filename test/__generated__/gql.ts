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
    "query ExportInvoices($first: Int!, $after: String, $from: Date, $to: Date) {\n  invoiceReport(\n    first: $first\n    after: $after\n    from: $from\n    to: $to\n    orderBy: ISSUE_DATE_ASC\n  ) {\n    edges {\n      node {\n        id\n        number\n        status\n        issueDate\n        dueDate\n        overdue\n        client {\n          id\n          name\n          accountManager {\n            id\n            name\n          }\n        }\n        total {\n          amount\n          currencyCode\n        }\n        amountPaid {\n          amount\n        }\n        balance {\n          amount\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": typeof types.ExportInvoicesDocument,
    "query ExportRevenueByMonth($first: Int!, $after: String, $from: Date, $to: Date) {\n  revenueByClientByMonth(\n    first: $first\n    after: $after\n    from: $from\n    to: $to\n    orderBy: MONTH_ASC\n  ) {\n    edges {\n      node {\n        month\n        client {\n          id\n          name\n          accountManager {\n            id\n            name\n          }\n        }\n        revenue {\n          amount\n          currencyCode\n        }\n        invoices\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": typeof types.ExportRevenueByMonthDocument,
    "query ExportTimeByWeek($first: Int!, $after: String, $from: Date, $to: Date) {\n  timeByWeek(\n    first: $first\n    after: $after\n    from: $from\n    to: $to\n    orderBy: WEEK_ASC\n  ) {\n    edges {\n      node {\n        week\n        project {\n          id\n          name\n          client {\n            id\n            name\n          }\n        }\n        employee {\n          id\n          name\n        }\n        hours\n        billableHours\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": typeof types.ExportTimeByWeekDocument,
    "\n  query AttackClientCount {\n    clients(first: 1) {\n      totalCount\n    }\n    changes(first: 1) {\n      totalCount\n    }\n  }\n": typeof types.AttackClientCountDocument,
    "\n  query AttackProjectClients {\n    projects(first: 500) {\n      edges {\n        node {\n          id\n          client {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.AttackProjectClientsDocument,
    "\n  mutation AttackCreateClient($name: String!) {\n    createClient(input: { name: $name }) {\n      id\n    }\n  }\n": typeof types.AttackCreateClientDocument,
    "\n  fragment AuditPage on AuditConnection {\n    edges {\n      cursor\n      node {\n        actor {\n          subject\n          scopes\n        }\n        mutation\n        entityType\n        entityId\n        version\n        changes {\n          field\n          before\n          after\n        }\n        requestId\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    totalCount\n  }\n": typeof types.AuditPageFragmentDoc,
    "\n  query AuditClientHistory($id: ID!, $first: Int, $after: String) {\n    client(id: $id) {\n      history(first: $first, after: $after) {\n        ...AuditPage\n      }\n    }\n  }\n": typeof types.AuditClientHistoryDocument,
    "\n  mutation AuditCreateAcme {\n    createClient(input: { name: \"Acme\", country: \"US\" }) {\n      id\n    }\n  }\n": typeof types.AuditCreateAcmeDocument,
    "\n  mutation AuditRenameAcme($id: ID!) {\n    updateClient(id: $id, input: { name: \"Acme Ltd\", country: \"US\" }) {\n      id\n    }\n  }\n": typeof types.AuditRenameAcmeDocument,
    "\n  mutation AuditCreateContract($c: ID!, $s: Date!, $e: Date!) {\n    createContract(clientId: $c, input: { startDate: $s, endDate: $e, annualValue: { amount: \"1200.00\", currencyCode: \"USD\" } }) {\n      id\n    }\n  }\n": typeof types.AuditCreateContractDocument,
    "\n  mutation AuditActivateContract($id: ID!) {\n    activateContract(id: $id) {\n      id\n    }\n  }\n": typeof types.AuditActivateContractDocument,
    "\n  mutation AuditRenewContract($id: ID!) {\n    renewContract(id: $id) {\n      id\n      history {\n        ...AuditPage\n      }\n    }\n  }\n": typeof types.AuditRenewContractDocument,
    "\n  query AuditContractHistory($id: ID!) {\n    contract(id: $id) {\n      history {\n        ...AuditPage\n      }\n    }\n  }\n": typeof types.AuditContractHistoryDocument,
    "\n  mutation AuditHireAda {\n    hireEmployee(input: { name: \"Ada Lovelace\", email: \"ada@audit.example\", capacityHoursPerWeek: 40 }) {\n      id\n    }\n  }\n": typeof types.AuditHireAdaDocument,
    "\n  query AuditEmployeeHistory($id: ID!) {\n    employee(id: $id) {\n      history {\n        ...AuditPage\n      }\n    }\n  }\n": typeof types.AuditEmployeeHistoryDocument,
    "\n  mutation AuditCreateInvoice($c: ID!) {\n    createInvoice(input: { clientId: $c, currencyCode: \"USD\", lines: [{ description: \"Work\", quantity: \"1\", unitPrice: \"100.00\" }] }) {\n      id\n    }\n  }\n": typeof types.AuditCreateInvoiceDocument,
    "\n  mutation AuditIssueInvoice($id: ID!) {\n    issueInvoice(id: $id) {\n      id\n    }\n  }\n": typeof types.AuditIssueInvoiceDocument,
    "\n  mutation AuditPayForty($id: ID!) {\n    recordPayment(invoiceId: $id, input: { amount: \"40.00\" }) {\n      id\n    }\n  }\n": typeof types.AuditPayFortyDocument,
    "\n  mutation AuditPaySixty($id: ID!) {\n    recordPayment(invoiceId: $id, input: { amount: \"60.00\" }) {\n      id\n    }\n  }\n": typeof types.AuditPaySixtyDocument,
    "\n  query AuditInvoiceHistory($id: ID!) {\n    invoice(id: $id) {\n      history {\n        ...AuditPage\n      }\n    }\n  }\n": typeof types.AuditInvoiceHistoryDocument,
    "\n  query AuditAccountingLog {\n    accountingAuditLog(actor: \"test-admin\", first: 2) {\n      ...AuditPage\n    }\n  }\n": typeof types.AuditAccountingLogDocument,
    "\n  mutation AuditHireGrace {\n    hireEmployee(input: { name: \"Grace Hopper\", email: \"grace@audit.example\", capacityHoursPerWeek: 40 }) {\n      id\n    }\n  }\n": typeof types.AuditHireGraceDocument,
    "\n  mutation AuditCreateProject($c: ID!) {\n    createProject(input: { name: \"Audit\", clientId: $c, budgetHours: \"10\" }) {\n      id\n    }\n  }\n": typeof types.AuditCreateProjectDocument,
    "\n  mutation AuditKickOff($id: ID!) {\n    advanceProject(id: $id, phase: KICKOFF) {\n      id\n    }\n  }\n": typeof types.AuditKickOffDocument,
    "\n  mutation AuditLogTime($p: ID!, $e: ID!, $d: Date!) {\n    logTime(input: { projectId: $p, employeeId: $e, date: $d, hours: \"1.5\" }) {\n      id\n    }\n  }\n": typeof types.AuditLogTimeDocument,
    "\n  query AuditProjectHistory($id: ID!) {\n    project(id: $id) {\n      history {\n        ...AuditPage\n      }\n    }\n  }\n": typeof types.AuditProjectHistoryDocument,
    "\n  query AuditProjectsLog {\n    projectsAuditLog(actor: \"test-admin\", first: 1) {\n      ...AuditPage\n    }\n  }\n": typeof types.AuditProjectsLogDocument,
    "\n  mutation AuditHirePaidPerson {\n    hireEmployee(\n      input: {\n        name: \"Paid Person\"\n        email: \"paid@audit.example\"\n        capacityHoursPerWeek: 40\n        salary: { amount: \"90000.00\", currencyCode: \"USD\" }\n      }\n    ) {\n      id\n    }\n  }\n": typeof types.AuditHirePaidPersonDocument,
    "\n  query AuditEmployeeChanges($id: ID!) {\n    employee(id: $id) {\n      history {\n        edges {\n          node {\n            changes {\n              field\n              before\n              after\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.AuditEmployeeChangesDocument,
    "\n  query AuditHrLog {\n    hrAuditLog(actor: \"test-admin\", first: 1) {\n      ...AuditPage\n    }\n  }\n": typeof types.AuditHrLogDocument,
    "\n  mutation AuditChangeClientStatus($id: ID!, $s: ClientStatus!) {\n    changeClientStatus(id: $id, status: $s) {\n      id\n    }\n  }\n": typeof types.AuditChangeClientStatusDocument,
    "\n  mutation AuditCreateClient($n: String!) {\n    createClient(input: { name: $n }) {\n      id\n    }\n  }\n": typeof types.AuditCreateClientDocument,
    "\n  query AuditClientIds {\n    clients(first: 50) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.AuditClientIdsDocument,
    "\n  query AuditClientIdsWithHistory {\n    clients(first: 50) {\n      edges {\n        node {\n          id\n          history(first: 1) {\n            totalCount\n            edges {\n              node {\n                version\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.AuditClientIdsWithHistoryDocument,
    "\n  mutation AuditUpdateClient($id: ID!, $n: String, $v: Int, $m: ID) {\n    updateClient(id: $id, input: { name: $n, accountManagerId: $m }, expectedVersion: $v) {\n      id\n    }\n  }\n": typeof types.AuditUpdateClientDocument,
    "\n  mutation AuditCreateAtomic {\n    createClient(input: { name: \"Atomic\" }) {\n      id\n    }\n  }\n": typeof types.AuditCreateAtomicDocument,
    "\n  mutation AuditRenameToChanged($id: ID!) {\n    updateClient(id: $id, input: { name: \"Changed\" }) {\n      id\n    }\n  }\n": typeof types.AuditRenameToChangedDocument,
    "\n  query AuditClientNameAndVersion($id: ID!) {\n    client(id: $id) {\n      name\n      version\n    }\n  }\n": typeof types.AuditClientNameAndVersionDocument,
    "\n  query AuditActorLogs {\n    crmAuditLog(actor: \"alice\", first: 3) {\n      ...AuditPage\n    }\n    bobs: crmAuditLog(actor: \"bob\") {\n      ...AuditPage\n    }\n    hrAuditLog(actor: \"alice\") {\n      ...AuditPage\n    }\n  }\n": typeof types.AuditActorLogsDocument,
    "\n  query AuditAliceCrmLogAfter($a: String) {\n    crmAuditLog(actor: \"alice\", first: 500, after: $a) {\n      ...AuditPage\n    }\n  }\n": typeof types.AuditAliceCrmLogAfterDocument,
    "\n  query AuditAliceCrmLogCount {\n    crmAuditLog(actor: \"alice\") {\n      totalCount\n    }\n  }\n": typeof types.AuditAliceCrmLogCountDocument,
    "\n  query ChaosActiveClients {\n    clients(first: 50, status: ACTIVE) {\n      edges {\n        node {\n          id\n          accountManager {\n            id\n          }\n          projects {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.ChaosActiveClientsDocument,
    "\n  mutation ChaosCreateClient($name: String!) {\n    createClient(input: { name: $name }) {\n      id\n    }\n  }\n": typeof types.ChaosCreateClientDocument,
    "\n  query ChaosClientNames($after: String) {\n    clients(first: 500, after: $after) {\n      edges {\n        node {\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ChaosClientNamesDocument,
    "\n  mutation AuthorisationCreateClient($n: String!) {\n    createClient(input: { name: $n }) {\n      id\n      name\n    }\n  }\n": typeof types.AuthorisationCreateClientDocument,
    "\n  mutation AuthorisationCreateInvoice($c: ID!) {\n    createInvoice(input: { clientId: $c, currencyCode: \"USD\", lines: [{ description: \"Matrix\", quantity: \"1\", unitPrice: \"10\" }] }) {\n      id\n      status\n    }\n  }\n": typeof types.AuthorisationCreateInvoiceDocument,
    "\n  mutation AuthorisationCreateDepartment($n: String!) {\n    createDepartment(input: { name: $n }) {\n      id\n      name\n    }\n  }\n": typeof types.AuthorisationCreateDepartmentDocument,
    "\n  mutation AuthorisationCreateProject($n: String!, $c: ID!, $l: ID!) {\n    createProject(input: { name: $n, clientId: $c, leadId: $l, budgetHours: \"10\" }) {\n      id\n      name\n    }\n  }\n": typeof types.AuthorisationCreateProjectDocument,
    "\n  query AuthorisationClientCount {\n    clients(first: 1) {\n      totalCount\n    }\n  }\n": typeof types.AuthorisationClientCountDocument,
    "\n  query AuthorisationEmployeeSalary($id: ID!) {\n    employee(id: $id) {\n      id\n      name\n      salary {\n        amount\n        currencyCode\n      }\n    }\n  }\n": typeof types.AuthorisationEmployeeSalaryDocument,
    "\n  query AuthorisationEmployeeSalaries {\n    employees(first: 3) {\n      edges {\n        node {\n          name\n          salary {\n            amount\n          }\n        }\n      }\n    }\n  }\n": typeof types.AuthorisationEmployeeSalariesDocument,
    "\n  query AuthorisationProjectLeadSalaries {\n    projects(first: 2) {\n      edges {\n        node {\n          lead {\n            name\n            salary {\n              amount\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.AuthorisationProjectLeadSalariesDocument,
    "\n  mutation AuthorisationHirePaidPerson($e: String!) {\n    hireEmployee(input: { name: \"Paid Person\", email: $e, salary: { amount: \"81000.00\", currencyCode: \"USD\" } }) {\n      id\n      salary {\n        amount\n        currencyCode\n      }\n    }\n  }\n": typeof types.AuthorisationHirePaidPersonDocument,
    "\n  mutation AuthorisationUpdateSalary($id: ID!, $s: MoneyInput) {\n    updateEmployee(id: $id, input: { title: \"Paid\", salary: $s }) {\n      title\n      salary {\n        amount\n      }\n    }\n  }\n": typeof types.AuthorisationUpdateSalaryDocument,
    "\n  mutation BadBytesHire {\n    hireEmployee(input: { name: \"Grace Hopper\", email: \"grace@bad-bytes.example\" }) {\n      id\n    }\n  }\n": typeof types.BadBytesHireDocument,
    "\n  mutation BadBytesClient {\n    createClient(input: { name: \"Bytes Ltd\", country: \"GB\" }) {\n      id\n    }\n  }\n": typeof types.BadBytesClientDocument,
    "\n  mutation BadBytesProject($clientId: ID!) {\n    createProject(input: { name: \"Bytes rollout\", clientId: $clientId, budgetHours: \"40\" }) {\n      id\n    }\n  }\n": typeof types.BadBytesProjectDocument,
    "\n  mutation BadBytesKickoff($id: ID!) {\n    advanceProject(id: $id, phase: KICKOFF) {\n      phase\n    }\n  }\n": typeof types.BadBytesKickoffDocument,
    "\n  query BatchingClientList($first: Int!) {\n    clients(first: $first) {\n      edges {\n        node {\n          id\n          name\n          accountManager {\n            name\n            email\n          }\n          revenue(months: 12) {\n            amount\n            currencyCode\n          }\n          outstanding {\n            amount\n          }\n          projects {\n            id\n            name\n            health\n            lead {\n              name\n            }\n          }\n          renewal {\n            onTrack\n            risks\n          }\n        }\n      }\n    }\n  }\n": typeof types.BatchingClientListDocument,
    "\n  query CliClientCount {\n    clients {\n      totalCount\n    }\n  }\n": typeof types.CliClientCountDocument,
    "\n  mutation CliCreateClient {\n    createClient(input: { name: \"Minted\" }) {\n      name\n    }\n  }\n": typeof types.CliCreateClientDocument,
    "\n  query MergeE2eClients {\n    clients(first: 100) {\n      edges {\n        node {\n          id\n          activeContract {\n            id\n          }\n          projects {\n            id\n          }\n          invoices(first: 1) {\n            totalCount\n          }\n        }\n      }\n    }\n  }\n": typeof types.MergeE2eClientsDocument,
    "\n  query MergeE2eFigures($id: ID!) {\n    client(id: $id) {\n      id\n      revenue(months: 12) {\n        amount\n      }\n      outstanding {\n        amount\n      }\n      projects {\n        id\n      }\n      invoices(first: 1) {\n        totalCount\n      }\n    }\n  }\n": typeof types.MergeE2eFiguresDocument,
    "\n  mutation MergeE2eCancelContract($id: ID!) {\n    cancelContract(id: $id) {\n      status\n    }\n  }\n": typeof types.MergeE2eCancelContractDocument,
    "\n  mutation MergeE2eMerge($survivorId: ID!, $mergedId: ID!) {\n    mergeClients(survivorId: $survivorId, mergedId: $mergedId) {\n      id\n      status\n    }\n  }\n": typeof types.MergeE2eMergeDocument,
    "\n  mutation MergeE2eCreateInvoice($clientId: ID!) {\n    createInvoice(\n      input: { clientId: $clientId, currencyCode: \"USD\", lines: [{ description: \"Late\", quantity: \"1\", unitPrice: \"10.00\" }] }\n    ) {\n      id\n    }\n  }\n": typeof types.MergeE2eCreateInvoiceDocument,
    "\n  query DataQuality($examples: Int) {\n    crmDataQuality(examples: $examples) {\n      ...QualityReport\n    }\n    accountingDataQuality(examples: $examples) {\n      ...QualityReport\n    }\n    hrDataQuality(examples: $examples) {\n      ...QualityReport\n    }\n    projectsDataQuality(examples: $examples) {\n      ...QualityReport\n    }\n  }\n  fragment QualityReport on DataQualityReport {\n    domain\n    score\n    entities {\n      entityType\n      records\n      score\n      checks {\n        kind\n        field\n        description\n        count\n        examples {\n          id\n          problem\n        }\n      }\n    }\n  }\n": typeof types.DataQualityDocument,
    "\n          mutation ExportAwkwardClient($name: String!) {\n            createClient(input: { name: $name, status: ACTIVE }) {\n              id\n            }\n          }\n        ": typeof types.ExportAwkwardClientDocument,
    "\n          mutation ExportAwkwardInvoice($clientId: ID!) {\n            createInvoice(\n              input: { clientId: $clientId, currencyCode: \"EUR\", lines: [{ description: \"Work\", quantity: \"1\", unitPrice: \"1234.5\" }] }\n            ) {\n              id\n            }\n          }\n        ": typeof types.ExportAwkwardInvoiceDocument,
    "\n          mutation ExportAwkwardIssue($id: ID!) {\n            issueInvoice(id: $id) {\n              status\n            }\n          }\n        ": typeof types.ExportAwkwardIssueDocument,
    "\n  query ClientPage($after: String) {\n    clients(first: 25, after: $after) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.ClientPageDocument,
    "\n  mutation CrashCreateClient($name: String!) {\n    createClient(input: { name: $name, country: \"US\" }) {\n      id\n    }\n  }\n": typeof types.CrashCreateClientDocument,
    "\n  mutation CrashCreateProject($clientId: ID!, $name: String!) {\n    createProject(input: { clientId: $clientId, name: $name, budgetHours: \"10\" }) {\n      id\n      name\n      version\n      tasks {\n        id\n      }\n    }\n  }\n": typeof types.CrashCreateProjectDocument,
    "\n  query CommandsDataQualityScores {\n    crmDataQuality {\n      score\n    }\n    accountingDataQuality {\n      score\n    }\n    hrDataQuality {\n      score\n    }\n    projectsDataQuality {\n      score\n    }\n  }\n": typeof types.CommandsDataQualityScoresDocument,
    "\n  query CommandsClientFacts {\n    clients(first: 100) {\n      edges {\n        node {\n          id\n          name\n          status\n          domain\n          revenue(months: 12) {\n            amount\n            currencyCode\n          }\n          accountManager {\n            name\n            email\n          }\n        }\n      }\n    }\n  }\n": typeof types.CommandsClientFactsDocument,
    "\n  mutation CommandsCreateNamesake($name: String!) {\n    createClient(input: { name: $name }) {\n      id\n    }\n  }\n": typeof types.CommandsCreateNamesakeDocument,
    "\n  query SubgraphDownClientNameAndProjects($id: ID!) {\n    client(id: $id) {\n      name\n      projects {\n        id\n      }\n    }\n  }\n": typeof types.SubgraphDownClientNameAndProjectsDocument,
    "\n  mutation SubgraphDownCreateInvoice($c: ID!) {\n    createInvoice(input: { clientId: $c, currencyCode: \"USD\", lines: [{ description: \"Work\", quantity: \"1\", unitPrice: \"10\" }] }) {\n      id\n    }\n  }\n": typeof types.SubgraphDownCreateInvoiceDocument,
    "\n  query SubgraphDownInvoiceCount {\n    invoices {\n      totalCount\n    }\n  }\n": typeof types.SubgraphDownInvoiceCountDocument,
    "\n  mutation WritesHireAda {\n    hireEmployee(input: { name: \"Ada Lovelace\", email: \"ada@recordgraph.example\", capacityHoursPerWeek: 40 }) {\n      id\n    }\n  }\n": typeof types.WritesHireAdaDocument,
    "\n  mutation WritesCreateAcme($m: ID) {\n    createClient(input: { name: \"Acme\", country: \"US\", status: ACTIVE, accountManagerId: $m }) {\n      id\n    }\n  }\n": typeof types.WritesCreateAcmeDocument,
    "\n  mutation WritesCreateClient($input: CreateClientInput!) {\n    createClient(input: $input) {\n      id\n    }\n  }\n": typeof types.WritesCreateClientDocument,
    "\n  mutation WritesCreateInvoice($input: CreateInvoiceInput!) {\n    createInvoice(input: $input) {\n      id\n      status\n      total {\n        amount\n        currencyCode\n      }\n    }\n  }\n": typeof types.WritesCreateInvoiceDocument,
    "\n  mutation WritesHireWithMalformedEmail {\n    hireEmployee(input: { name: \"Bob\", email: \"bob-at-example\" }) {\n      id\n    }\n  }\n": typeof types.WritesHireWithMalformedEmailDocument,
    "\n  mutation WritesHireAdaAgain {\n    hireEmployee(input: { name: \"Ada Again\", email: \"ADA@recordgraph.example\" }) {\n      id\n    }\n  }\n": typeof types.WritesHireAdaAgainDocument,
    "\n  mutation WritesHireLeaver {\n    hireEmployee(input: { name: \"Leaver\", email: \"leaver@recordgraph.example\" }) {\n      id\n    }\n  }\n": typeof types.WritesHireLeaverDocument,
    "\n  mutation WritesTerminate($id: ID!) {\n    changeEmployeeStatus(id: $id, status: TERMINATED) {\n      status\n    }\n  }\n": typeof types.WritesTerminateDocument,
    "\n  mutation WritesSetAccountManager($id: ID!, $m: ID!) {\n    updateClient(id: $id, input: { accountManagerId: $m }) {\n      id\n    }\n  }\n": typeof types.WritesSetAccountManagerDocument,
    "\n  mutation WritesUpdateUnknownClient {\n    updateClient(id: \"cli_0000000000000000\", input: { industry: \"Energy\" }) {\n      id\n    }\n  }\n": typeof types.WritesUpdateUnknownClientDocument,
    "\n  mutation WritesCreateProjectForMissingLead($c: ID!) {\n    createProject(input: { name: \"Rollout\", clientId: $c, leadId: \"emp_0000000000000000\", budgetHours: \"100\" }) {\n      id\n    }\n  }\n": typeof types.WritesCreateProjectForMissingLeadDocument,
    "\n  mutation WritesCreateProject($c: ID!, $l: ID!) {\n    createProject(input: { name: \"Rollout\", clientId: $c, leadId: $l, budgetHours: \"100\" }) {\n      id\n    }\n  }\n": typeof types.WritesCreateProjectDocument,
    "\n  mutation WritesAdvanceToDelivery($id: ID!) {\n    advanceProject(id: $id, phase: DELIVERY) {\n      phase\n    }\n  }\n": typeof types.WritesAdvanceToDeliveryDocument,
    "\n  mutation WritesSetIndustryEnergy($id: ID!) {\n    updateClient(id: $id, input: { industry: \"Energy\" }) {\n      version\n    }\n  }\n": typeof types.WritesSetIndustryEnergyDocument,
    "\n  mutation WritesSetIndustryRetailAtVersion1($id: ID!) {\n    updateClient(id: $id, input: { industry: \"Retail\" }, expectedVersion: 1) {\n      version\n    }\n  }\n": typeof types.WritesSetIndustryRetailAtVersion1Document,
    "\n  mutation WritesCreateGlobex {\n    createClient(input: { name: \"Globex\", country: \"DE\", status: ACTIVE }) {\n      id\n    }\n  }\n": typeof types.WritesCreateGlobexDocument,
    "\n  mutation WritesIssueInvoice($id: ID!, $i: Date, $d: Date) {\n    issueInvoice(id: $id, input: { issueDate: $i, dueDate: $d }) {\n      status\n    }\n  }\n": typeof types.WritesIssueInvoiceDocument,
    "\n  mutation WritesPayInFull($id: ID!) {\n    recordPayment(invoiceId: $id, input: { amount: \"333.33\" }) {\n      status\n      balance {\n        amount\n      }\n    }\n  }\n": typeof types.WritesPayInFullDocument,
    "\n  mutation WritesPayInPart($id: ID!) {\n    recordPayment(invoiceId: $id, input: { amount: \"500.05\" }) {\n      status\n    }\n  }\n": typeof types.WritesPayInPartDocument,
    "\n  query WritesClientMoney($id: ID!) {\n    client(id: $id) {\n      revenue(months: 12) {\n        amount\n        currencyCode\n      }\n      allTime: revenue(months: 24) {\n        amount\n      }\n      outstanding {\n        amount\n        currencyCode\n      }\n      overdue {\n        amount\n      }\n    }\n  }\n": typeof types.WritesClientMoneyDocument,
    "\n  mutation AutomationHireEmployee {\n    hireEmployee(input: { name: \"Ada Builder\", email: \"ada@example.com\" }) {\n      id\n    }\n  }\n": typeof types.AutomationHireEmployeeDocument,
    "\n  mutation AutomationCreateClient($name: String!) {\n    createClient(input: { name: $name }) {\n      id\n    }\n  }\n": typeof types.AutomationCreateClientDocument,
    "\n  mutation AutomationCreateDeal($clientId: ID!, $title: String!, $amount: MoneyInput!) {\n    createDeal(clientId: $clientId, input: { title: $title, amount: $amount }) {\n      id\n    }\n  }\n": typeof types.AutomationCreateDealDocument,
    "\n  mutation AutomationMoveDeal($id: ID!, $stage: DealStage!) {\n    moveDeal(id: $id, stage: $stage) {\n      id\n    }\n  }\n": typeof types.AutomationMoveDealDocument,
    "\n  query AutomationProjectsOfClient($clientId: ID!) {\n    projects(clientId: $clientId) {\n      edges {\n        node {\n          id\n          name\n          phase\n          budgetHours\n          lead {\n            id\n          }\n          history {\n            edges {\n              node {\n                version\n                mutation\n                actor {\n                  subject\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.AutomationProjectsOfClientDocument,
    "\n  query AutomationInvoicesOfClient($clientId: ID!) {\n    invoices(clientId: $clientId) {\n      edges {\n        node {\n          id\n          status\n          total {\n            amount\n            currencyCode\n          }\n          lines {\n            description\n            quantity\n            unitPrice {\n              amount\n            }\n            amount {\n              amount\n            }\n          }\n          history {\n            edges {\n              node {\n                actor {\n                  subject\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.AutomationInvoicesOfClientDocument,
    "\n  mutation AutomationCreateProject($name: String!, $clientId: ID!) {\n    createProject(input: { name: $name, clientId: $clientId, budgetHours: \"100\" }) {\n      id\n    }\n  }\n": typeof types.AutomationCreateProjectDocument,
    "\n  mutation AutomationAdvanceProject($id: ID!, $phase: ProjectPhase!) {\n    advanceProject(id: $id, phase: $phase) {\n      id\n    }\n  }\n": typeof types.AutomationAdvanceProjectDocument,
    "\n  mutation AutomationCreateTask($projectId: ID!, $title: String!) {\n    createTask(projectId: $projectId, input: { title: $title }) {\n      id\n    }\n  }\n": typeof types.AutomationCreateTaskDocument,
    "\n  mutation AutomationLogTime($input: LogTimeInput!) {\n    logTime(input: $input) {\n      id\n    }\n  }\n": typeof types.AutomationLogTimeDocument,
    "\n  query ChangeFeedPage($after: String, $types: [String!], $first: Int) {\n    changes(after: $after, types: $types, first: $first) {\n      edges {\n        cursor\n        node {\n          id\n          cursor\n          source\n          type\n          entityType\n          entityId\n          entityVersion\n          occurredAt\n          actor {\n            subject\n            mutation\n          }\n          changes {\n            field\n            value\n          }\n          redacted\n          requestId\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ChangeFeedPageDocument,
    "\n  mutation ChangeFeedCreateClient($input: CreateClientInput!) {\n    createClient(input: $input) {\n      id\n    }\n  }\n": typeof types.ChangeFeedCreateClientDocument,
    "\n  mutation ChangeFeedSetIndustry($id: ID!, $industry: String!) {\n    updateClient(id: $id, input: { industry: $industry }) {\n      id\n    }\n  }\n": typeof types.ChangeFeedSetIndustryDocument,
    "\n  mutation ChangeFeedActivateClient($id: ID!) {\n    changeClientStatus(id: $id, status: ACTIVE) {\n      id\n    }\n  }\n": typeof types.ChangeFeedActivateClientDocument,
    "\n  mutation ChangeFeedCreateInvoice($input: CreateInvoiceInput!) {\n    createInvoice(input: $input) {\n      id\n    }\n  }\n": typeof types.ChangeFeedCreateInvoiceDocument,
    "\n  mutation ChangeFeedIssueInvoice($id: ID!) {\n    issueInvoice(id: $id) {\n      id\n    }\n  }\n": typeof types.ChangeFeedIssueInvoiceDocument,
    "\n  mutation ChangeFeedHireWithSalary {\n    hireEmployee(input: { name: \"Grace Hopper\", email: \"grace@feed.example\", salary: { amount: \"98765.43\", currencyCode: \"USD\" } }) {\n      id\n    }\n  }\n": typeof types.ChangeFeedHireWithSalaryDocument,
    "\n  mutation ChangeFeedRaiseSalary($id: ID!) {\n    updateEmployee(id: $id, input: { salary: { amount: \"123456.78\", currencyCode: \"USD\" } }) {\n      id\n    }\n  }\n": typeof types.ChangeFeedRaiseSalaryDocument,
    "\n  query ChangeFeedCount($types: [String!], $after: String) {\n    changes(types: $types, after: $after, first: 1) {\n      totalCount\n    }\n  }\n": typeof types.ChangeFeedCountDocument,
    "\n  query ChangeFeedEndCursor {\n    changes {\n      pageInfo {\n        endCursor\n      }\n    }\n  }\n": typeof types.ChangeFeedEndCursorDocument,
    "\n  mutation OutboxCreateClient($name: String!, $country: String!) {\n    createClient(input: { name: $name, country: $country }) {\n      id\n    }\n  }\n": typeof types.OutboxCreateClientDocument,
    "\n  mutation OutboxRenameClient($id: ID!, $name: String!, $expectedVersion: Int) {\n    updateClient(id: $id, input: { name: $name }, expectedVersion: $expectedVersion) {\n      version\n    }\n  }\n": typeof types.OutboxRenameClientDocument,
    "\n  mutation OutboxHireEmployee {\n    hireEmployee(\n      input: {\n        name: \"Grace Hopper\"\n        email: \"grace@recordgraph.example\"\n        capacityHoursPerWeek: 40\n        salary: { amount: \"98000.00\", currencyCode: \"USD\" }\n      }\n    ) {\n      id\n    }\n  }\n": typeof types.OutboxHireEmployeeDocument,
    "\n  mutation ProofCreateClient($name: String!) {\n    createClient(input: { name: $name, country: \"US\" }) {\n      id\n      version\n    }\n  }\n": typeof types.ProofCreateClientDocument,
    "\n  mutation ProofRenameClient($id: ID!, $name: String!) {\n    updateClient(id: $id, input: { name: $name }) {\n      id\n      version\n    }\n  }\n": typeof types.ProofRenameClientDocument,
    "\n  mutation ProofCreateEndpoint($url: String!) {\n    createWebhookEndpoint(input: { url: $url, types: [\"Client.*\"] }) {\n      secret\n    }\n  }\n": typeof types.ProofCreateEndpointDocument,
    "\n  subscription ProofClientChanged($after: String) {\n    entityChanged(types: [\"Client.*\"], after: $after) {\n      id\n      entityId\n      entityVersion\n      type\n    }\n  }\n": typeof types.ProofClientChangedDocument,
    "\n  query ProofClientFeed($after: String) {\n    changes(after: $after, types: [\"Client.*\"], first: 500) {\n      edges {\n        node {\n          id\n          entityId\n          entityVersion\n          type\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ProofClientFeedDocument,
    "\n    mutation RelayNatsRestartCreateClient {\n      createClient(input: { name: \"Outage Ltd\", country: \"US\" }) {\n        id\n      }\n    }\n  ": typeof types.RelayNatsRestartCreateClientDocument,
    "\n    mutation RelayNatsRestartRenameClient($id: ID!, $name: String!) {\n      updateClient(id: $id, input: { name: $name }) {\n        id\n      }\n    }\n  ": typeof types.RelayNatsRestartRenameClientDocument,
    "\n  subscription SubscriptionsEntityChanged($types: [String!], $after: String) {\n    entityChanged(types: $types, after: $after) {\n      id\n      cursor\n      type\n      entityId\n      entityVersion\n      actor {\n        subject\n        mutation\n      }\n      changes {\n        field\n        value\n      }\n    }\n  }\n": typeof types.SubscriptionsEntityChangedDocument,
    "\n  query SubscriptionsFeedPage($after: String) {\n    changes(after: $after, first: 500) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.SubscriptionsFeedPageDocument,
    "\n  mutation SubscriptionsCreateClient($name: String!) {\n    createClient(input: { name: $name, country: \"US\" }) {\n      id\n    }\n  }\n": typeof types.SubscriptionsCreateClientDocument,
    "\n  mutation SubscriptionsActivateClient($id: ID!) {\n    changeClientStatus(id: $id, status: ACTIVE) {\n      id\n    }\n  }\n": typeof types.SubscriptionsActivateClientDocument,
    "\n  query SubscriptionsFeedSince($after: String) {\n    changes(after: $after, types: [\"Client.*\"]) {\n      edges {\n        node {\n          id\n          cursor\n        }\n      }\n    }\n  }\n": typeof types.SubscriptionsFeedSinceDocument,
    "\n  query SubscriptionsEndCursor {\n    changes {\n      pageInfo {\n        endCursor\n      }\n    }\n  }\n": typeof types.SubscriptionsEndCursorDocument,
    "\n  subscription SubscriptionsOverPost {\n    entityChanged {\n      id\n    }\n  }\n": typeof types.SubscriptionsOverPostDocument,
    "\n  mutation WebhooksCreateEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        id\n        url\n        types\n        description\n        enabled\n        version\n      }\n    }\n  }\n": typeof types.WebhooksCreateEndpointDocument,
    "\n  mutation WebhooksDisableEndpoint($id: ID!, $v: Int) {\n    updateWebhookEndpoint(id: $id, input: { types: [\"Invoice.*\"], enabled: false }, expectedVersion: $v) {\n      id\n      url\n      types\n      description\n      enabled\n      version\n    }\n  }\n": typeof types.WebhooksDisableEndpointDocument,
    "\n  mutation WebhooksRotateSecret($id: ID!) {\n    rotateWebhookSecret(id: $id) {\n      secret\n    }\n  }\n": typeof types.WebhooksRotateSecretDocument,
    "\n  mutation WebhooksDeleteEndpoint($id: ID!) {\n    deleteWebhookEndpoint(id: $id) {\n      id\n    }\n  }\n": typeof types.WebhooksDeleteEndpointDocument,
    "\n  query WebhooksEndpoint($id: ID!) {\n    webhookEndpoint(id: $id) {\n      id\n    }\n  }\n": typeof types.WebhooksEndpointDocument,
    "\n  query WebhooksEndpointCount {\n    webhookEndpoints {\n      totalCount\n    }\n  }\n": typeof types.WebhooksEndpointCountDocument,
    "\n  query WebhooksDeadLetterCount {\n    webhookDeliveries(status: DEAD) {\n      totalCount\n    }\n  }\n": typeof types.WebhooksDeadLetterCountDocument,
    "\n  query WebhooksDeliveries($endpointId: ID, $status: WebhookDeliveryStatus) {\n    webhookDeliveries(endpointId: $endpointId, status: $status, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          endpointId\n          eventId\n          eventType\n          status\n          attemptCount\n          nextAttemptAt\n          lastAttemptAt\n          attempts {\n            number\n            attemptedAt\n            statusCode\n            durationMs\n            error\n          }\n        }\n      }\n    }\n  }\n": typeof types.WebhooksDeliveriesDocument,
    "\n  mutation WebhooksReplayDeadLetters($id: ID!) {\n    replayDeadLetters(endpointId: $id) {\n      replayed\n    }\n  }\n": typeof types.WebhooksReplayDeadLettersDocument,
    "\n  mutation WebhooksReplayDelivery($id: ID!) {\n    replayWebhookDelivery(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.WebhooksReplayDeliveryDocument,
    "\n  mutation WebhooksCreateClient($name: String!) {\n    createClient(input: { name: $name }) {\n      id\n    }\n  }\n": typeof types.WebhooksCreateClientDocument,
    "\n  mutation WebhooksSetIndustry($id: ID!) {\n    updateClient(id: $id, input: { industry: \"Retail\" }) {\n      id\n    }\n  }\n": typeof types.WebhooksSetIndustryDocument,
    "\n  query SystemOfRecordInventory {\n    systemOfRecord {\n      domains {\n        name\n        writeScope\n        owns\n        contributesTo\n      }\n      entities {\n        typename\n        owner\n        key\n        fields {\n          name\n          type\n          resolvedBy\n          kind\n          derivedFrom\n          writeScope\n        }\n      }\n    }\n  }\n": typeof types.SystemOfRecordInventoryDocument,
    "\n  query SystemOfRecordEntityNames {\n    systemOfRecord {\n      entities {\n        typename\n      }\n    }\n  }\n": typeof types.SystemOfRecordEntityNamesDocument,
    "\n  query SystemOfRecordOwners {\n    systemOfRecord {\n      entities {\n        typename\n        owner\n      }\n    }\n  }\n": typeof types.SystemOfRecordOwnersDocument,
    "\n  query ForeignSupergraphInventory {\n    systemOfRecord {\n      domains {\n        name\n        writeScope\n        owns\n      }\n      entities {\n        typename\n        owner\n        key\n      }\n    }\n  }\n": typeof types.ForeignSupergraphInventoryDocument,
    "\n  query ResilienceClientAndManager($id: ID!) {\n    client(id: $id) {\n      name\n      accountManager {\n        name\n      }\n    }\n  }\n": typeof types.ResilienceClientAndManagerDocument,
    "\n  query ResilienceClientName($id: ID!) {\n    client(id: $id) {\n      name\n    }\n  }\n": typeof types.ResilienceClientNameDocument,
    "\n  query ResilienceClientAndProjects($id: ID!) {\n    client(id: $id) {\n      name\n      projects {\n        id\n      }\n    }\n  }\n": typeof types.ResilienceClientAndProjectsDocument,
    "\n  mutation ResilienceCreateClient($name: String!) {\n    createClient(input: { name: $name }) {\n      id\n    }\n  }\n": typeof types.ResilienceCreateClientDocument,
    "\n  query ResilienceClientCount {\n    clients(first: 1) {\n      totalCount\n    }\n  }\n": typeof types.ResilienceClientCountDocument,
    "\n  mutation StatelessCreateClient {\n    createClient(input: { name: \"Stateless Ltd\" }) {\n      id\n    }\n  }\n": typeof types.StatelessCreateClientDocument,
    "\n  query StatelessEndpointsAndEntities {\n    webhookEndpoints {\n      totalCount\n    }\n    systemOfRecord {\n      entities {\n        typename\n      }\n    }\n  }\n": typeof types.StatelessEndpointsAndEntitiesDocument,
    "\n  query StatelessClientChanges {\n    changes(types: [\"Client.*\"]) {\n      edges {\n        node {\n          entityId\n        }\n      }\n    }\n  }\n": typeof types.StatelessClientChangesDocument,
    "\n  query ClientCount {\n    clients(first: 1) {\n      totalCount\n    }\n  }\n": typeof types.ClientCountDocument,
    "\n  mutation IdempotencyCreateClient($name: String!) {\n    createClient(input: { name: $name, country: \"US\" }) {\n      id\n      name\n      version\n    }\n  }\n": typeof types.IdempotencyCreateClientDocument,
    "\n  query IdempotencyClientCount {\n    clients(first: 1) {\n      totalCount\n    }\n  }\n": typeof types.IdempotencyClientCountDocument,
    "\n  query RequestIdClientCount {\n    clients(first: 1) {\n      totalCount\n    }\n  }\n": typeof types.RequestIdClientCountDocument,
    "\n  query ShutdownSlow {\n    clients(first: 2) {\n      totalCount\n    }\n  }\n": typeof types.ShutdownSlowDocument,
    "\n  query ShutdownClientCount {\n    clients(first: 1) {\n      totalCount\n    }\n  }\n": typeof types.ShutdownClientCountDocument,
    "\n  mutation ConcurrencyCreateClient($name: String!) {\n    createClient(input: { name: $name, country: \"US\", status: ACTIVE }) {\n      id\n    }\n  }\n": typeof types.ConcurrencyCreateClientDocument,
    "\n  mutation ConcurrencyCreateDraft($c: ID!, $p: Decimal!) {\n    createInvoice(input: { clientId: $c, currencyCode: \"USD\", lines: [{ description: \"Work\", quantity: \"1\", unitPrice: $p }] }) {\n      id\n    }\n  }\n": typeof types.ConcurrencyCreateDraftDocument,
    "\n  mutation ConcurrencySetIndustry($id: ID!, $industry: String) {\n    updateClient(id: $id, input: { industry: $industry }) {\n      version\n    }\n  }\n": typeof types.ConcurrencySetIndustryDocument,
    "\n  mutation ConcurrencySetIndustryAtVersion1($id: ID!, $industry: String) {\n    updateClient(id: $id, input: { industry: $industry }, expectedVersion: 1) {\n      version\n      industry\n    }\n  }\n": typeof types.ConcurrencySetIndustryAtVersion1Document,
    "\n  query ConcurrencyClientIndustry($id: ID!) {\n    client(id: $id) {\n      version\n      industry\n    }\n  }\n": typeof types.ConcurrencyClientIndustryDocument,
    "\n  mutation ConcurrencyIssueIn2023($id: ID!) {\n    issueInvoice(id: $id, input: { issueDate: \"2023-06-01\" }) {\n      number\n    }\n  }\n": typeof types.ConcurrencyIssueIn2023Document,
    "\n  mutation ConcurrencyCreateContract($c: ID!, $s: Date!) {\n    createContract(clientId: $c, input: { startDate: $s, endDate: \"2026-12-31\", annualValue: { amount: \"1000.00\", currencyCode: \"USD\" } }) {\n      id\n    }\n  }\n": typeof types.ConcurrencyCreateContractDocument,
    "\n  mutation ConcurrencyActivateContract($id: ID!) {\n    activateContract(id: $id, expectedVersion: 1) {\n      status\n    }\n  }\n": typeof types.ConcurrencyActivateContractDocument,
    "\n  query ConcurrencyClientContracts($id: ID!) {\n    client(id: $id) {\n      contracts {\n        status\n      }\n    }\n  }\n": typeof types.ConcurrencyClientContractsDocument,
    "\n  mutation ConcurrencyHire($name: String!, $email: String!) {\n    hireEmployee(input: { name: $name, email: $email }) {\n      id\n    }\n  }\n": typeof types.ConcurrencyHireDocument,
    "\n  query ConcurrencyEmployeeEmails {\n    employees(first: 500) {\n      edges {\n        node {\n          email\n        }\n      }\n    }\n  }\n": typeof types.ConcurrencyEmployeeEmailsDocument,
    "\n  mutation ConcurrencyCreateDepartment($name: String!) {\n    createDepartment(input: { name: $name }) {\n      id\n    }\n  }\n": typeof types.ConcurrencyCreateDepartmentDocument,
    "\n  query ConcurrencyDepartmentNames {\n    departments {\n      name\n    }\n  }\n": typeof types.ConcurrencyDepartmentNamesDocument,
    "\n  mutation ConcurrencySetManager($id: ID!, $m: ID) {\n    updateEmployee(id: $id, input: { managerId: $m }) {\n      id\n    }\n  }\n": typeof types.ConcurrencySetManagerDocument,
    "\n  query ConcurrencyEmployeeManagers {\n    employees(first: 500) {\n      edges {\n        node {\n          id\n          manager {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.ConcurrencyEmployeeManagersDocument,
    "\n  mutation ConcurrencyIssue($id: ID!) {\n    issueInvoice(id: $id) {\n      version\n    }\n  }\n": typeof types.ConcurrencyIssueDocument,
    "\n  mutation ConcurrencyPayInFull($id: ID!, $v: Int) {\n    recordPayment(invoiceId: $id, input: { amount: \"250.00\" }, expectedVersion: $v) {\n      status\n    }\n  }\n": typeof types.ConcurrencyPayInFullDocument,
    "\n  query ConcurrencyInvoicePayments($id: ID!) {\n    invoice(id: $id) {\n      status\n      balance {\n        amount\n      }\n      payments {\n        amount {\n          amount\n        }\n      }\n    }\n  }\n": typeof types.ConcurrencyInvoicePaymentsDocument,
    "\n  mutation MigrateCreateEteDepartment {\n    createDepartment(input: { name: \"ÉTÉ\" }) {\n      id\n    }\n  }\n": typeof types.MigrateCreateEteDepartmentDocument,
    "\n  mutation MigrateCreateMarketingDepartment {\n    createDepartment(input: { name: \"Marketing\" }) {\n      name\n    }\n  }\n": typeof types.MigrateCreateMarketingDepartmentDocument,
    "\n  query OrderingClientPage($after: String) {\n    clients(first: 3, after: $after) {\n      edges {\n        cursor\n        node {\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.OrderingClientPageDocument,
    "\n  query OrderingEmployeePage($after: String) {\n    employees(first: 3, after: $after) {\n      edges {\n        cursor\n        node {\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.OrderingEmployeePageDocument,
    "\n  query OrderingProjectPage($after: String) {\n    projects(first: 3, after: $after) {\n      edges {\n        cursor\n        node {\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.OrderingProjectPageDocument,
    "\n  mutation OrderingCreateClient($name: String!) {\n    createClient(input: { name: $name }) {\n      id\n    }\n  }\n": typeof types.OrderingCreateClientDocument,
    "\n  mutation OrderingHire($name: String!, $email: String!) {\n    hireEmployee(input: { name: $name, email: $email }) {\n      id\n    }\n  }\n": typeof types.OrderingHireDocument,
    "\n  mutation OrderingCreateDepartment($name: String!) {\n    createDepartment(input: { name: $name }) {\n      id\n    }\n  }\n": typeof types.OrderingCreateDepartmentDocument,
    "\n  query OrderingDepartmentNames {\n    departments {\n      name\n    }\n  }\n": typeof types.OrderingDepartmentNamesDocument,
    "\n  mutation OrderingCreateOwner {\n    createClient(input: { name: \"Owner\", status: ACTIVE }) {\n      id\n    }\n  }\n": typeof types.OrderingCreateOwnerDocument,
    "\n  mutation OrderingCreateProject($name: String!, $c: ID!) {\n    createProject(input: { name: $name, clientId: $c, budgetHours: \"10\" }) {\n      id\n    }\n  }\n": typeof types.OrderingCreateProjectDocument,
    "\n  mutation PoolCreatePooled {\n    createClient(input: { name: \"Pooled\" }) {\n      id\n    }\n  }\n": typeof types.PoolCreatePooledDocument,
    "\n  mutation PoolSetIndustry($id: ID!, $i: String) {\n    updateClient(id: $id, input: { industry: $i }) {\n      version\n    }\n  }\n": typeof types.PoolSetIndustryDocument,
    "\n  mutation OverdueCreateClient {\n    createClient(input: { name: \"Late Payers\" }) {\n      id\n    }\n  }\n": typeof types.OverdueCreateClientDocument,
    "\n  mutation OverdueCreateInvoice($clientId: ID!) {\n    createInvoice(input: { clientId: $clientId, currencyCode: \"USD\", lines: [{ description: \"Work\", quantity: \"1\", unitPrice: \"100\" }] }) {\n      id\n    }\n  }\n": typeof types.OverdueCreateInvoiceDocument,
    "\n  mutation OverdueIssueInvoice($id: ID!, $issueDate: Date, $dueDate: Date) {\n    issueInvoice(id: $id, input: { issueDate: $issueDate, dueDate: $dueDate }) {\n      id\n      version\n    }\n  }\n": typeof types.OverdueIssueInvoiceDocument,
    "\n  mutation OverduePayInvoice($id: ID!, $amount: Decimal!) {\n    recordPayment(invoiceId: $id, input: { amount: $amount }) {\n      status\n    }\n  }\n": typeof types.OverduePayInvoiceDocument,
    "\n  query OverdueInvoices($overdue: Boolean, $clientId: ID) {\n    invoices(overdue: $overdue, clientId: $clientId) {\n      totalCount\n      edges {\n        node {\n          id\n          overdue\n        }\n      }\n    }\n  }\n": typeof types.OverdueInvoicesDocument,
    "\n  mutation RankingCreateClient($name: String!) {\n    createClient(input: { name: $name }) {\n      id\n    }\n  }\n": typeof types.RankingCreateClientDocument,
    "\n  mutation RankingCreateInvoice($clientId: ID!, $amount: Decimal!) {\n    createInvoice(\n      input: { clientId: $clientId, currencyCode: \"USD\", lines: [{ description: \"Work\", quantity: \"1\", unitPrice: $amount }] }\n    ) {\n      id\n    }\n  }\n": typeof types.RankingCreateInvoiceDocument,
    "\n  mutation RankingIssueInvoice($id: ID!, $issueDate: Date!) {\n    issueInvoice(id: $id, input: { issueDate: $issueDate }) {\n      status\n    }\n  }\n": typeof types.RankingIssueInvoiceDocument,
    "\n  query RankingClientsByRevenue($months: Int, $first: Int, $after: String) {\n    clientsByRevenue(months: $months, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          revenue(months: $months) {\n            amount\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.RankingClientsByRevenueDocument,
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
    "\n  query AccountingRevenueReport($first: Int, $after: String, $from: Date, $to: Date, $orderBy: RevenueReportOrder) {\n    revenueByClientByMonth(first: $first, after: $after, from: $from, to: $to, orderBy: $orderBy) {\n      edges {\n        cursor\n        node {\n          client {\n            id\n          }\n          month\n          revenue {\n            amount\n            currencyCode\n          }\n          invoices\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AccountingRevenueReportDocument,
    "\n  query AccountingRevenueReportCount($from: Date, $to: Date) {\n    revenueByClientByMonth(first: 0, from: $from, to: $to) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": typeof types.AccountingRevenueReportCountDocument,
    "\n  query AccountingInvoiceReport($first: Int, $after: String, $from: Date, $to: Date, $status: InvoiceStatus, $orderBy: InvoiceReportOrder) {\n    invoiceReport(first: $first, after: $after, from: $from, to: $to, status: $status, orderBy: $orderBy) {\n      edges {\n        node {\n          id\n          number\n          status\n          issueDate\n          client {\n            id\n          }\n          total {\n            amount\n            currencyCode\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.AccountingInvoiceReportDocument,
    "\n  fragment AccountingClientRevenueByMonth on Client {\n    revenueByMonth(months: $months) {\n      month\n      revenue {\n        amount\n        currencyCode\n      }\n      invoices\n    }\n  }\n": typeof types.AccountingClientRevenueByMonthFragmentDoc,
    "\n  mutation CrmListCreateClient($name: String!, $status: ClientStatus) {\n    createClient(input: { name: $name, status: $status }) {\n      id\n    }\n  }\n": typeof types.CrmListCreateClientDocument,
    "\n  query CrmListClients($first: Int, $after: String, $status: ClientStatus, $search: String, $orderBy: ClientOrder) {\n    clients(first: $first, after: $after, status: $status, search: $search, orderBy: $orderBy) {\n      edges {\n        node {\n          name\n          status\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.CrmListClientsDocument,
    "\n  mutation DealsCreateClient($name: String!) {\n    createClient(input: { name: $name }) {\n      id\n    }\n  }\n": typeof types.DealsCreateClientDocument,
    "\n  mutation DealsCreateDeal($clientId: ID!, $title: String!) {\n    createDeal(clientId: $clientId, input: { title: $title, amount: { amount: \"1000.00\", currencyCode: \"USD\" } }) {\n      id\n      version\n    }\n  }\n": typeof types.DealsCreateDealDocument,
    "\n  mutation DealsMoveDeal($id: ID!, $stage: DealStage!, $v: Int) {\n    moveDeal(id: $id, stage: $stage, expectedVersion: $v) {\n      id\n      version\n      stage\n    }\n  }\n": typeof types.DealsMoveDealDocument,
    "\n  query DealsList($first: Int, $after: String, $stage: DealStage, $since: Date) {\n    deals(first: $first, after: $after, stage: $stage, updatedSince: $since) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          stage\n          client {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.DealsListDocument,
    "\n  mutation DuplicatesCreateClient($name: String!, $domain: String) {\n    createClient(input: { name: $name, domain: $domain }) {\n      id\n    }\n  }\n": typeof types.DuplicatesCreateClientDocument,
    "\n  mutation DuplicatesAddContact($clientId: ID!, $name: String!, $email: String!, $phone: String) {\n    addContact(clientId: $clientId, input: { name: $name, email: $email, phone: $phone }) {\n      id\n    }\n  }\n": typeof types.DuplicatesAddContactDocument,
    "\n  query DuplicatesCandidates($first: Int, $minScore: Float) {\n    duplicateCandidates(first: $first, minScore: $minScore) {\n      clients {\n        clients {\n          name\n        }\n        score\n        evidence {\n          kind\n          value\n          weight\n        }\n      }\n      contacts {\n        contacts {\n          name\n          email\n        }\n        score\n        evidence {\n          kind\n          value\n          weight\n        }\n      }\n    }\n  }\n": typeof types.DuplicatesCandidatesDocument,
    "\n  mutation DuplicatesMerge($survivorId: ID!, $mergedId: ID!) {\n    mergeClients(survivorId: $survivorId, mergedId: $mergedId) {\n      id\n    }\n  }\n": typeof types.DuplicatesMergeDocument,
    "\n  mutation MergeCreateClient($input: CreateClientInput!) {\n    createClient(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.MergeCreateClientDocument,
    "\n  mutation MergeAddContact($clientId: ID!, $email: String!) {\n    addContact(clientId: $clientId, input: { name: \"Pat Buyer\", email: $email }) {\n      id\n    }\n  }\n": typeof types.MergeAddContactDocument,
    "\n  mutation MergeCreateDeal($clientId: ID!) {\n    createDeal(clientId: $clientId, input: { title: \"Pilot\", amount: { amount: \"5000.00\", currencyCode: \"EUR\" } }) {\n      id\n    }\n  }\n": typeof types.MergeCreateDealDocument,
    "\n  mutation MergeCreateContract($clientId: ID!) {\n    createContract(\n      clientId: $clientId\n      input: { startDate: \"2026-01-01\", endDate: \"2026-12-31\", annualValue: { amount: \"1000.00\", currencyCode: \"EUR\" } }\n    ) {\n      id\n    }\n  }\n": typeof types.MergeCreateContractDocument,
    "\n  mutation MergeActivateContract($id: ID!) {\n    activateContract(id: $id) {\n      status\n    }\n  }\n": typeof types.MergeActivateContractDocument,
    "\n  mutation MergeClients($survivorId: ID!, $mergedId: ID!, $fields: MergeClientFieldsInput, $sv: Int, $mv: Int) {\n    mergeClients(survivorId: $survivorId, mergedId: $mergedId, fields: $fields, expectedSurvivorVersion: $sv, expectedMergedVersion: $mv) {\n      id\n      name\n      domain\n      industry\n      country\n      status\n      version\n      contacts {\n        id\n      }\n      deals {\n        id\n      }\n      contracts {\n        id\n      }\n      externalIds {\n        system\n        id\n      }\n    }\n  }\n": typeof types.MergeClientsDocument,
    "\n  query MergeByHubspotId($id: String!) {\n    clientByExternalId(system: \"hubspot\", id: $id) {\n      id\n    }\n  }\n": typeof types.MergeByHubspotIdDocument,
    "\n  query MergeClientById($id: ID!) {\n    client(id: $id) {\n      id\n      name\n    }\n  }\n": typeof types.MergeClientByIdDocument,
    "\n  query MergeClientIds($status: ClientStatus) {\n    clients(first: 500, status: $status) {\n      edges {\n        node {\n          id\n          status\n          mergedInto {\n            id\n          }\n        }\n      }\n      totalCount\n    }\n  }\n": typeof types.MergeClientIdsDocument,
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
    "\n  query ProjectsTimeByWeek(\n    $first: Int\n    $after: String\n    $from: Date\n    $to: Date\n    $projectId: ID\n    $employeeId: ID\n    $orderBy: TimeReportOrder\n    $count: Boolean = false\n  ) {\n    timeByWeek(first: $first, after: $after, from: $from, to: $to, projectId: $projectId, employeeId: $employeeId, orderBy: $orderBy) {\n      edges {\n        node {\n          project {\n            id\n            name\n          }\n          employee {\n            id\n          }\n          week\n          hours\n          billableHours\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount @include(if: $count)\n    }\n  }\n": typeof types.ProjectsTimeByWeekDocument,
    "\n  query ProcessesActiveClient {\n    clients(first: 1, status: ACTIVE) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.ProcessesActiveClientDocument,
    "\n  query ProcessesClientCount {\n    clients(first: 1) {\n      totalCount\n    }\n  }\n": typeof types.ProcessesClientCountDocument,
    "\n  mutation ProcessesCreateEndpoint {\n    createWebhookEndpoint(input: { url: \"https://hooks.example.com/in\", types: [\"Nobody.*\"] }) {\n      endpoint {\n        id\n      }\n    }\n  }\n": typeof types.ProcessesCreateEndpointDocument,
    "\n  query ProcessesEndpointCount {\n    webhookEndpoints {\n      totalCount\n    }\n  }\n": typeof types.ProcessesEndpointCountDocument,
    "\n  query ReplicasProbe {\n    clients(first: 3) {\n      edges {\n        node {\n          id\n          name\n          revenue(months: 12) {\n            amount\n          }\n        }\n      }\n      totalCount\n    }\n  }\n": typeof types.ReplicasProbeDocument,
    "\n  query ReplicasControl {\n    employees(first: 2) {\n      totalCount\n    }\n  }\n": typeof types.ReplicasControlDocument,
    "\n  query ReplicasShared {\n    clients(first: 1) {\n      totalCount\n    }\n  }\n": typeof types.ReplicasSharedDocument,
    "\n  query ReplicasOrphan {\n    projects(first: 2) {\n      totalCount\n    }\n  }\n": typeof types.ReplicasOrphanDocument,
    "\n  query WebClient360Headline {\n    clients(first: 2, status: ACTIVE) {\n      edges {\n        node {\n          id\n          name\n          version\n          revenue(months: 12) {\n            amount\n          }\n          invoices(first: 25) {\n            totalCount\n          }\n          projects {\n            id\n          }\n          accountManager {\n            name\n            version\n          }\n          renewal {\n            risks\n          }\n        }\n      }\n    }\n  }\n": typeof types.WebClient360HeadlineDocument,
    "\n  query WebClientsNames($orderBy: ClientOrder, $search: String, $status: ClientStatus) {\n    clients(first: 500, orderBy: $orderBy, search: $search, status: $status) {\n      edges {\n        node {\n          name\n        }\n      }\n      totalCount\n    }\n  }\n": typeof types.WebClientsNamesDocument,
    "\n  query WebClientsByRevenue {\n    clientsByRevenue(first: 500) {\n      edges {\n        node {\n          name\n        }\n      }\n      totalCount\n    }\n  }\n": typeof types.WebClientsByRevenueDocument,
    "\n  query WebJourneyClientWithBalance {\n    invoices(first: 1, status: SENT) {\n      edges {\n        node {\n          id\n          number\n          client {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.WebJourneyClientWithBalanceDocument,
    "\n  query WebJourneyOutstanding($id: ID!) {\n    client(id: $id) {\n      outstanding {\n        amount\n      }\n    }\n  }\n": typeof types.WebJourneyOutstandingDocument,
    "\n  query TodayTestInvoiceBalance($id: ID!) {\n    invoice(id: $id) {\n      version\n      balance {\n        amount\n        currencyCode\n      }\n    }\n  }\n": typeof types.TodayTestInvoiceBalanceDocument,
    "\n        query TodayTestOverdue {\n          invoices(overdue: true, first: 25) {\n            edges {\n              node {\n                id\n              }\n            }\n          }\n        }\n      ": typeof types.TodayTestOverdueDocument,
    "\n  query WorkflowTestInvoice($id: ID!) {\n    invoice(id: $id) {\n      version\n      status\n      balance {\n        amount\n        currencyCode\n      }\n      payments {\n        id\n        reference\n      }\n      client {\n        id\n        outstanding {\n          amount\n          currencyCode\n        }\n      }\n    }\n  }\n": typeof types.WorkflowTestInvoiceDocument,
    "\n  query WorkflowTestProject($id: ID!) {\n    project(id: $id) {\n      version\n      health\n      healthNote\n      hoursLogged\n      timeEntries(first: 1) {\n        totalCount\n      }\n    }\n  }\n": typeof types.WorkflowTestProjectDocument,
    "\n  query WorkflowTestDeal($id: ID!) {\n    deal(id: $id) {\n      version\n      stage\n    }\n  }\n": typeof types.WorkflowTestDealDocument,
    "\n  mutation WorkflowTestPay($id: ID!) {\n    recordPayment(invoiceId: $id, input: { amount: \"1.00\", reference: \"someone else\" }) {\n      version\n    }\n  }\n": typeof types.WorkflowTestPayDocument,
};
const documents: Documents = {
    "query ClientOverview($id: ID!) {\n  client(id: $id) {\n    id\n    name\n    status\n    accountManager {\n      id\n      name\n      email\n    }\n    revenue(months: 12) {\n      amount\n      currencyCode\n    }\n    outstanding {\n      amount\n      currencyCode\n    }\n    invoices(first: 5) {\n      edges {\n        node {\n          id\n          number\n          status\n          total {\n            amount\n            currencyCode\n          }\n          dueDate\n        }\n      }\n      totalCount\n    }\n    projects {\n      id\n      name\n      phase\n      health\n      lead {\n        name\n      }\n    }\n    renewal {\n      date\n      daysLeft\n      onTrack\n      risks\n    }\n  }\n  clients(first: 50) {\n    edges {\n      node {\n        id\n        name\n        revenue(months: 12) {\n          amount\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    totalCount\n  }\n}": types.ClientOverviewDocument,
    "query ExportInvoices($first: Int!, $after: String, $from: Date, $to: Date) {\n  invoiceReport(\n    first: $first\n    after: $after\n    from: $from\n    to: $to\n    orderBy: ISSUE_DATE_ASC\n  ) {\n    edges {\n      node {\n        id\n        number\n        status\n        issueDate\n        dueDate\n        overdue\n        client {\n          id\n          name\n          accountManager {\n            id\n            name\n          }\n        }\n        total {\n          amount\n          currencyCode\n        }\n        amountPaid {\n          amount\n        }\n        balance {\n          amount\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": types.ExportInvoicesDocument,
    "query ExportRevenueByMonth($first: Int!, $after: String, $from: Date, $to: Date) {\n  revenueByClientByMonth(\n    first: $first\n    after: $after\n    from: $from\n    to: $to\n    orderBy: MONTH_ASC\n  ) {\n    edges {\n      node {\n        month\n        client {\n          id\n          name\n          accountManager {\n            id\n            name\n          }\n        }\n        revenue {\n          amount\n          currencyCode\n        }\n        invoices\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": types.ExportRevenueByMonthDocument,
    "query ExportTimeByWeek($first: Int!, $after: String, $from: Date, $to: Date) {\n  timeByWeek(\n    first: $first\n    after: $after\n    from: $from\n    to: $to\n    orderBy: WEEK_ASC\n  ) {\n    edges {\n      node {\n        week\n        project {\n          id\n          name\n          client {\n            id\n            name\n          }\n        }\n        employee {\n          id\n          name\n        }\n        hours\n        billableHours\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": types.ExportTimeByWeekDocument,
    "\n  query AttackClientCount {\n    clients(first: 1) {\n      totalCount\n    }\n    changes(first: 1) {\n      totalCount\n    }\n  }\n": types.AttackClientCountDocument,
    "\n  query AttackProjectClients {\n    projects(first: 500) {\n      edges {\n        node {\n          id\n          client {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.AttackProjectClientsDocument,
    "\n  mutation AttackCreateClient($name: String!) {\n    createClient(input: { name: $name }) {\n      id\n    }\n  }\n": types.AttackCreateClientDocument,
    "\n  fragment AuditPage on AuditConnection {\n    edges {\n      cursor\n      node {\n        actor {\n          subject\n          scopes\n        }\n        mutation\n        entityType\n        entityId\n        version\n        changes {\n          field\n          before\n          after\n        }\n        requestId\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    totalCount\n  }\n": types.AuditPageFragmentDoc,
    "\n  query AuditClientHistory($id: ID!, $first: Int, $after: String) {\n    client(id: $id) {\n      history(first: $first, after: $after) {\n        ...AuditPage\n      }\n    }\n  }\n": types.AuditClientHistoryDocument,
    "\n  mutation AuditCreateAcme {\n    createClient(input: { name: \"Acme\", country: \"US\" }) {\n      id\n    }\n  }\n": types.AuditCreateAcmeDocument,
    "\n  mutation AuditRenameAcme($id: ID!) {\n    updateClient(id: $id, input: { name: \"Acme Ltd\", country: \"US\" }) {\n      id\n    }\n  }\n": types.AuditRenameAcmeDocument,
    "\n  mutation AuditCreateContract($c: ID!, $s: Date!, $e: Date!) {\n    createContract(clientId: $c, input: { startDate: $s, endDate: $e, annualValue: { amount: \"1200.00\", currencyCode: \"USD\" } }) {\n      id\n    }\n  }\n": types.AuditCreateContractDocument,
    "\n  mutation AuditActivateContract($id: ID!) {\n    activateContract(id: $id) {\n      id\n    }\n  }\n": types.AuditActivateContractDocument,
    "\n  mutation AuditRenewContract($id: ID!) {\n    renewContract(id: $id) {\n      id\n      history {\n        ...AuditPage\n      }\n    }\n  }\n": types.AuditRenewContractDocument,
    "\n  query AuditContractHistory($id: ID!) {\n    contract(id: $id) {\n      history {\n        ...AuditPage\n      }\n    }\n  }\n": types.AuditContractHistoryDocument,
    "\n  mutation AuditHireAda {\n    hireEmployee(input: { name: \"Ada Lovelace\", email: \"ada@audit.example\", capacityHoursPerWeek: 40 }) {\n      id\n    }\n  }\n": types.AuditHireAdaDocument,
    "\n  query AuditEmployeeHistory($id: ID!) {\n    employee(id: $id) {\n      history {\n        ...AuditPage\n      }\n    }\n  }\n": types.AuditEmployeeHistoryDocument,
    "\n  mutation AuditCreateInvoice($c: ID!) {\n    createInvoice(input: { clientId: $c, currencyCode: \"USD\", lines: [{ description: \"Work\", quantity: \"1\", unitPrice: \"100.00\" }] }) {\n      id\n    }\n  }\n": types.AuditCreateInvoiceDocument,
    "\n  mutation AuditIssueInvoice($id: ID!) {\n    issueInvoice(id: $id) {\n      id\n    }\n  }\n": types.AuditIssueInvoiceDocument,
    "\n  mutation AuditPayForty($id: ID!) {\n    recordPayment(invoiceId: $id, input: { amount: \"40.00\" }) {\n      id\n    }\n  }\n": types.AuditPayFortyDocument,
    "\n  mutation AuditPaySixty($id: ID!) {\n    recordPayment(invoiceId: $id, input: { amount: \"60.00\" }) {\n      id\n    }\n  }\n": types.AuditPaySixtyDocument,
    "\n  query AuditInvoiceHistory($id: ID!) {\n    invoice(id: $id) {\n      history {\n        ...AuditPage\n      }\n    }\n  }\n": types.AuditInvoiceHistoryDocument,
    "\n  query AuditAccountingLog {\n    accountingAuditLog(actor: \"test-admin\", first: 2) {\n      ...AuditPage\n    }\n  }\n": types.AuditAccountingLogDocument,
    "\n  mutation AuditHireGrace {\n    hireEmployee(input: { name: \"Grace Hopper\", email: \"grace@audit.example\", capacityHoursPerWeek: 40 }) {\n      id\n    }\n  }\n": types.AuditHireGraceDocument,
    "\n  mutation AuditCreateProject($c: ID!) {\n    createProject(input: { name: \"Audit\", clientId: $c, budgetHours: \"10\" }) {\n      id\n    }\n  }\n": types.AuditCreateProjectDocument,
    "\n  mutation AuditKickOff($id: ID!) {\n    advanceProject(id: $id, phase: KICKOFF) {\n      id\n    }\n  }\n": types.AuditKickOffDocument,
    "\n  mutation AuditLogTime($p: ID!, $e: ID!, $d: Date!) {\n    logTime(input: { projectId: $p, employeeId: $e, date: $d, hours: \"1.5\" }) {\n      id\n    }\n  }\n": types.AuditLogTimeDocument,
    "\n  query AuditProjectHistory($id: ID!) {\n    project(id: $id) {\n      history {\n        ...AuditPage\n      }\n    }\n  }\n": types.AuditProjectHistoryDocument,
    "\n  query AuditProjectsLog {\n    projectsAuditLog(actor: \"test-admin\", first: 1) {\n      ...AuditPage\n    }\n  }\n": types.AuditProjectsLogDocument,
    "\n  mutation AuditHirePaidPerson {\n    hireEmployee(\n      input: {\n        name: \"Paid Person\"\n        email: \"paid@audit.example\"\n        capacityHoursPerWeek: 40\n        salary: { amount: \"90000.00\", currencyCode: \"USD\" }\n      }\n    ) {\n      id\n    }\n  }\n": types.AuditHirePaidPersonDocument,
    "\n  query AuditEmployeeChanges($id: ID!) {\n    employee(id: $id) {\n      history {\n        edges {\n          node {\n            changes {\n              field\n              before\n              after\n            }\n          }\n        }\n      }\n    }\n  }\n": types.AuditEmployeeChangesDocument,
    "\n  query AuditHrLog {\n    hrAuditLog(actor: \"test-admin\", first: 1) {\n      ...AuditPage\n    }\n  }\n": types.AuditHrLogDocument,
    "\n  mutation AuditChangeClientStatus($id: ID!, $s: ClientStatus!) {\n    changeClientStatus(id: $id, status: $s) {\n      id\n    }\n  }\n": types.AuditChangeClientStatusDocument,
    "\n  mutation AuditCreateClient($n: String!) {\n    createClient(input: { name: $n }) {\n      id\n    }\n  }\n": types.AuditCreateClientDocument,
    "\n  query AuditClientIds {\n    clients(first: 50) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.AuditClientIdsDocument,
    "\n  query AuditClientIdsWithHistory {\n    clients(first: 50) {\n      edges {\n        node {\n          id\n          history(first: 1) {\n            totalCount\n            edges {\n              node {\n                version\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.AuditClientIdsWithHistoryDocument,
    "\n  mutation AuditUpdateClient($id: ID!, $n: String, $v: Int, $m: ID) {\n    updateClient(id: $id, input: { name: $n, accountManagerId: $m }, expectedVersion: $v) {\n      id\n    }\n  }\n": types.AuditUpdateClientDocument,
    "\n  mutation AuditCreateAtomic {\n    createClient(input: { name: \"Atomic\" }) {\n      id\n    }\n  }\n": types.AuditCreateAtomicDocument,
    "\n  mutation AuditRenameToChanged($id: ID!) {\n    updateClient(id: $id, input: { name: \"Changed\" }) {\n      id\n    }\n  }\n": types.AuditRenameToChangedDocument,
    "\n  query AuditClientNameAndVersion($id: ID!) {\n    client(id: $id) {\n      name\n      version\n    }\n  }\n": types.AuditClientNameAndVersionDocument,
    "\n  query AuditActorLogs {\n    crmAuditLog(actor: \"alice\", first: 3) {\n      ...AuditPage\n    }\n    bobs: crmAuditLog(actor: \"bob\") {\n      ...AuditPage\n    }\n    hrAuditLog(actor: \"alice\") {\n      ...AuditPage\n    }\n  }\n": types.AuditActorLogsDocument,
    "\n  query AuditAliceCrmLogAfter($a: String) {\n    crmAuditLog(actor: \"alice\", first: 500, after: $a) {\n      ...AuditPage\n    }\n  }\n": types.AuditAliceCrmLogAfterDocument,
    "\n  query AuditAliceCrmLogCount {\n    crmAuditLog(actor: \"alice\") {\n      totalCount\n    }\n  }\n": types.AuditAliceCrmLogCountDocument,
    "\n  query ChaosActiveClients {\n    clients(first: 50, status: ACTIVE) {\n      edges {\n        node {\n          id\n          accountManager {\n            id\n          }\n          projects {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.ChaosActiveClientsDocument,
    "\n  mutation ChaosCreateClient($name: String!) {\n    createClient(input: { name: $name }) {\n      id\n    }\n  }\n": types.ChaosCreateClientDocument,
    "\n  query ChaosClientNames($after: String) {\n    clients(first: 500, after: $after) {\n      edges {\n        node {\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ChaosClientNamesDocument,
    "\n  mutation AuthorisationCreateClient($n: String!) {\n    createClient(input: { name: $n }) {\n      id\n      name\n    }\n  }\n": types.AuthorisationCreateClientDocument,
    "\n  mutation AuthorisationCreateInvoice($c: ID!) {\n    createInvoice(input: { clientId: $c, currencyCode: \"USD\", lines: [{ description: \"Matrix\", quantity: \"1\", unitPrice: \"10\" }] }) {\n      id\n      status\n    }\n  }\n": types.AuthorisationCreateInvoiceDocument,
    "\n  mutation AuthorisationCreateDepartment($n: String!) {\n    createDepartment(input: { name: $n }) {\n      id\n      name\n    }\n  }\n": types.AuthorisationCreateDepartmentDocument,
    "\n  mutation AuthorisationCreateProject($n: String!, $c: ID!, $l: ID!) {\n    createProject(input: { name: $n, clientId: $c, leadId: $l, budgetHours: \"10\" }) {\n      id\n      name\n    }\n  }\n": types.AuthorisationCreateProjectDocument,
    "\n  query AuthorisationClientCount {\n    clients(first: 1) {\n      totalCount\n    }\n  }\n": types.AuthorisationClientCountDocument,
    "\n  query AuthorisationEmployeeSalary($id: ID!) {\n    employee(id: $id) {\n      id\n      name\n      salary {\n        amount\n        currencyCode\n      }\n    }\n  }\n": types.AuthorisationEmployeeSalaryDocument,
    "\n  query AuthorisationEmployeeSalaries {\n    employees(first: 3) {\n      edges {\n        node {\n          name\n          salary {\n            amount\n          }\n        }\n      }\n    }\n  }\n": types.AuthorisationEmployeeSalariesDocument,
    "\n  query AuthorisationProjectLeadSalaries {\n    projects(first: 2) {\n      edges {\n        node {\n          lead {\n            name\n            salary {\n              amount\n            }\n          }\n        }\n      }\n    }\n  }\n": types.AuthorisationProjectLeadSalariesDocument,
    "\n  mutation AuthorisationHirePaidPerson($e: String!) {\n    hireEmployee(input: { name: \"Paid Person\", email: $e, salary: { amount: \"81000.00\", currencyCode: \"USD\" } }) {\n      id\n      salary {\n        amount\n        currencyCode\n      }\n    }\n  }\n": types.AuthorisationHirePaidPersonDocument,
    "\n  mutation AuthorisationUpdateSalary($id: ID!, $s: MoneyInput) {\n    updateEmployee(id: $id, input: { title: \"Paid\", salary: $s }) {\n      title\n      salary {\n        amount\n      }\n    }\n  }\n": types.AuthorisationUpdateSalaryDocument,
    "\n  mutation BadBytesHire {\n    hireEmployee(input: { name: \"Grace Hopper\", email: \"grace@bad-bytes.example\" }) {\n      id\n    }\n  }\n": types.BadBytesHireDocument,
    "\n  mutation BadBytesClient {\n    createClient(input: { name: \"Bytes Ltd\", country: \"GB\" }) {\n      id\n    }\n  }\n": types.BadBytesClientDocument,
    "\n  mutation BadBytesProject($clientId: ID!) {\n    createProject(input: { name: \"Bytes rollout\", clientId: $clientId, budgetHours: \"40\" }) {\n      id\n    }\n  }\n": types.BadBytesProjectDocument,
    "\n  mutation BadBytesKickoff($id: ID!) {\n    advanceProject(id: $id, phase: KICKOFF) {\n      phase\n    }\n  }\n": types.BadBytesKickoffDocument,
    "\n  query BatchingClientList($first: Int!) {\n    clients(first: $first) {\n      edges {\n        node {\n          id\n          name\n          accountManager {\n            name\n            email\n          }\n          revenue(months: 12) {\n            amount\n            currencyCode\n          }\n          outstanding {\n            amount\n          }\n          projects {\n            id\n            name\n            health\n            lead {\n              name\n            }\n          }\n          renewal {\n            onTrack\n            risks\n          }\n        }\n      }\n    }\n  }\n": types.BatchingClientListDocument,
    "\n  query CliClientCount {\n    clients {\n      totalCount\n    }\n  }\n": types.CliClientCountDocument,
    "\n  mutation CliCreateClient {\n    createClient(input: { name: \"Minted\" }) {\n      name\n    }\n  }\n": types.CliCreateClientDocument,
    "\n  query MergeE2eClients {\n    clients(first: 100) {\n      edges {\n        node {\n          id\n          activeContract {\n            id\n          }\n          projects {\n            id\n          }\n          invoices(first: 1) {\n            totalCount\n          }\n        }\n      }\n    }\n  }\n": types.MergeE2eClientsDocument,
    "\n  query MergeE2eFigures($id: ID!) {\n    client(id: $id) {\n      id\n      revenue(months: 12) {\n        amount\n      }\n      outstanding {\n        amount\n      }\n      projects {\n        id\n      }\n      invoices(first: 1) {\n        totalCount\n      }\n    }\n  }\n": types.MergeE2eFiguresDocument,
    "\n  mutation MergeE2eCancelContract($id: ID!) {\n    cancelContract(id: $id) {\n      status\n    }\n  }\n": types.MergeE2eCancelContractDocument,
    "\n  mutation MergeE2eMerge($survivorId: ID!, $mergedId: ID!) {\n    mergeClients(survivorId: $survivorId, mergedId: $mergedId) {\n      id\n      status\n    }\n  }\n": types.MergeE2eMergeDocument,
    "\n  mutation MergeE2eCreateInvoice($clientId: ID!) {\n    createInvoice(\n      input: { clientId: $clientId, currencyCode: \"USD\", lines: [{ description: \"Late\", quantity: \"1\", unitPrice: \"10.00\" }] }\n    ) {\n      id\n    }\n  }\n": types.MergeE2eCreateInvoiceDocument,
    "\n  query DataQuality($examples: Int) {\n    crmDataQuality(examples: $examples) {\n      ...QualityReport\n    }\n    accountingDataQuality(examples: $examples) {\n      ...QualityReport\n    }\n    hrDataQuality(examples: $examples) {\n      ...QualityReport\n    }\n    projectsDataQuality(examples: $examples) {\n      ...QualityReport\n    }\n  }\n  fragment QualityReport on DataQualityReport {\n    domain\n    score\n    entities {\n      entityType\n      records\n      score\n      checks {\n        kind\n        field\n        description\n        count\n        examples {\n          id\n          problem\n        }\n      }\n    }\n  }\n": types.DataQualityDocument,
    "\n          mutation ExportAwkwardClient($name: String!) {\n            createClient(input: { name: $name, status: ACTIVE }) {\n              id\n            }\n          }\n        ": types.ExportAwkwardClientDocument,
    "\n          mutation ExportAwkwardInvoice($clientId: ID!) {\n            createInvoice(\n              input: { clientId: $clientId, currencyCode: \"EUR\", lines: [{ description: \"Work\", quantity: \"1\", unitPrice: \"1234.5\" }] }\n            ) {\n              id\n            }\n          }\n        ": types.ExportAwkwardInvoiceDocument,
    "\n          mutation ExportAwkwardIssue($id: ID!) {\n            issueInvoice(id: $id) {\n              status\n            }\n          }\n        ": types.ExportAwkwardIssueDocument,
    "\n  query ClientPage($after: String) {\n    clients(first: 25, after: $after) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.ClientPageDocument,
    "\n  mutation CrashCreateClient($name: String!) {\n    createClient(input: { name: $name, country: \"US\" }) {\n      id\n    }\n  }\n": types.CrashCreateClientDocument,
    "\n  mutation CrashCreateProject($clientId: ID!, $name: String!) {\n    createProject(input: { clientId: $clientId, name: $name, budgetHours: \"10\" }) {\n      id\n      name\n      version\n      tasks {\n        id\n      }\n    }\n  }\n": types.CrashCreateProjectDocument,
    "\n  query CommandsDataQualityScores {\n    crmDataQuality {\n      score\n    }\n    accountingDataQuality {\n      score\n    }\n    hrDataQuality {\n      score\n    }\n    projectsDataQuality {\n      score\n    }\n  }\n": types.CommandsDataQualityScoresDocument,
    "\n  query CommandsClientFacts {\n    clients(first: 100) {\n      edges {\n        node {\n          id\n          name\n          status\n          domain\n          revenue(months: 12) {\n            amount\n            currencyCode\n          }\n          accountManager {\n            name\n            email\n          }\n        }\n      }\n    }\n  }\n": types.CommandsClientFactsDocument,
    "\n  mutation CommandsCreateNamesake($name: String!) {\n    createClient(input: { name: $name }) {\n      id\n    }\n  }\n": types.CommandsCreateNamesakeDocument,
    "\n  query SubgraphDownClientNameAndProjects($id: ID!) {\n    client(id: $id) {\n      name\n      projects {\n        id\n      }\n    }\n  }\n": types.SubgraphDownClientNameAndProjectsDocument,
    "\n  mutation SubgraphDownCreateInvoice($c: ID!) {\n    createInvoice(input: { clientId: $c, currencyCode: \"USD\", lines: [{ description: \"Work\", quantity: \"1\", unitPrice: \"10\" }] }) {\n      id\n    }\n  }\n": types.SubgraphDownCreateInvoiceDocument,
    "\n  query SubgraphDownInvoiceCount {\n    invoices {\n      totalCount\n    }\n  }\n": types.SubgraphDownInvoiceCountDocument,
    "\n  mutation WritesHireAda {\n    hireEmployee(input: { name: \"Ada Lovelace\", email: \"ada@recordgraph.example\", capacityHoursPerWeek: 40 }) {\n      id\n    }\n  }\n": types.WritesHireAdaDocument,
    "\n  mutation WritesCreateAcme($m: ID) {\n    createClient(input: { name: \"Acme\", country: \"US\", status: ACTIVE, accountManagerId: $m }) {\n      id\n    }\n  }\n": types.WritesCreateAcmeDocument,
    "\n  mutation WritesCreateClient($input: CreateClientInput!) {\n    createClient(input: $input) {\n      id\n    }\n  }\n": types.WritesCreateClientDocument,
    "\n  mutation WritesCreateInvoice($input: CreateInvoiceInput!) {\n    createInvoice(input: $input) {\n      id\n      status\n      total {\n        amount\n        currencyCode\n      }\n    }\n  }\n": types.WritesCreateInvoiceDocument,
    "\n  mutation WritesHireWithMalformedEmail {\n    hireEmployee(input: { name: \"Bob\", email: \"bob-at-example\" }) {\n      id\n    }\n  }\n": types.WritesHireWithMalformedEmailDocument,
    "\n  mutation WritesHireAdaAgain {\n    hireEmployee(input: { name: \"Ada Again\", email: \"ADA@recordgraph.example\" }) {\n      id\n    }\n  }\n": types.WritesHireAdaAgainDocument,
    "\n  mutation WritesHireLeaver {\n    hireEmployee(input: { name: \"Leaver\", email: \"leaver@recordgraph.example\" }) {\n      id\n    }\n  }\n": types.WritesHireLeaverDocument,
    "\n  mutation WritesTerminate($id: ID!) {\n    changeEmployeeStatus(id: $id, status: TERMINATED) {\n      status\n    }\n  }\n": types.WritesTerminateDocument,
    "\n  mutation WritesSetAccountManager($id: ID!, $m: ID!) {\n    updateClient(id: $id, input: { accountManagerId: $m }) {\n      id\n    }\n  }\n": types.WritesSetAccountManagerDocument,
    "\n  mutation WritesUpdateUnknownClient {\n    updateClient(id: \"cli_0000000000000000\", input: { industry: \"Energy\" }) {\n      id\n    }\n  }\n": types.WritesUpdateUnknownClientDocument,
    "\n  mutation WritesCreateProjectForMissingLead($c: ID!) {\n    createProject(input: { name: \"Rollout\", clientId: $c, leadId: \"emp_0000000000000000\", budgetHours: \"100\" }) {\n      id\n    }\n  }\n": types.WritesCreateProjectForMissingLeadDocument,
    "\n  mutation WritesCreateProject($c: ID!, $l: ID!) {\n    createProject(input: { name: \"Rollout\", clientId: $c, leadId: $l, budgetHours: \"100\" }) {\n      id\n    }\n  }\n": types.WritesCreateProjectDocument,
    "\n  mutation WritesAdvanceToDelivery($id: ID!) {\n    advanceProject(id: $id, phase: DELIVERY) {\n      phase\n    }\n  }\n": types.WritesAdvanceToDeliveryDocument,
    "\n  mutation WritesSetIndustryEnergy($id: ID!) {\n    updateClient(id: $id, input: { industry: \"Energy\" }) {\n      version\n    }\n  }\n": types.WritesSetIndustryEnergyDocument,
    "\n  mutation WritesSetIndustryRetailAtVersion1($id: ID!) {\n    updateClient(id: $id, input: { industry: \"Retail\" }, expectedVersion: 1) {\n      version\n    }\n  }\n": types.WritesSetIndustryRetailAtVersion1Document,
    "\n  mutation WritesCreateGlobex {\n    createClient(input: { name: \"Globex\", country: \"DE\", status: ACTIVE }) {\n      id\n    }\n  }\n": types.WritesCreateGlobexDocument,
    "\n  mutation WritesIssueInvoice($id: ID!, $i: Date, $d: Date) {\n    issueInvoice(id: $id, input: { issueDate: $i, dueDate: $d }) {\n      status\n    }\n  }\n": types.WritesIssueInvoiceDocument,
    "\n  mutation WritesPayInFull($id: ID!) {\n    recordPayment(invoiceId: $id, input: { amount: \"333.33\" }) {\n      status\n      balance {\n        amount\n      }\n    }\n  }\n": types.WritesPayInFullDocument,
    "\n  mutation WritesPayInPart($id: ID!) {\n    recordPayment(invoiceId: $id, input: { amount: \"500.05\" }) {\n      status\n    }\n  }\n": types.WritesPayInPartDocument,
    "\n  query WritesClientMoney($id: ID!) {\n    client(id: $id) {\n      revenue(months: 12) {\n        amount\n        currencyCode\n      }\n      allTime: revenue(months: 24) {\n        amount\n      }\n      outstanding {\n        amount\n        currencyCode\n      }\n      overdue {\n        amount\n      }\n    }\n  }\n": types.WritesClientMoneyDocument,
    "\n  mutation AutomationHireEmployee {\n    hireEmployee(input: { name: \"Ada Builder\", email: \"ada@example.com\" }) {\n      id\n    }\n  }\n": types.AutomationHireEmployeeDocument,
    "\n  mutation AutomationCreateClient($name: String!) {\n    createClient(input: { name: $name }) {\n      id\n    }\n  }\n": types.AutomationCreateClientDocument,
    "\n  mutation AutomationCreateDeal($clientId: ID!, $title: String!, $amount: MoneyInput!) {\n    createDeal(clientId: $clientId, input: { title: $title, amount: $amount }) {\n      id\n    }\n  }\n": types.AutomationCreateDealDocument,
    "\n  mutation AutomationMoveDeal($id: ID!, $stage: DealStage!) {\n    moveDeal(id: $id, stage: $stage) {\n      id\n    }\n  }\n": types.AutomationMoveDealDocument,
    "\n  query AutomationProjectsOfClient($clientId: ID!) {\n    projects(clientId: $clientId) {\n      edges {\n        node {\n          id\n          name\n          phase\n          budgetHours\n          lead {\n            id\n          }\n          history {\n            edges {\n              node {\n                version\n                mutation\n                actor {\n                  subject\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.AutomationProjectsOfClientDocument,
    "\n  query AutomationInvoicesOfClient($clientId: ID!) {\n    invoices(clientId: $clientId) {\n      edges {\n        node {\n          id\n          status\n          total {\n            amount\n            currencyCode\n          }\n          lines {\n            description\n            quantity\n            unitPrice {\n              amount\n            }\n            amount {\n              amount\n            }\n          }\n          history {\n            edges {\n              node {\n                actor {\n                  subject\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.AutomationInvoicesOfClientDocument,
    "\n  mutation AutomationCreateProject($name: String!, $clientId: ID!) {\n    createProject(input: { name: $name, clientId: $clientId, budgetHours: \"100\" }) {\n      id\n    }\n  }\n": types.AutomationCreateProjectDocument,
    "\n  mutation AutomationAdvanceProject($id: ID!, $phase: ProjectPhase!) {\n    advanceProject(id: $id, phase: $phase) {\n      id\n    }\n  }\n": types.AutomationAdvanceProjectDocument,
    "\n  mutation AutomationCreateTask($projectId: ID!, $title: String!) {\n    createTask(projectId: $projectId, input: { title: $title }) {\n      id\n    }\n  }\n": types.AutomationCreateTaskDocument,
    "\n  mutation AutomationLogTime($input: LogTimeInput!) {\n    logTime(input: $input) {\n      id\n    }\n  }\n": types.AutomationLogTimeDocument,
    "\n  query ChangeFeedPage($after: String, $types: [String!], $first: Int) {\n    changes(after: $after, types: $types, first: $first) {\n      edges {\n        cursor\n        node {\n          id\n          cursor\n          source\n          type\n          entityType\n          entityId\n          entityVersion\n          occurredAt\n          actor {\n            subject\n            mutation\n          }\n          changes {\n            field\n            value\n          }\n          redacted\n          requestId\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ChangeFeedPageDocument,
    "\n  mutation ChangeFeedCreateClient($input: CreateClientInput!) {\n    createClient(input: $input) {\n      id\n    }\n  }\n": types.ChangeFeedCreateClientDocument,
    "\n  mutation ChangeFeedSetIndustry($id: ID!, $industry: String!) {\n    updateClient(id: $id, input: { industry: $industry }) {\n      id\n    }\n  }\n": types.ChangeFeedSetIndustryDocument,
    "\n  mutation ChangeFeedActivateClient($id: ID!) {\n    changeClientStatus(id: $id, status: ACTIVE) {\n      id\n    }\n  }\n": types.ChangeFeedActivateClientDocument,
    "\n  mutation ChangeFeedCreateInvoice($input: CreateInvoiceInput!) {\n    createInvoice(input: $input) {\n      id\n    }\n  }\n": types.ChangeFeedCreateInvoiceDocument,
    "\n  mutation ChangeFeedIssueInvoice($id: ID!) {\n    issueInvoice(id: $id) {\n      id\n    }\n  }\n": types.ChangeFeedIssueInvoiceDocument,
    "\n  mutation ChangeFeedHireWithSalary {\n    hireEmployee(input: { name: \"Grace Hopper\", email: \"grace@feed.example\", salary: { amount: \"98765.43\", currencyCode: \"USD\" } }) {\n      id\n    }\n  }\n": types.ChangeFeedHireWithSalaryDocument,
    "\n  mutation ChangeFeedRaiseSalary($id: ID!) {\n    updateEmployee(id: $id, input: { salary: { amount: \"123456.78\", currencyCode: \"USD\" } }) {\n      id\n    }\n  }\n": types.ChangeFeedRaiseSalaryDocument,
    "\n  query ChangeFeedCount($types: [String!], $after: String) {\n    changes(types: $types, after: $after, first: 1) {\n      totalCount\n    }\n  }\n": types.ChangeFeedCountDocument,
    "\n  query ChangeFeedEndCursor {\n    changes {\n      pageInfo {\n        endCursor\n      }\n    }\n  }\n": types.ChangeFeedEndCursorDocument,
    "\n  mutation OutboxCreateClient($name: String!, $country: String!) {\n    createClient(input: { name: $name, country: $country }) {\n      id\n    }\n  }\n": types.OutboxCreateClientDocument,
    "\n  mutation OutboxRenameClient($id: ID!, $name: String!, $expectedVersion: Int) {\n    updateClient(id: $id, input: { name: $name }, expectedVersion: $expectedVersion) {\n      version\n    }\n  }\n": types.OutboxRenameClientDocument,
    "\n  mutation OutboxHireEmployee {\n    hireEmployee(\n      input: {\n        name: \"Grace Hopper\"\n        email: \"grace@recordgraph.example\"\n        capacityHoursPerWeek: 40\n        salary: { amount: \"98000.00\", currencyCode: \"USD\" }\n      }\n    ) {\n      id\n    }\n  }\n": types.OutboxHireEmployeeDocument,
    "\n  mutation ProofCreateClient($name: String!) {\n    createClient(input: { name: $name, country: \"US\" }) {\n      id\n      version\n    }\n  }\n": types.ProofCreateClientDocument,
    "\n  mutation ProofRenameClient($id: ID!, $name: String!) {\n    updateClient(id: $id, input: { name: $name }) {\n      id\n      version\n    }\n  }\n": types.ProofRenameClientDocument,
    "\n  mutation ProofCreateEndpoint($url: String!) {\n    createWebhookEndpoint(input: { url: $url, types: [\"Client.*\"] }) {\n      secret\n    }\n  }\n": types.ProofCreateEndpointDocument,
    "\n  subscription ProofClientChanged($after: String) {\n    entityChanged(types: [\"Client.*\"], after: $after) {\n      id\n      entityId\n      entityVersion\n      type\n    }\n  }\n": types.ProofClientChangedDocument,
    "\n  query ProofClientFeed($after: String) {\n    changes(after: $after, types: [\"Client.*\"], first: 500) {\n      edges {\n        node {\n          id\n          entityId\n          entityVersion\n          type\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ProofClientFeedDocument,
    "\n    mutation RelayNatsRestartCreateClient {\n      createClient(input: { name: \"Outage Ltd\", country: \"US\" }) {\n        id\n      }\n    }\n  ": types.RelayNatsRestartCreateClientDocument,
    "\n    mutation RelayNatsRestartRenameClient($id: ID!, $name: String!) {\n      updateClient(id: $id, input: { name: $name }) {\n        id\n      }\n    }\n  ": types.RelayNatsRestartRenameClientDocument,
    "\n  subscription SubscriptionsEntityChanged($types: [String!], $after: String) {\n    entityChanged(types: $types, after: $after) {\n      id\n      cursor\n      type\n      entityId\n      entityVersion\n      actor {\n        subject\n        mutation\n      }\n      changes {\n        field\n        value\n      }\n    }\n  }\n": types.SubscriptionsEntityChangedDocument,
    "\n  query SubscriptionsFeedPage($after: String) {\n    changes(after: $after, first: 500) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.SubscriptionsFeedPageDocument,
    "\n  mutation SubscriptionsCreateClient($name: String!) {\n    createClient(input: { name: $name, country: \"US\" }) {\n      id\n    }\n  }\n": types.SubscriptionsCreateClientDocument,
    "\n  mutation SubscriptionsActivateClient($id: ID!) {\n    changeClientStatus(id: $id, status: ACTIVE) {\n      id\n    }\n  }\n": types.SubscriptionsActivateClientDocument,
    "\n  query SubscriptionsFeedSince($after: String) {\n    changes(after: $after, types: [\"Client.*\"]) {\n      edges {\n        node {\n          id\n          cursor\n        }\n      }\n    }\n  }\n": types.SubscriptionsFeedSinceDocument,
    "\n  query SubscriptionsEndCursor {\n    changes {\n      pageInfo {\n        endCursor\n      }\n    }\n  }\n": types.SubscriptionsEndCursorDocument,
    "\n  subscription SubscriptionsOverPost {\n    entityChanged {\n      id\n    }\n  }\n": types.SubscriptionsOverPostDocument,
    "\n  mutation WebhooksCreateEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        id\n        url\n        types\n        description\n        enabled\n        version\n      }\n    }\n  }\n": types.WebhooksCreateEndpointDocument,
    "\n  mutation WebhooksDisableEndpoint($id: ID!, $v: Int) {\n    updateWebhookEndpoint(id: $id, input: { types: [\"Invoice.*\"], enabled: false }, expectedVersion: $v) {\n      id\n      url\n      types\n      description\n      enabled\n      version\n    }\n  }\n": types.WebhooksDisableEndpointDocument,
    "\n  mutation WebhooksRotateSecret($id: ID!) {\n    rotateWebhookSecret(id: $id) {\n      secret\n    }\n  }\n": types.WebhooksRotateSecretDocument,
    "\n  mutation WebhooksDeleteEndpoint($id: ID!) {\n    deleteWebhookEndpoint(id: $id) {\n      id\n    }\n  }\n": types.WebhooksDeleteEndpointDocument,
    "\n  query WebhooksEndpoint($id: ID!) {\n    webhookEndpoint(id: $id) {\n      id\n    }\n  }\n": types.WebhooksEndpointDocument,
    "\n  query WebhooksEndpointCount {\n    webhookEndpoints {\n      totalCount\n    }\n  }\n": types.WebhooksEndpointCountDocument,
    "\n  query WebhooksDeadLetterCount {\n    webhookDeliveries(status: DEAD) {\n      totalCount\n    }\n  }\n": types.WebhooksDeadLetterCountDocument,
    "\n  query WebhooksDeliveries($endpointId: ID, $status: WebhookDeliveryStatus) {\n    webhookDeliveries(endpointId: $endpointId, status: $status, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          endpointId\n          eventId\n          eventType\n          status\n          attemptCount\n          nextAttemptAt\n          lastAttemptAt\n          attempts {\n            number\n            attemptedAt\n            statusCode\n            durationMs\n            error\n          }\n        }\n      }\n    }\n  }\n": types.WebhooksDeliveriesDocument,
    "\n  mutation WebhooksReplayDeadLetters($id: ID!) {\n    replayDeadLetters(endpointId: $id) {\n      replayed\n    }\n  }\n": types.WebhooksReplayDeadLettersDocument,
    "\n  mutation WebhooksReplayDelivery($id: ID!) {\n    replayWebhookDelivery(id: $id) {\n      id\n      status\n    }\n  }\n": types.WebhooksReplayDeliveryDocument,
    "\n  mutation WebhooksCreateClient($name: String!) {\n    createClient(input: { name: $name }) {\n      id\n    }\n  }\n": types.WebhooksCreateClientDocument,
    "\n  mutation WebhooksSetIndustry($id: ID!) {\n    updateClient(id: $id, input: { industry: \"Retail\" }) {\n      id\n    }\n  }\n": types.WebhooksSetIndustryDocument,
    "\n  query SystemOfRecordInventory {\n    systemOfRecord {\n      domains {\n        name\n        writeScope\n        owns\n        contributesTo\n      }\n      entities {\n        typename\n        owner\n        key\n        fields {\n          name\n          type\n          resolvedBy\n          kind\n          derivedFrom\n          writeScope\n        }\n      }\n    }\n  }\n": types.SystemOfRecordInventoryDocument,
    "\n  query SystemOfRecordEntityNames {\n    systemOfRecord {\n      entities {\n        typename\n      }\n    }\n  }\n": types.SystemOfRecordEntityNamesDocument,
    "\n  query SystemOfRecordOwners {\n    systemOfRecord {\n      entities {\n        typename\n        owner\n      }\n    }\n  }\n": types.SystemOfRecordOwnersDocument,
    "\n  query ForeignSupergraphInventory {\n    systemOfRecord {\n      domains {\n        name\n        writeScope\n        owns\n      }\n      entities {\n        typename\n        owner\n        key\n      }\n    }\n  }\n": types.ForeignSupergraphInventoryDocument,
    "\n  query ResilienceClientAndManager($id: ID!) {\n    client(id: $id) {\n      name\n      accountManager {\n        name\n      }\n    }\n  }\n": types.ResilienceClientAndManagerDocument,
    "\n  query ResilienceClientName($id: ID!) {\n    client(id: $id) {\n      name\n    }\n  }\n": types.ResilienceClientNameDocument,
    "\n  query ResilienceClientAndProjects($id: ID!) {\n    client(id: $id) {\n      name\n      projects {\n        id\n      }\n    }\n  }\n": types.ResilienceClientAndProjectsDocument,
    "\n  mutation ResilienceCreateClient($name: String!) {\n    createClient(input: { name: $name }) {\n      id\n    }\n  }\n": types.ResilienceCreateClientDocument,
    "\n  query ResilienceClientCount {\n    clients(first: 1) {\n      totalCount\n    }\n  }\n": types.ResilienceClientCountDocument,
    "\n  mutation StatelessCreateClient {\n    createClient(input: { name: \"Stateless Ltd\" }) {\n      id\n    }\n  }\n": types.StatelessCreateClientDocument,
    "\n  query StatelessEndpointsAndEntities {\n    webhookEndpoints {\n      totalCount\n    }\n    systemOfRecord {\n      entities {\n        typename\n      }\n    }\n  }\n": types.StatelessEndpointsAndEntitiesDocument,
    "\n  query StatelessClientChanges {\n    changes(types: [\"Client.*\"]) {\n      edges {\n        node {\n          entityId\n        }\n      }\n    }\n  }\n": types.StatelessClientChangesDocument,
    "\n  query ClientCount {\n    clients(first: 1) {\n      totalCount\n    }\n  }\n": types.ClientCountDocument,
    "\n  mutation IdempotencyCreateClient($name: String!) {\n    createClient(input: { name: $name, country: \"US\" }) {\n      id\n      name\n      version\n    }\n  }\n": types.IdempotencyCreateClientDocument,
    "\n  query IdempotencyClientCount {\n    clients(first: 1) {\n      totalCount\n    }\n  }\n": types.IdempotencyClientCountDocument,
    "\n  query RequestIdClientCount {\n    clients(first: 1) {\n      totalCount\n    }\n  }\n": types.RequestIdClientCountDocument,
    "\n  query ShutdownSlow {\n    clients(first: 2) {\n      totalCount\n    }\n  }\n": types.ShutdownSlowDocument,
    "\n  query ShutdownClientCount {\n    clients(first: 1) {\n      totalCount\n    }\n  }\n": types.ShutdownClientCountDocument,
    "\n  mutation ConcurrencyCreateClient($name: String!) {\n    createClient(input: { name: $name, country: \"US\", status: ACTIVE }) {\n      id\n    }\n  }\n": types.ConcurrencyCreateClientDocument,
    "\n  mutation ConcurrencyCreateDraft($c: ID!, $p: Decimal!) {\n    createInvoice(input: { clientId: $c, currencyCode: \"USD\", lines: [{ description: \"Work\", quantity: \"1\", unitPrice: $p }] }) {\n      id\n    }\n  }\n": types.ConcurrencyCreateDraftDocument,
    "\n  mutation ConcurrencySetIndustry($id: ID!, $industry: String) {\n    updateClient(id: $id, input: { industry: $industry }) {\n      version\n    }\n  }\n": types.ConcurrencySetIndustryDocument,
    "\n  mutation ConcurrencySetIndustryAtVersion1($id: ID!, $industry: String) {\n    updateClient(id: $id, input: { industry: $industry }, expectedVersion: 1) {\n      version\n      industry\n    }\n  }\n": types.ConcurrencySetIndustryAtVersion1Document,
    "\n  query ConcurrencyClientIndustry($id: ID!) {\n    client(id: $id) {\n      version\n      industry\n    }\n  }\n": types.ConcurrencyClientIndustryDocument,
    "\n  mutation ConcurrencyIssueIn2023($id: ID!) {\n    issueInvoice(id: $id, input: { issueDate: \"2023-06-01\" }) {\n      number\n    }\n  }\n": types.ConcurrencyIssueIn2023Document,
    "\n  mutation ConcurrencyCreateContract($c: ID!, $s: Date!) {\n    createContract(clientId: $c, input: { startDate: $s, endDate: \"2026-12-31\", annualValue: { amount: \"1000.00\", currencyCode: \"USD\" } }) {\n      id\n    }\n  }\n": types.ConcurrencyCreateContractDocument,
    "\n  mutation ConcurrencyActivateContract($id: ID!) {\n    activateContract(id: $id, expectedVersion: 1) {\n      status\n    }\n  }\n": types.ConcurrencyActivateContractDocument,
    "\n  query ConcurrencyClientContracts($id: ID!) {\n    client(id: $id) {\n      contracts {\n        status\n      }\n    }\n  }\n": types.ConcurrencyClientContractsDocument,
    "\n  mutation ConcurrencyHire($name: String!, $email: String!) {\n    hireEmployee(input: { name: $name, email: $email }) {\n      id\n    }\n  }\n": types.ConcurrencyHireDocument,
    "\n  query ConcurrencyEmployeeEmails {\n    employees(first: 500) {\n      edges {\n        node {\n          email\n        }\n      }\n    }\n  }\n": types.ConcurrencyEmployeeEmailsDocument,
    "\n  mutation ConcurrencyCreateDepartment($name: String!) {\n    createDepartment(input: { name: $name }) {\n      id\n    }\n  }\n": types.ConcurrencyCreateDepartmentDocument,
    "\n  query ConcurrencyDepartmentNames {\n    departments {\n      name\n    }\n  }\n": types.ConcurrencyDepartmentNamesDocument,
    "\n  mutation ConcurrencySetManager($id: ID!, $m: ID) {\n    updateEmployee(id: $id, input: { managerId: $m }) {\n      id\n    }\n  }\n": types.ConcurrencySetManagerDocument,
    "\n  query ConcurrencyEmployeeManagers {\n    employees(first: 500) {\n      edges {\n        node {\n          id\n          manager {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.ConcurrencyEmployeeManagersDocument,
    "\n  mutation ConcurrencyIssue($id: ID!) {\n    issueInvoice(id: $id) {\n      version\n    }\n  }\n": types.ConcurrencyIssueDocument,
    "\n  mutation ConcurrencyPayInFull($id: ID!, $v: Int) {\n    recordPayment(invoiceId: $id, input: { amount: \"250.00\" }, expectedVersion: $v) {\n      status\n    }\n  }\n": types.ConcurrencyPayInFullDocument,
    "\n  query ConcurrencyInvoicePayments($id: ID!) {\n    invoice(id: $id) {\n      status\n      balance {\n        amount\n      }\n      payments {\n        amount {\n          amount\n        }\n      }\n    }\n  }\n": types.ConcurrencyInvoicePaymentsDocument,
    "\n  mutation MigrateCreateEteDepartment {\n    createDepartment(input: { name: \"ÉTÉ\" }) {\n      id\n    }\n  }\n": types.MigrateCreateEteDepartmentDocument,
    "\n  mutation MigrateCreateMarketingDepartment {\n    createDepartment(input: { name: \"Marketing\" }) {\n      name\n    }\n  }\n": types.MigrateCreateMarketingDepartmentDocument,
    "\n  query OrderingClientPage($after: String) {\n    clients(first: 3, after: $after) {\n      edges {\n        cursor\n        node {\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.OrderingClientPageDocument,
    "\n  query OrderingEmployeePage($after: String) {\n    employees(first: 3, after: $after) {\n      edges {\n        cursor\n        node {\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.OrderingEmployeePageDocument,
    "\n  query OrderingProjectPage($after: String) {\n    projects(first: 3, after: $after) {\n      edges {\n        cursor\n        node {\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.OrderingProjectPageDocument,
    "\n  mutation OrderingCreateClient($name: String!) {\n    createClient(input: { name: $name }) {\n      id\n    }\n  }\n": types.OrderingCreateClientDocument,
    "\n  mutation OrderingHire($name: String!, $email: String!) {\n    hireEmployee(input: { name: $name, email: $email }) {\n      id\n    }\n  }\n": types.OrderingHireDocument,
    "\n  mutation OrderingCreateDepartment($name: String!) {\n    createDepartment(input: { name: $name }) {\n      id\n    }\n  }\n": types.OrderingCreateDepartmentDocument,
    "\n  query OrderingDepartmentNames {\n    departments {\n      name\n    }\n  }\n": types.OrderingDepartmentNamesDocument,
    "\n  mutation OrderingCreateOwner {\n    createClient(input: { name: \"Owner\", status: ACTIVE }) {\n      id\n    }\n  }\n": types.OrderingCreateOwnerDocument,
    "\n  mutation OrderingCreateProject($name: String!, $c: ID!) {\n    createProject(input: { name: $name, clientId: $c, budgetHours: \"10\" }) {\n      id\n    }\n  }\n": types.OrderingCreateProjectDocument,
    "\n  mutation PoolCreatePooled {\n    createClient(input: { name: \"Pooled\" }) {\n      id\n    }\n  }\n": types.PoolCreatePooledDocument,
    "\n  mutation PoolSetIndustry($id: ID!, $i: String) {\n    updateClient(id: $id, input: { industry: $i }) {\n      version\n    }\n  }\n": types.PoolSetIndustryDocument,
    "\n  mutation OverdueCreateClient {\n    createClient(input: { name: \"Late Payers\" }) {\n      id\n    }\n  }\n": types.OverdueCreateClientDocument,
    "\n  mutation OverdueCreateInvoice($clientId: ID!) {\n    createInvoice(input: { clientId: $clientId, currencyCode: \"USD\", lines: [{ description: \"Work\", quantity: \"1\", unitPrice: \"100\" }] }) {\n      id\n    }\n  }\n": types.OverdueCreateInvoiceDocument,
    "\n  mutation OverdueIssueInvoice($id: ID!, $issueDate: Date, $dueDate: Date) {\n    issueInvoice(id: $id, input: { issueDate: $issueDate, dueDate: $dueDate }) {\n      id\n      version\n    }\n  }\n": types.OverdueIssueInvoiceDocument,
    "\n  mutation OverduePayInvoice($id: ID!, $amount: Decimal!) {\n    recordPayment(invoiceId: $id, input: { amount: $amount }) {\n      status\n    }\n  }\n": types.OverduePayInvoiceDocument,
    "\n  query OverdueInvoices($overdue: Boolean, $clientId: ID) {\n    invoices(overdue: $overdue, clientId: $clientId) {\n      totalCount\n      edges {\n        node {\n          id\n          overdue\n        }\n      }\n    }\n  }\n": types.OverdueInvoicesDocument,
    "\n  mutation RankingCreateClient($name: String!) {\n    createClient(input: { name: $name }) {\n      id\n    }\n  }\n": types.RankingCreateClientDocument,
    "\n  mutation RankingCreateInvoice($clientId: ID!, $amount: Decimal!) {\n    createInvoice(\n      input: { clientId: $clientId, currencyCode: \"USD\", lines: [{ description: \"Work\", quantity: \"1\", unitPrice: $amount }] }\n    ) {\n      id\n    }\n  }\n": types.RankingCreateInvoiceDocument,
    "\n  mutation RankingIssueInvoice($id: ID!, $issueDate: Date!) {\n    issueInvoice(id: $id, input: { issueDate: $issueDate }) {\n      status\n    }\n  }\n": types.RankingIssueInvoiceDocument,
    "\n  query RankingClientsByRevenue($months: Int, $first: Int, $after: String) {\n    clientsByRevenue(months: $months, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          revenue(months: $months) {\n            amount\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.RankingClientsByRevenueDocument,
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
    "\n  query AccountingRevenueReport($first: Int, $after: String, $from: Date, $to: Date, $orderBy: RevenueReportOrder) {\n    revenueByClientByMonth(first: $first, after: $after, from: $from, to: $to, orderBy: $orderBy) {\n      edges {\n        cursor\n        node {\n          client {\n            id\n          }\n          month\n          revenue {\n            amount\n            currencyCode\n          }\n          invoices\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AccountingRevenueReportDocument,
    "\n  query AccountingRevenueReportCount($from: Date, $to: Date) {\n    revenueByClientByMonth(first: 0, from: $from, to: $to) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": types.AccountingRevenueReportCountDocument,
    "\n  query AccountingInvoiceReport($first: Int, $after: String, $from: Date, $to: Date, $status: InvoiceStatus, $orderBy: InvoiceReportOrder) {\n    invoiceReport(first: $first, after: $after, from: $from, to: $to, status: $status, orderBy: $orderBy) {\n      edges {\n        node {\n          id\n          number\n          status\n          issueDate\n          client {\n            id\n          }\n          total {\n            amount\n            currencyCode\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.AccountingInvoiceReportDocument,
    "\n  fragment AccountingClientRevenueByMonth on Client {\n    revenueByMonth(months: $months) {\n      month\n      revenue {\n        amount\n        currencyCode\n      }\n      invoices\n    }\n  }\n": types.AccountingClientRevenueByMonthFragmentDoc,
    "\n  mutation CrmListCreateClient($name: String!, $status: ClientStatus) {\n    createClient(input: { name: $name, status: $status }) {\n      id\n    }\n  }\n": types.CrmListCreateClientDocument,
    "\n  query CrmListClients($first: Int, $after: String, $status: ClientStatus, $search: String, $orderBy: ClientOrder) {\n    clients(first: $first, after: $after, status: $status, search: $search, orderBy: $orderBy) {\n      edges {\n        node {\n          name\n          status\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.CrmListClientsDocument,
    "\n  mutation DealsCreateClient($name: String!) {\n    createClient(input: { name: $name }) {\n      id\n    }\n  }\n": types.DealsCreateClientDocument,
    "\n  mutation DealsCreateDeal($clientId: ID!, $title: String!) {\n    createDeal(clientId: $clientId, input: { title: $title, amount: { amount: \"1000.00\", currencyCode: \"USD\" } }) {\n      id\n      version\n    }\n  }\n": types.DealsCreateDealDocument,
    "\n  mutation DealsMoveDeal($id: ID!, $stage: DealStage!, $v: Int) {\n    moveDeal(id: $id, stage: $stage, expectedVersion: $v) {\n      id\n      version\n      stage\n    }\n  }\n": types.DealsMoveDealDocument,
    "\n  query DealsList($first: Int, $after: String, $stage: DealStage, $since: Date) {\n    deals(first: $first, after: $after, stage: $stage, updatedSince: $since) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          stage\n          client {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.DealsListDocument,
    "\n  mutation DuplicatesCreateClient($name: String!, $domain: String) {\n    createClient(input: { name: $name, domain: $domain }) {\n      id\n    }\n  }\n": types.DuplicatesCreateClientDocument,
    "\n  mutation DuplicatesAddContact($clientId: ID!, $name: String!, $email: String!, $phone: String) {\n    addContact(clientId: $clientId, input: { name: $name, email: $email, phone: $phone }) {\n      id\n    }\n  }\n": types.DuplicatesAddContactDocument,
    "\n  query DuplicatesCandidates($first: Int, $minScore: Float) {\n    duplicateCandidates(first: $first, minScore: $minScore) {\n      clients {\n        clients {\n          name\n        }\n        score\n        evidence {\n          kind\n          value\n          weight\n        }\n      }\n      contacts {\n        contacts {\n          name\n          email\n        }\n        score\n        evidence {\n          kind\n          value\n          weight\n        }\n      }\n    }\n  }\n": types.DuplicatesCandidatesDocument,
    "\n  mutation DuplicatesMerge($survivorId: ID!, $mergedId: ID!) {\n    mergeClients(survivorId: $survivorId, mergedId: $mergedId) {\n      id\n    }\n  }\n": types.DuplicatesMergeDocument,
    "\n  mutation MergeCreateClient($input: CreateClientInput!) {\n    createClient(input: $input) {\n      id\n      version\n    }\n  }\n": types.MergeCreateClientDocument,
    "\n  mutation MergeAddContact($clientId: ID!, $email: String!) {\n    addContact(clientId: $clientId, input: { name: \"Pat Buyer\", email: $email }) {\n      id\n    }\n  }\n": types.MergeAddContactDocument,
    "\n  mutation MergeCreateDeal($clientId: ID!) {\n    createDeal(clientId: $clientId, input: { title: \"Pilot\", amount: { amount: \"5000.00\", currencyCode: \"EUR\" } }) {\n      id\n    }\n  }\n": types.MergeCreateDealDocument,
    "\n  mutation MergeCreateContract($clientId: ID!) {\n    createContract(\n      clientId: $clientId\n      input: { startDate: \"2026-01-01\", endDate: \"2026-12-31\", annualValue: { amount: \"1000.00\", currencyCode: \"EUR\" } }\n    ) {\n      id\n    }\n  }\n": types.MergeCreateContractDocument,
    "\n  mutation MergeActivateContract($id: ID!) {\n    activateContract(id: $id) {\n      status\n    }\n  }\n": types.MergeActivateContractDocument,
    "\n  mutation MergeClients($survivorId: ID!, $mergedId: ID!, $fields: MergeClientFieldsInput, $sv: Int, $mv: Int) {\n    mergeClients(survivorId: $survivorId, mergedId: $mergedId, fields: $fields, expectedSurvivorVersion: $sv, expectedMergedVersion: $mv) {\n      id\n      name\n      domain\n      industry\n      country\n      status\n      version\n      contacts {\n        id\n      }\n      deals {\n        id\n      }\n      contracts {\n        id\n      }\n      externalIds {\n        system\n        id\n      }\n    }\n  }\n": types.MergeClientsDocument,
    "\n  query MergeByHubspotId($id: String!) {\n    clientByExternalId(system: \"hubspot\", id: $id) {\n      id\n    }\n  }\n": types.MergeByHubspotIdDocument,
    "\n  query MergeClientById($id: ID!) {\n    client(id: $id) {\n      id\n      name\n    }\n  }\n": types.MergeClientByIdDocument,
    "\n  query MergeClientIds($status: ClientStatus) {\n    clients(first: 500, status: $status) {\n      edges {\n        node {\n          id\n          status\n          mergedInto {\n            id\n          }\n        }\n      }\n      totalCount\n    }\n  }\n": types.MergeClientIdsDocument,
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
    "\n  query ProjectsTimeByWeek(\n    $first: Int\n    $after: String\n    $from: Date\n    $to: Date\n    $projectId: ID\n    $employeeId: ID\n    $orderBy: TimeReportOrder\n    $count: Boolean = false\n  ) {\n    timeByWeek(first: $first, after: $after, from: $from, to: $to, projectId: $projectId, employeeId: $employeeId, orderBy: $orderBy) {\n      edges {\n        node {\n          project {\n            id\n            name\n          }\n          employee {\n            id\n          }\n          week\n          hours\n          billableHours\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount @include(if: $count)\n    }\n  }\n": types.ProjectsTimeByWeekDocument,
    "\n  query ProcessesActiveClient {\n    clients(first: 1, status: ACTIVE) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.ProcessesActiveClientDocument,
    "\n  query ProcessesClientCount {\n    clients(first: 1) {\n      totalCount\n    }\n  }\n": types.ProcessesClientCountDocument,
    "\n  mutation ProcessesCreateEndpoint {\n    createWebhookEndpoint(input: { url: \"https://hooks.example.com/in\", types: [\"Nobody.*\"] }) {\n      endpoint {\n        id\n      }\n    }\n  }\n": types.ProcessesCreateEndpointDocument,
    "\n  query ProcessesEndpointCount {\n    webhookEndpoints {\n      totalCount\n    }\n  }\n": types.ProcessesEndpointCountDocument,
    "\n  query ReplicasProbe {\n    clients(first: 3) {\n      edges {\n        node {\n          id\n          name\n          revenue(months: 12) {\n            amount\n          }\n        }\n      }\n      totalCount\n    }\n  }\n": types.ReplicasProbeDocument,
    "\n  query ReplicasControl {\n    employees(first: 2) {\n      totalCount\n    }\n  }\n": types.ReplicasControlDocument,
    "\n  query ReplicasShared {\n    clients(first: 1) {\n      totalCount\n    }\n  }\n": types.ReplicasSharedDocument,
    "\n  query ReplicasOrphan {\n    projects(first: 2) {\n      totalCount\n    }\n  }\n": types.ReplicasOrphanDocument,
    "\n  query WebClient360Headline {\n    clients(first: 2, status: ACTIVE) {\n      edges {\n        node {\n          id\n          name\n          version\n          revenue(months: 12) {\n            amount\n          }\n          invoices(first: 25) {\n            totalCount\n          }\n          projects {\n            id\n          }\n          accountManager {\n            name\n            version\n          }\n          renewal {\n            risks\n          }\n        }\n      }\n    }\n  }\n": types.WebClient360HeadlineDocument,
    "\n  query WebClientsNames($orderBy: ClientOrder, $search: String, $status: ClientStatus) {\n    clients(first: 500, orderBy: $orderBy, search: $search, status: $status) {\n      edges {\n        node {\n          name\n        }\n      }\n      totalCount\n    }\n  }\n": types.WebClientsNamesDocument,
    "\n  query WebClientsByRevenue {\n    clientsByRevenue(first: 500) {\n      edges {\n        node {\n          name\n        }\n      }\n      totalCount\n    }\n  }\n": types.WebClientsByRevenueDocument,
    "\n  query WebJourneyClientWithBalance {\n    invoices(first: 1, status: SENT) {\n      edges {\n        node {\n          id\n          number\n          client {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.WebJourneyClientWithBalanceDocument,
    "\n  query WebJourneyOutstanding($id: ID!) {\n    client(id: $id) {\n      outstanding {\n        amount\n      }\n    }\n  }\n": types.WebJourneyOutstandingDocument,
    "\n  query TodayTestInvoiceBalance($id: ID!) {\n    invoice(id: $id) {\n      version\n      balance {\n        amount\n        currencyCode\n      }\n    }\n  }\n": types.TodayTestInvoiceBalanceDocument,
    "\n        query TodayTestOverdue {\n          invoices(overdue: true, first: 25) {\n            edges {\n              node {\n                id\n              }\n            }\n          }\n        }\n      ": types.TodayTestOverdueDocument,
    "\n  query WorkflowTestInvoice($id: ID!) {\n    invoice(id: $id) {\n      version\n      status\n      balance {\n        amount\n        currencyCode\n      }\n      payments {\n        id\n        reference\n      }\n      client {\n        id\n        outstanding {\n          amount\n          currencyCode\n        }\n      }\n    }\n  }\n": types.WorkflowTestInvoiceDocument,
    "\n  query WorkflowTestProject($id: ID!) {\n    project(id: $id) {\n      version\n      health\n      healthNote\n      hoursLogged\n      timeEntries(first: 1) {\n        totalCount\n      }\n    }\n  }\n": types.WorkflowTestProjectDocument,
    "\n  query WorkflowTestDeal($id: ID!) {\n    deal(id: $id) {\n      version\n      stage\n    }\n  }\n": types.WorkflowTestDealDocument,
    "\n  mutation WorkflowTestPay($id: ID!) {\n    recordPayment(invoiceId: $id, input: { amount: \"1.00\", reference: \"someone else\" }) {\n      version\n    }\n  }\n": types.WorkflowTestPayDocument,
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
export function graphql(source: "query ExportInvoices($first: Int!, $after: String, $from: Date, $to: Date) {\n  invoiceReport(\n    first: $first\n    after: $after\n    from: $from\n    to: $to\n    orderBy: ISSUE_DATE_ASC\n  ) {\n    edges {\n      node {\n        id\n        number\n        status\n        issueDate\n        dueDate\n        overdue\n        client {\n          id\n          name\n          accountManager {\n            id\n            name\n          }\n        }\n        total {\n          amount\n          currencyCode\n        }\n        amountPaid {\n          amount\n        }\n        balance {\n          amount\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"): (typeof documents)["query ExportInvoices($first: Int!, $after: String, $from: Date, $to: Date) {\n  invoiceReport(\n    first: $first\n    after: $after\n    from: $from\n    to: $to\n    orderBy: ISSUE_DATE_ASC\n  ) {\n    edges {\n      node {\n        id\n        number\n        status\n        issueDate\n        dueDate\n        overdue\n        client {\n          id\n          name\n          accountManager {\n            id\n            name\n          }\n        }\n        total {\n          amount\n          currencyCode\n        }\n        amountPaid {\n          amount\n        }\n        balance {\n          amount\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExportRevenueByMonth($first: Int!, $after: String, $from: Date, $to: Date) {\n  revenueByClientByMonth(\n    first: $first\n    after: $after\n    from: $from\n    to: $to\n    orderBy: MONTH_ASC\n  ) {\n    edges {\n      node {\n        month\n        client {\n          id\n          name\n          accountManager {\n            id\n            name\n          }\n        }\n        revenue {\n          amount\n          currencyCode\n        }\n        invoices\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"): (typeof documents)["query ExportRevenueByMonth($first: Int!, $after: String, $from: Date, $to: Date) {\n  revenueByClientByMonth(\n    first: $first\n    after: $after\n    from: $from\n    to: $to\n    orderBy: MONTH_ASC\n  ) {\n    edges {\n      node {\n        month\n        client {\n          id\n          name\n          accountManager {\n            id\n            name\n          }\n        }\n        revenue {\n          amount\n          currencyCode\n        }\n        invoices\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExportTimeByWeek($first: Int!, $after: String, $from: Date, $to: Date) {\n  timeByWeek(\n    first: $first\n    after: $after\n    from: $from\n    to: $to\n    orderBy: WEEK_ASC\n  ) {\n    edges {\n      node {\n        week\n        project {\n          id\n          name\n          client {\n            id\n            name\n          }\n        }\n        employee {\n          id\n          name\n        }\n        hours\n        billableHours\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"): (typeof documents)["query ExportTimeByWeek($first: Int!, $after: String, $from: Date, $to: Date) {\n  timeByWeek(\n    first: $first\n    after: $after\n    from: $from\n    to: $to\n    orderBy: WEEK_ASC\n  ) {\n    edges {\n      node {\n        week\n        project {\n          id\n          name\n          client {\n            id\n            name\n          }\n        }\n        employee {\n          id\n          name\n        }\n        hours\n        billableHours\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AttackClientCount {\n    clients(first: 1) {\n      totalCount\n    }\n    changes(first: 1) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query AttackClientCount {\n    clients(first: 1) {\n      totalCount\n    }\n    changes(first: 1) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AttackProjectClients {\n    projects(first: 500) {\n      edges {\n        node {\n          id\n          client {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AttackProjectClients {\n    projects(first: 500) {\n      edges {\n        node {\n          id\n          client {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AttackCreateClient($name: String!) {\n    createClient(input: { name: $name }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AttackCreateClient($name: String!) {\n    createClient(input: { name: $name }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuditPage on AuditConnection {\n    edges {\n      cursor\n      node {\n        actor {\n          subject\n          scopes\n        }\n        mutation\n        entityType\n        entityId\n        version\n        changes {\n          field\n          before\n          after\n        }\n        requestId\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    totalCount\n  }\n"): (typeof documents)["\n  fragment AuditPage on AuditConnection {\n    edges {\n      cursor\n      node {\n        actor {\n          subject\n          scopes\n        }\n        mutation\n        entityType\n        entityId\n        version\n        changes {\n          field\n          before\n          after\n        }\n        requestId\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    totalCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditClientHistory($id: ID!, $first: Int, $after: String) {\n    client(id: $id) {\n      history(first: $first, after: $after) {\n        ...AuditPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditClientHistory($id: ID!, $first: Int, $after: String) {\n    client(id: $id) {\n      history(first: $first, after: $after) {\n        ...AuditPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditCreateAcme {\n    createClient(input: { name: \"Acme\", country: \"US\" }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AuditCreateAcme {\n    createClient(input: { name: \"Acme\", country: \"US\" }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditRenameAcme($id: ID!) {\n    updateClient(id: $id, input: { name: \"Acme Ltd\", country: \"US\" }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AuditRenameAcme($id: ID!) {\n    updateClient(id: $id, input: { name: \"Acme Ltd\", country: \"US\" }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditCreateContract($c: ID!, $s: Date!, $e: Date!) {\n    createContract(clientId: $c, input: { startDate: $s, endDate: $e, annualValue: { amount: \"1200.00\", currencyCode: \"USD\" } }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AuditCreateContract($c: ID!, $s: Date!, $e: Date!) {\n    createContract(clientId: $c, input: { startDate: $s, endDate: $e, annualValue: { amount: \"1200.00\", currencyCode: \"USD\" } }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditActivateContract($id: ID!) {\n    activateContract(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AuditActivateContract($id: ID!) {\n    activateContract(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditRenewContract($id: ID!) {\n    renewContract(id: $id) {\n      id\n      history {\n        ...AuditPage\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AuditRenewContract($id: ID!) {\n    renewContract(id: $id) {\n      id\n      history {\n        ...AuditPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditContractHistory($id: ID!) {\n    contract(id: $id) {\n      history {\n        ...AuditPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditContractHistory($id: ID!) {\n    contract(id: $id) {\n      history {\n        ...AuditPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditHireAda {\n    hireEmployee(input: { name: \"Ada Lovelace\", email: \"ada@audit.example\", capacityHoursPerWeek: 40 }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AuditHireAda {\n    hireEmployee(input: { name: \"Ada Lovelace\", email: \"ada@audit.example\", capacityHoursPerWeek: 40 }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditEmployeeHistory($id: ID!) {\n    employee(id: $id) {\n      history {\n        ...AuditPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditEmployeeHistory($id: ID!) {\n    employee(id: $id) {\n      history {\n        ...AuditPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditCreateInvoice($c: ID!) {\n    createInvoice(input: { clientId: $c, currencyCode: \"USD\", lines: [{ description: \"Work\", quantity: \"1\", unitPrice: \"100.00\" }] }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AuditCreateInvoice($c: ID!) {\n    createInvoice(input: { clientId: $c, currencyCode: \"USD\", lines: [{ description: \"Work\", quantity: \"1\", unitPrice: \"100.00\" }] }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditIssueInvoice($id: ID!) {\n    issueInvoice(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AuditIssueInvoice($id: ID!) {\n    issueInvoice(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditPayForty($id: ID!) {\n    recordPayment(invoiceId: $id, input: { amount: \"40.00\" }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AuditPayForty($id: ID!) {\n    recordPayment(invoiceId: $id, input: { amount: \"40.00\" }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditPaySixty($id: ID!) {\n    recordPayment(invoiceId: $id, input: { amount: \"60.00\" }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AuditPaySixty($id: ID!) {\n    recordPayment(invoiceId: $id, input: { amount: \"60.00\" }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditInvoiceHistory($id: ID!) {\n    invoice(id: $id) {\n      history {\n        ...AuditPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditInvoiceHistory($id: ID!) {\n    invoice(id: $id) {\n      history {\n        ...AuditPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditAccountingLog {\n    accountingAuditLog(actor: \"test-admin\", first: 2) {\n      ...AuditPage\n    }\n  }\n"): (typeof documents)["\n  query AuditAccountingLog {\n    accountingAuditLog(actor: \"test-admin\", first: 2) {\n      ...AuditPage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditHireGrace {\n    hireEmployee(input: { name: \"Grace Hopper\", email: \"grace@audit.example\", capacityHoursPerWeek: 40 }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AuditHireGrace {\n    hireEmployee(input: { name: \"Grace Hopper\", email: \"grace@audit.example\", capacityHoursPerWeek: 40 }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditCreateProject($c: ID!) {\n    createProject(input: { name: \"Audit\", clientId: $c, budgetHours: \"10\" }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AuditCreateProject($c: ID!) {\n    createProject(input: { name: \"Audit\", clientId: $c, budgetHours: \"10\" }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditKickOff($id: ID!) {\n    advanceProject(id: $id, phase: KICKOFF) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AuditKickOff($id: ID!) {\n    advanceProject(id: $id, phase: KICKOFF) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditLogTime($p: ID!, $e: ID!, $d: Date!) {\n    logTime(input: { projectId: $p, employeeId: $e, date: $d, hours: \"1.5\" }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AuditLogTime($p: ID!, $e: ID!, $d: Date!) {\n    logTime(input: { projectId: $p, employeeId: $e, date: $d, hours: \"1.5\" }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditProjectHistory($id: ID!) {\n    project(id: $id) {\n      history {\n        ...AuditPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditProjectHistory($id: ID!) {\n    project(id: $id) {\n      history {\n        ...AuditPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditProjectsLog {\n    projectsAuditLog(actor: \"test-admin\", first: 1) {\n      ...AuditPage\n    }\n  }\n"): (typeof documents)["\n  query AuditProjectsLog {\n    projectsAuditLog(actor: \"test-admin\", first: 1) {\n      ...AuditPage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditHirePaidPerson {\n    hireEmployee(\n      input: {\n        name: \"Paid Person\"\n        email: \"paid@audit.example\"\n        capacityHoursPerWeek: 40\n        salary: { amount: \"90000.00\", currencyCode: \"USD\" }\n      }\n    ) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AuditHirePaidPerson {\n    hireEmployee(\n      input: {\n        name: \"Paid Person\"\n        email: \"paid@audit.example\"\n        capacityHoursPerWeek: 40\n        salary: { amount: \"90000.00\", currencyCode: \"USD\" }\n      }\n    ) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditEmployeeChanges($id: ID!) {\n    employee(id: $id) {\n      history {\n        edges {\n          node {\n            changes {\n              field\n              before\n              after\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditEmployeeChanges($id: ID!) {\n    employee(id: $id) {\n      history {\n        edges {\n          node {\n            changes {\n              field\n              before\n              after\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditHrLog {\n    hrAuditLog(actor: \"test-admin\", first: 1) {\n      ...AuditPage\n    }\n  }\n"): (typeof documents)["\n  query AuditHrLog {\n    hrAuditLog(actor: \"test-admin\", first: 1) {\n      ...AuditPage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditChangeClientStatus($id: ID!, $s: ClientStatus!) {\n    changeClientStatus(id: $id, status: $s) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AuditChangeClientStatus($id: ID!, $s: ClientStatus!) {\n    changeClientStatus(id: $id, status: $s) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditCreateClient($n: String!) {\n    createClient(input: { name: $n }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AuditCreateClient($n: String!) {\n    createClient(input: { name: $n }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditClientIds {\n    clients(first: 50) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditClientIds {\n    clients(first: 50) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditClientIdsWithHistory {\n    clients(first: 50) {\n      edges {\n        node {\n          id\n          history(first: 1) {\n            totalCount\n            edges {\n              node {\n                version\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditClientIdsWithHistory {\n    clients(first: 50) {\n      edges {\n        node {\n          id\n          history(first: 1) {\n            totalCount\n            edges {\n              node {\n                version\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditUpdateClient($id: ID!, $n: String, $v: Int, $m: ID) {\n    updateClient(id: $id, input: { name: $n, accountManagerId: $m }, expectedVersion: $v) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AuditUpdateClient($id: ID!, $n: String, $v: Int, $m: ID) {\n    updateClient(id: $id, input: { name: $n, accountManagerId: $m }, expectedVersion: $v) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditCreateAtomic {\n    createClient(input: { name: \"Atomic\" }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AuditCreateAtomic {\n    createClient(input: { name: \"Atomic\" }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditRenameToChanged($id: ID!) {\n    updateClient(id: $id, input: { name: \"Changed\" }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AuditRenameToChanged($id: ID!) {\n    updateClient(id: $id, input: { name: \"Changed\" }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditClientNameAndVersion($id: ID!) {\n    client(id: $id) {\n      name\n      version\n    }\n  }\n"): (typeof documents)["\n  query AuditClientNameAndVersion($id: ID!) {\n    client(id: $id) {\n      name\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditActorLogs {\n    crmAuditLog(actor: \"alice\", first: 3) {\n      ...AuditPage\n    }\n    bobs: crmAuditLog(actor: \"bob\") {\n      ...AuditPage\n    }\n    hrAuditLog(actor: \"alice\") {\n      ...AuditPage\n    }\n  }\n"): (typeof documents)["\n  query AuditActorLogs {\n    crmAuditLog(actor: \"alice\", first: 3) {\n      ...AuditPage\n    }\n    bobs: crmAuditLog(actor: \"bob\") {\n      ...AuditPage\n    }\n    hrAuditLog(actor: \"alice\") {\n      ...AuditPage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditAliceCrmLogAfter($a: String) {\n    crmAuditLog(actor: \"alice\", first: 500, after: $a) {\n      ...AuditPage\n    }\n  }\n"): (typeof documents)["\n  query AuditAliceCrmLogAfter($a: String) {\n    crmAuditLog(actor: \"alice\", first: 500, after: $a) {\n      ...AuditPage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditAliceCrmLogCount {\n    crmAuditLog(actor: \"alice\") {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query AuditAliceCrmLogCount {\n    crmAuditLog(actor: \"alice\") {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChaosActiveClients {\n    clients(first: 50, status: ACTIVE) {\n      edges {\n        node {\n          id\n          accountManager {\n            id\n          }\n          projects {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ChaosActiveClients {\n    clients(first: 50, status: ACTIVE) {\n      edges {\n        node {\n          id\n          accountManager {\n            id\n          }\n          projects {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChaosCreateClient($name: String!) {\n    createClient(input: { name: $name }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ChaosCreateClient($name: String!) {\n    createClient(input: { name: $name }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChaosClientNames($after: String) {\n    clients(first: 500, after: $after) {\n      edges {\n        node {\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query ChaosClientNames($after: String) {\n    clients(first: 500, after: $after) {\n      edges {\n        node {\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthorisationCreateClient($n: String!) {\n    createClient(input: { name: $n }) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation AuthorisationCreateClient($n: String!) {\n    createClient(input: { name: $n }) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthorisationCreateInvoice($c: ID!) {\n    createInvoice(input: { clientId: $c, currencyCode: \"USD\", lines: [{ description: \"Matrix\", quantity: \"1\", unitPrice: \"10\" }] }) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation AuthorisationCreateInvoice($c: ID!) {\n    createInvoice(input: { clientId: $c, currencyCode: \"USD\", lines: [{ description: \"Matrix\", quantity: \"1\", unitPrice: \"10\" }] }) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthorisationCreateDepartment($n: String!) {\n    createDepartment(input: { name: $n }) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation AuthorisationCreateDepartment($n: String!) {\n    createDepartment(input: { name: $n }) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthorisationCreateProject($n: String!, $c: ID!, $l: ID!) {\n    createProject(input: { name: $n, clientId: $c, leadId: $l, budgetHours: \"10\" }) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation AuthorisationCreateProject($n: String!, $c: ID!, $l: ID!) {\n    createProject(input: { name: $n, clientId: $c, leadId: $l, budgetHours: \"10\" }) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthorisationClientCount {\n    clients(first: 1) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query AuthorisationClientCount {\n    clients(first: 1) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthorisationEmployeeSalary($id: ID!) {\n    employee(id: $id) {\n      id\n      name\n      salary {\n        amount\n        currencyCode\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuthorisationEmployeeSalary($id: ID!) {\n    employee(id: $id) {\n      id\n      name\n      salary {\n        amount\n        currencyCode\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthorisationEmployeeSalaries {\n    employees(first: 3) {\n      edges {\n        node {\n          name\n          salary {\n            amount\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuthorisationEmployeeSalaries {\n    employees(first: 3) {\n      edges {\n        node {\n          name\n          salary {\n            amount\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthorisationProjectLeadSalaries {\n    projects(first: 2) {\n      edges {\n        node {\n          lead {\n            name\n            salary {\n              amount\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuthorisationProjectLeadSalaries {\n    projects(first: 2) {\n      edges {\n        node {\n          lead {\n            name\n            salary {\n              amount\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthorisationHirePaidPerson($e: String!) {\n    hireEmployee(input: { name: \"Paid Person\", email: $e, salary: { amount: \"81000.00\", currencyCode: \"USD\" } }) {\n      id\n      salary {\n        amount\n        currencyCode\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AuthorisationHirePaidPerson($e: String!) {\n    hireEmployee(input: { name: \"Paid Person\", email: $e, salary: { amount: \"81000.00\", currencyCode: \"USD\" } }) {\n      id\n      salary {\n        amount\n        currencyCode\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthorisationUpdateSalary($id: ID!, $s: MoneyInput) {\n    updateEmployee(id: $id, input: { title: \"Paid\", salary: $s }) {\n      title\n      salary {\n        amount\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AuthorisationUpdateSalary($id: ID!, $s: MoneyInput) {\n    updateEmployee(id: $id, input: { title: \"Paid\", salary: $s }) {\n      title\n      salary {\n        amount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BadBytesHire {\n    hireEmployee(input: { name: \"Grace Hopper\", email: \"grace@bad-bytes.example\" }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation BadBytesHire {\n    hireEmployee(input: { name: \"Grace Hopper\", email: \"grace@bad-bytes.example\" }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BadBytesClient {\n    createClient(input: { name: \"Bytes Ltd\", country: \"GB\" }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation BadBytesClient {\n    createClient(input: { name: \"Bytes Ltd\", country: \"GB\" }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BadBytesProject($clientId: ID!) {\n    createProject(input: { name: \"Bytes rollout\", clientId: $clientId, budgetHours: \"40\" }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation BadBytesProject($clientId: ID!) {\n    createProject(input: { name: \"Bytes rollout\", clientId: $clientId, budgetHours: \"40\" }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BadBytesKickoff($id: ID!) {\n    advanceProject(id: $id, phase: KICKOFF) {\n      phase\n    }\n  }\n"): (typeof documents)["\n  mutation BadBytesKickoff($id: ID!) {\n    advanceProject(id: $id, phase: KICKOFF) {\n      phase\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BatchingClientList($first: Int!) {\n    clients(first: $first) {\n      edges {\n        node {\n          id\n          name\n          accountManager {\n            name\n            email\n          }\n          revenue(months: 12) {\n            amount\n            currencyCode\n          }\n          outstanding {\n            amount\n          }\n          projects {\n            id\n            name\n            health\n            lead {\n              name\n            }\n          }\n          renewal {\n            onTrack\n            risks\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BatchingClientList($first: Int!) {\n    clients(first: $first) {\n      edges {\n        node {\n          id\n          name\n          accountManager {\n            name\n            email\n          }\n          revenue(months: 12) {\n            amount\n            currencyCode\n          }\n          outstanding {\n            amount\n          }\n          projects {\n            id\n            name\n            health\n            lead {\n              name\n            }\n          }\n          renewal {\n            onTrack\n            risks\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CliClientCount {\n    clients {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query CliClientCount {\n    clients {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CliCreateClient {\n    createClient(input: { name: \"Minted\" }) {\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CliCreateClient {\n    createClient(input: { name: \"Minted\" }) {\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MergeE2eClients {\n    clients(first: 100) {\n      edges {\n        node {\n          id\n          activeContract {\n            id\n          }\n          projects {\n            id\n          }\n          invoices(first: 1) {\n            totalCount\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MergeE2eClients {\n    clients(first: 100) {\n      edges {\n        node {\n          id\n          activeContract {\n            id\n          }\n          projects {\n            id\n          }\n          invoices(first: 1) {\n            totalCount\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MergeE2eFigures($id: ID!) {\n    client(id: $id) {\n      id\n      revenue(months: 12) {\n        amount\n      }\n      outstanding {\n        amount\n      }\n      projects {\n        id\n      }\n      invoices(first: 1) {\n        totalCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query MergeE2eFigures($id: ID!) {\n    client(id: $id) {\n      id\n      revenue(months: 12) {\n        amount\n      }\n      outstanding {\n        amount\n      }\n      projects {\n        id\n      }\n      invoices(first: 1) {\n        totalCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeE2eCancelContract($id: ID!) {\n    cancelContract(id: $id) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation MergeE2eCancelContract($id: ID!) {\n    cancelContract(id: $id) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeE2eMerge($survivorId: ID!, $mergedId: ID!) {\n    mergeClients(survivorId: $survivorId, mergedId: $mergedId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation MergeE2eMerge($survivorId: ID!, $mergedId: ID!) {\n    mergeClients(survivorId: $survivorId, mergedId: $mergedId) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeE2eCreateInvoice($clientId: ID!) {\n    createInvoice(\n      input: { clientId: $clientId, currencyCode: \"USD\", lines: [{ description: \"Late\", quantity: \"1\", unitPrice: \"10.00\" }] }\n    ) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation MergeE2eCreateInvoice($clientId: ID!) {\n    createInvoice(\n      input: { clientId: $clientId, currencyCode: \"USD\", lines: [{ description: \"Late\", quantity: \"1\", unitPrice: \"10.00\" }] }\n    ) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DataQuality($examples: Int) {\n    crmDataQuality(examples: $examples) {\n      ...QualityReport\n    }\n    accountingDataQuality(examples: $examples) {\n      ...QualityReport\n    }\n    hrDataQuality(examples: $examples) {\n      ...QualityReport\n    }\n    projectsDataQuality(examples: $examples) {\n      ...QualityReport\n    }\n  }\n  fragment QualityReport on DataQualityReport {\n    domain\n    score\n    entities {\n      entityType\n      records\n      score\n      checks {\n        kind\n        field\n        description\n        count\n        examples {\n          id\n          problem\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DataQuality($examples: Int) {\n    crmDataQuality(examples: $examples) {\n      ...QualityReport\n    }\n    accountingDataQuality(examples: $examples) {\n      ...QualityReport\n    }\n    hrDataQuality(examples: $examples) {\n      ...QualityReport\n    }\n    projectsDataQuality(examples: $examples) {\n      ...QualityReport\n    }\n  }\n  fragment QualityReport on DataQualityReport {\n    domain\n    score\n    entities {\n      entityType\n      records\n      score\n      checks {\n        kind\n        field\n        description\n        count\n        examples {\n          id\n          problem\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation ExportAwkwardClient($name: String!) {\n            createClient(input: { name: $name, status: ACTIVE }) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation ExportAwkwardClient($name: String!) {\n            createClient(input: { name: $name, status: ACTIVE }) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation ExportAwkwardInvoice($clientId: ID!) {\n            createInvoice(\n              input: { clientId: $clientId, currencyCode: \"EUR\", lines: [{ description: \"Work\", quantity: \"1\", unitPrice: \"1234.5\" }] }\n            ) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation ExportAwkwardInvoice($clientId: ID!) {\n            createInvoice(\n              input: { clientId: $clientId, currencyCode: \"EUR\", lines: [{ description: \"Work\", quantity: \"1\", unitPrice: \"1234.5\" }] }\n            ) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation ExportAwkwardIssue($id: ID!) {\n            issueInvoice(id: $id) {\n              status\n            }\n          }\n        "): (typeof documents)["\n          mutation ExportAwkwardIssue($id: ID!) {\n            issueInvoice(id: $id) {\n              status\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientPage($after: String) {\n    clients(first: 25, after: $after) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query ClientPage($after: String) {\n    clients(first: 25, after: $after) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrashCreateClient($name: String!) {\n    createClient(input: { name: $name, country: \"US\" }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CrashCreateClient($name: String!) {\n    createClient(input: { name: $name, country: \"US\" }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrashCreateProject($clientId: ID!, $name: String!) {\n    createProject(input: { clientId: $clientId, name: $name, budgetHours: \"10\" }) {\n      id\n      name\n      version\n      tasks {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CrashCreateProject($clientId: ID!, $name: String!) {\n    createProject(input: { clientId: $clientId, name: $name, budgetHours: \"10\" }) {\n      id\n      name\n      version\n      tasks {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommandsDataQualityScores {\n    crmDataQuality {\n      score\n    }\n    accountingDataQuality {\n      score\n    }\n    hrDataQuality {\n      score\n    }\n    projectsDataQuality {\n      score\n    }\n  }\n"): (typeof documents)["\n  query CommandsDataQualityScores {\n    crmDataQuality {\n      score\n    }\n    accountingDataQuality {\n      score\n    }\n    hrDataQuality {\n      score\n    }\n    projectsDataQuality {\n      score\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommandsClientFacts {\n    clients(first: 100) {\n      edges {\n        node {\n          id\n          name\n          status\n          domain\n          revenue(months: 12) {\n            amount\n            currencyCode\n          }\n          accountManager {\n            name\n            email\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CommandsClientFacts {\n    clients(first: 100) {\n      edges {\n        node {\n          id\n          name\n          status\n          domain\n          revenue(months: 12) {\n            amount\n            currencyCode\n          }\n          accountManager {\n            name\n            email\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommandsCreateNamesake($name: String!) {\n    createClient(input: { name: $name }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CommandsCreateNamesake($name: String!) {\n    createClient(input: { name: $name }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SubgraphDownClientNameAndProjects($id: ID!) {\n    client(id: $id) {\n      name\n      projects {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query SubgraphDownClientNameAndProjects($id: ID!) {\n    client(id: $id) {\n      name\n      projects {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubgraphDownCreateInvoice($c: ID!) {\n    createInvoice(input: { clientId: $c, currencyCode: \"USD\", lines: [{ description: \"Work\", quantity: \"1\", unitPrice: \"10\" }] }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SubgraphDownCreateInvoice($c: ID!) {\n    createInvoice(input: { clientId: $c, currencyCode: \"USD\", lines: [{ description: \"Work\", quantity: \"1\", unitPrice: \"10\" }] }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SubgraphDownInvoiceCount {\n    invoices {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query SubgraphDownInvoiceCount {\n    invoices {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WritesHireAda {\n    hireEmployee(input: { name: \"Ada Lovelace\", email: \"ada@recordgraph.example\", capacityHoursPerWeek: 40 }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation WritesHireAda {\n    hireEmployee(input: { name: \"Ada Lovelace\", email: \"ada@recordgraph.example\", capacityHoursPerWeek: 40 }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WritesCreateAcme($m: ID) {\n    createClient(input: { name: \"Acme\", country: \"US\", status: ACTIVE, accountManagerId: $m }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation WritesCreateAcme($m: ID) {\n    createClient(input: { name: \"Acme\", country: \"US\", status: ACTIVE, accountManagerId: $m }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WritesCreateClient($input: CreateClientInput!) {\n    createClient(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation WritesCreateClient($input: CreateClientInput!) {\n    createClient(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WritesCreateInvoice($input: CreateInvoiceInput!) {\n    createInvoice(input: $input) {\n      id\n      status\n      total {\n        amount\n        currencyCode\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WritesCreateInvoice($input: CreateInvoiceInput!) {\n    createInvoice(input: $input) {\n      id\n      status\n      total {\n        amount\n        currencyCode\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WritesHireWithMalformedEmail {\n    hireEmployee(input: { name: \"Bob\", email: \"bob-at-example\" }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation WritesHireWithMalformedEmail {\n    hireEmployee(input: { name: \"Bob\", email: \"bob-at-example\" }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WritesHireAdaAgain {\n    hireEmployee(input: { name: \"Ada Again\", email: \"ADA@recordgraph.example\" }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation WritesHireAdaAgain {\n    hireEmployee(input: { name: \"Ada Again\", email: \"ADA@recordgraph.example\" }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WritesHireLeaver {\n    hireEmployee(input: { name: \"Leaver\", email: \"leaver@recordgraph.example\" }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation WritesHireLeaver {\n    hireEmployee(input: { name: \"Leaver\", email: \"leaver@recordgraph.example\" }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WritesTerminate($id: ID!) {\n    changeEmployeeStatus(id: $id, status: TERMINATED) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation WritesTerminate($id: ID!) {\n    changeEmployeeStatus(id: $id, status: TERMINATED) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WritesSetAccountManager($id: ID!, $m: ID!) {\n    updateClient(id: $id, input: { accountManagerId: $m }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation WritesSetAccountManager($id: ID!, $m: ID!) {\n    updateClient(id: $id, input: { accountManagerId: $m }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WritesUpdateUnknownClient {\n    updateClient(id: \"cli_0000000000000000\", input: { industry: \"Energy\" }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation WritesUpdateUnknownClient {\n    updateClient(id: \"cli_0000000000000000\", input: { industry: \"Energy\" }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WritesCreateProjectForMissingLead($c: ID!) {\n    createProject(input: { name: \"Rollout\", clientId: $c, leadId: \"emp_0000000000000000\", budgetHours: \"100\" }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation WritesCreateProjectForMissingLead($c: ID!) {\n    createProject(input: { name: \"Rollout\", clientId: $c, leadId: \"emp_0000000000000000\", budgetHours: \"100\" }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WritesCreateProject($c: ID!, $l: ID!) {\n    createProject(input: { name: \"Rollout\", clientId: $c, leadId: $l, budgetHours: \"100\" }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation WritesCreateProject($c: ID!, $l: ID!) {\n    createProject(input: { name: \"Rollout\", clientId: $c, leadId: $l, budgetHours: \"100\" }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WritesAdvanceToDelivery($id: ID!) {\n    advanceProject(id: $id, phase: DELIVERY) {\n      phase\n    }\n  }\n"): (typeof documents)["\n  mutation WritesAdvanceToDelivery($id: ID!) {\n    advanceProject(id: $id, phase: DELIVERY) {\n      phase\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WritesSetIndustryEnergy($id: ID!) {\n    updateClient(id: $id, input: { industry: \"Energy\" }) {\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation WritesSetIndustryEnergy($id: ID!) {\n    updateClient(id: $id, input: { industry: \"Energy\" }) {\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WritesSetIndustryRetailAtVersion1($id: ID!) {\n    updateClient(id: $id, input: { industry: \"Retail\" }, expectedVersion: 1) {\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation WritesSetIndustryRetailAtVersion1($id: ID!) {\n    updateClient(id: $id, input: { industry: \"Retail\" }, expectedVersion: 1) {\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WritesCreateGlobex {\n    createClient(input: { name: \"Globex\", country: \"DE\", status: ACTIVE }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation WritesCreateGlobex {\n    createClient(input: { name: \"Globex\", country: \"DE\", status: ACTIVE }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WritesIssueInvoice($id: ID!, $i: Date, $d: Date) {\n    issueInvoice(id: $id, input: { issueDate: $i, dueDate: $d }) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation WritesIssueInvoice($id: ID!, $i: Date, $d: Date) {\n    issueInvoice(id: $id, input: { issueDate: $i, dueDate: $d }) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WritesPayInFull($id: ID!) {\n    recordPayment(invoiceId: $id, input: { amount: \"333.33\" }) {\n      status\n      balance {\n        amount\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WritesPayInFull($id: ID!) {\n    recordPayment(invoiceId: $id, input: { amount: \"333.33\" }) {\n      status\n      balance {\n        amount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WritesPayInPart($id: ID!) {\n    recordPayment(invoiceId: $id, input: { amount: \"500.05\" }) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation WritesPayInPart($id: ID!) {\n    recordPayment(invoiceId: $id, input: { amount: \"500.05\" }) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WritesClientMoney($id: ID!) {\n    client(id: $id) {\n      revenue(months: 12) {\n        amount\n        currencyCode\n      }\n      allTime: revenue(months: 24) {\n        amount\n      }\n      outstanding {\n        amount\n        currencyCode\n      }\n      overdue {\n        amount\n      }\n    }\n  }\n"): (typeof documents)["\n  query WritesClientMoney($id: ID!) {\n    client(id: $id) {\n      revenue(months: 12) {\n        amount\n        currencyCode\n      }\n      allTime: revenue(months: 24) {\n        amount\n      }\n      outstanding {\n        amount\n        currencyCode\n      }\n      overdue {\n        amount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AutomationHireEmployee {\n    hireEmployee(input: { name: \"Ada Builder\", email: \"ada@example.com\" }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AutomationHireEmployee {\n    hireEmployee(input: { name: \"Ada Builder\", email: \"ada@example.com\" }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AutomationCreateClient($name: String!) {\n    createClient(input: { name: $name }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AutomationCreateClient($name: String!) {\n    createClient(input: { name: $name }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AutomationCreateDeal($clientId: ID!, $title: String!, $amount: MoneyInput!) {\n    createDeal(clientId: $clientId, input: { title: $title, amount: $amount }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AutomationCreateDeal($clientId: ID!, $title: String!, $amount: MoneyInput!) {\n    createDeal(clientId: $clientId, input: { title: $title, amount: $amount }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AutomationMoveDeal($id: ID!, $stage: DealStage!) {\n    moveDeal(id: $id, stage: $stage) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AutomationMoveDeal($id: ID!, $stage: DealStage!) {\n    moveDeal(id: $id, stage: $stage) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AutomationProjectsOfClient($clientId: ID!) {\n    projects(clientId: $clientId) {\n      edges {\n        node {\n          id\n          name\n          phase\n          budgetHours\n          lead {\n            id\n          }\n          history {\n            edges {\n              node {\n                version\n                mutation\n                actor {\n                  subject\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AutomationProjectsOfClient($clientId: ID!) {\n    projects(clientId: $clientId) {\n      edges {\n        node {\n          id\n          name\n          phase\n          budgetHours\n          lead {\n            id\n          }\n          history {\n            edges {\n              node {\n                version\n                mutation\n                actor {\n                  subject\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AutomationInvoicesOfClient($clientId: ID!) {\n    invoices(clientId: $clientId) {\n      edges {\n        node {\n          id\n          status\n          total {\n            amount\n            currencyCode\n          }\n          lines {\n            description\n            quantity\n            unitPrice {\n              amount\n            }\n            amount {\n              amount\n            }\n          }\n          history {\n            edges {\n              node {\n                actor {\n                  subject\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AutomationInvoicesOfClient($clientId: ID!) {\n    invoices(clientId: $clientId) {\n      edges {\n        node {\n          id\n          status\n          total {\n            amount\n            currencyCode\n          }\n          lines {\n            description\n            quantity\n            unitPrice {\n              amount\n            }\n            amount {\n              amount\n            }\n          }\n          history {\n            edges {\n              node {\n                actor {\n                  subject\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AutomationCreateProject($name: String!, $clientId: ID!) {\n    createProject(input: { name: $name, clientId: $clientId, budgetHours: \"100\" }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AutomationCreateProject($name: String!, $clientId: ID!) {\n    createProject(input: { name: $name, clientId: $clientId, budgetHours: \"100\" }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AutomationAdvanceProject($id: ID!, $phase: ProjectPhase!) {\n    advanceProject(id: $id, phase: $phase) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AutomationAdvanceProject($id: ID!, $phase: ProjectPhase!) {\n    advanceProject(id: $id, phase: $phase) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AutomationCreateTask($projectId: ID!, $title: String!) {\n    createTask(projectId: $projectId, input: { title: $title }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AutomationCreateTask($projectId: ID!, $title: String!) {\n    createTask(projectId: $projectId, input: { title: $title }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AutomationLogTime($input: LogTimeInput!) {\n    logTime(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AutomationLogTime($input: LogTimeInput!) {\n    logTime(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChangeFeedPage($after: String, $types: [String!], $first: Int) {\n    changes(after: $after, types: $types, first: $first) {\n      edges {\n        cursor\n        node {\n          id\n          cursor\n          source\n          type\n          entityType\n          entityId\n          entityVersion\n          occurredAt\n          actor {\n            subject\n            mutation\n          }\n          changes {\n            field\n            value\n          }\n          redacted\n          requestId\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query ChangeFeedPage($after: String, $types: [String!], $first: Int) {\n    changes(after: $after, types: $types, first: $first) {\n      edges {\n        cursor\n        node {\n          id\n          cursor\n          source\n          type\n          entityType\n          entityId\n          entityVersion\n          occurredAt\n          actor {\n            subject\n            mutation\n          }\n          changes {\n            field\n            value\n          }\n          redacted\n          requestId\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeFeedCreateClient($input: CreateClientInput!) {\n    createClient(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeFeedCreateClient($input: CreateClientInput!) {\n    createClient(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeFeedSetIndustry($id: ID!, $industry: String!) {\n    updateClient(id: $id, input: { industry: $industry }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeFeedSetIndustry($id: ID!, $industry: String!) {\n    updateClient(id: $id, input: { industry: $industry }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeFeedActivateClient($id: ID!) {\n    changeClientStatus(id: $id, status: ACTIVE) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeFeedActivateClient($id: ID!) {\n    changeClientStatus(id: $id, status: ACTIVE) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeFeedCreateInvoice($input: CreateInvoiceInput!) {\n    createInvoice(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeFeedCreateInvoice($input: CreateInvoiceInput!) {\n    createInvoice(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeFeedIssueInvoice($id: ID!) {\n    issueInvoice(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeFeedIssueInvoice($id: ID!) {\n    issueInvoice(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeFeedHireWithSalary {\n    hireEmployee(input: { name: \"Grace Hopper\", email: \"grace@feed.example\", salary: { amount: \"98765.43\", currencyCode: \"USD\" } }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeFeedHireWithSalary {\n    hireEmployee(input: { name: \"Grace Hopper\", email: \"grace@feed.example\", salary: { amount: \"98765.43\", currencyCode: \"USD\" } }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeFeedRaiseSalary($id: ID!) {\n    updateEmployee(id: $id, input: { salary: { amount: \"123456.78\", currencyCode: \"USD\" } }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeFeedRaiseSalary($id: ID!) {\n    updateEmployee(id: $id, input: { salary: { amount: \"123456.78\", currencyCode: \"USD\" } }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChangeFeedCount($types: [String!], $after: String) {\n    changes(types: $types, after: $after, first: 1) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query ChangeFeedCount($types: [String!], $after: String) {\n    changes(types: $types, after: $after, first: 1) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChangeFeedEndCursor {\n    changes {\n      pageInfo {\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query ChangeFeedEndCursor {\n    changes {\n      pageInfo {\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutboxCreateClient($name: String!, $country: String!) {\n    createClient(input: { name: $name, country: $country }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation OutboxCreateClient($name: String!, $country: String!) {\n    createClient(input: { name: $name, country: $country }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutboxRenameClient($id: ID!, $name: String!, $expectedVersion: Int) {\n    updateClient(id: $id, input: { name: $name }, expectedVersion: $expectedVersion) {\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation OutboxRenameClient($id: ID!, $name: String!, $expectedVersion: Int) {\n    updateClient(id: $id, input: { name: $name }, expectedVersion: $expectedVersion) {\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutboxHireEmployee {\n    hireEmployee(\n      input: {\n        name: \"Grace Hopper\"\n        email: \"grace@recordgraph.example\"\n        capacityHoursPerWeek: 40\n        salary: { amount: \"98000.00\", currencyCode: \"USD\" }\n      }\n    ) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation OutboxHireEmployee {\n    hireEmployee(\n      input: {\n        name: \"Grace Hopper\"\n        email: \"grace@recordgraph.example\"\n        capacityHoursPerWeek: 40\n        salary: { amount: \"98000.00\", currencyCode: \"USD\" }\n      }\n    ) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProofCreateClient($name: String!) {\n    createClient(input: { name: $name, country: \"US\" }) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ProofCreateClient($name: String!) {\n    createClient(input: { name: $name, country: \"US\" }) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProofRenameClient($id: ID!, $name: String!) {\n    updateClient(id: $id, input: { name: $name }) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ProofRenameClient($id: ID!, $name: String!) {\n    updateClient(id: $id, input: { name: $name }) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProofCreateEndpoint($url: String!) {\n    createWebhookEndpoint(input: { url: $url, types: [\"Client.*\"] }) {\n      secret\n    }\n  }\n"): (typeof documents)["\n  mutation ProofCreateEndpoint($url: String!) {\n    createWebhookEndpoint(input: { url: $url, types: [\"Client.*\"] }) {\n      secret\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ProofClientChanged($after: String) {\n    entityChanged(types: [\"Client.*\"], after: $after) {\n      id\n      entityId\n      entityVersion\n      type\n    }\n  }\n"): (typeof documents)["\n  subscription ProofClientChanged($after: String) {\n    entityChanged(types: [\"Client.*\"], after: $after) {\n      id\n      entityId\n      entityVersion\n      type\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProofClientFeed($after: String) {\n    changes(after: $after, types: [\"Client.*\"], first: 500) {\n      edges {\n        node {\n          id\n          entityId\n          entityVersion\n          type\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProofClientFeed($after: String) {\n    changes(after: $after, types: [\"Client.*\"], first: 500) {\n      edges {\n        node {\n          id\n          entityId\n          entityVersion\n          type\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation RelayNatsRestartCreateClient {\n      createClient(input: { name: \"Outage Ltd\", country: \"US\" }) {\n        id\n      }\n    }\n  "): (typeof documents)["\n    mutation RelayNatsRestartCreateClient {\n      createClient(input: { name: \"Outage Ltd\", country: \"US\" }) {\n        id\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation RelayNatsRestartRenameClient($id: ID!, $name: String!) {\n      updateClient(id: $id, input: { name: $name }) {\n        id\n      }\n    }\n  "): (typeof documents)["\n    mutation RelayNatsRestartRenameClient($id: ID!, $name: String!) {\n      updateClient(id: $id, input: { name: $name }) {\n        id\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SubscriptionsEntityChanged($types: [String!], $after: String) {\n    entityChanged(types: $types, after: $after) {\n      id\n      cursor\n      type\n      entityId\n      entityVersion\n      actor {\n        subject\n        mutation\n      }\n      changes {\n        field\n        value\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription SubscriptionsEntityChanged($types: [String!], $after: String) {\n    entityChanged(types: $types, after: $after) {\n      id\n      cursor\n      type\n      entityId\n      entityVersion\n      actor {\n        subject\n        mutation\n      }\n      changes {\n        field\n        value\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SubscriptionsFeedPage($after: String) {\n    changes(after: $after, first: 500) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query SubscriptionsFeedPage($after: String) {\n    changes(after: $after, first: 500) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubscriptionsCreateClient($name: String!) {\n    createClient(input: { name: $name, country: \"US\" }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SubscriptionsCreateClient($name: String!) {\n    createClient(input: { name: $name, country: \"US\" }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubscriptionsActivateClient($id: ID!) {\n    changeClientStatus(id: $id, status: ACTIVE) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SubscriptionsActivateClient($id: ID!) {\n    changeClientStatus(id: $id, status: ACTIVE) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SubscriptionsFeedSince($after: String) {\n    changes(after: $after, types: [\"Client.*\"]) {\n      edges {\n        node {\n          id\n          cursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SubscriptionsFeedSince($after: String) {\n    changes(after: $after, types: [\"Client.*\"]) {\n      edges {\n        node {\n          id\n          cursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SubscriptionsEndCursor {\n    changes {\n      pageInfo {\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query SubscriptionsEndCursor {\n    changes {\n      pageInfo {\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SubscriptionsOverPost {\n    entityChanged {\n      id\n    }\n  }\n"): (typeof documents)["\n  subscription SubscriptionsOverPost {\n    entityChanged {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebhooksCreateEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        id\n        url\n        types\n        description\n        enabled\n        version\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WebhooksCreateEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        id\n        url\n        types\n        description\n        enabled\n        version\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebhooksDisableEndpoint($id: ID!, $v: Int) {\n    updateWebhookEndpoint(id: $id, input: { types: [\"Invoice.*\"], enabled: false }, expectedVersion: $v) {\n      id\n      url\n      types\n      description\n      enabled\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation WebhooksDisableEndpoint($id: ID!, $v: Int) {\n    updateWebhookEndpoint(id: $id, input: { types: [\"Invoice.*\"], enabled: false }, expectedVersion: $v) {\n      id\n      url\n      types\n      description\n      enabled\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebhooksRotateSecret($id: ID!) {\n    rotateWebhookSecret(id: $id) {\n      secret\n    }\n  }\n"): (typeof documents)["\n  mutation WebhooksRotateSecret($id: ID!) {\n    rotateWebhookSecret(id: $id) {\n      secret\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebhooksDeleteEndpoint($id: ID!) {\n    deleteWebhookEndpoint(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation WebhooksDeleteEndpoint($id: ID!) {\n    deleteWebhookEndpoint(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhooksEndpoint($id: ID!) {\n    webhookEndpoint(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query WebhooksEndpoint($id: ID!) {\n    webhookEndpoint(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhooksEndpointCount {\n    webhookEndpoints {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query WebhooksEndpointCount {\n    webhookEndpoints {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhooksDeadLetterCount {\n    webhookDeliveries(status: DEAD) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query WebhooksDeadLetterCount {\n    webhookDeliveries(status: DEAD) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhooksDeliveries($endpointId: ID, $status: WebhookDeliveryStatus) {\n    webhookDeliveries(endpointId: $endpointId, status: $status, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          endpointId\n          eventId\n          eventType\n          status\n          attemptCount\n          nextAttemptAt\n          lastAttemptAt\n          attempts {\n            number\n            attemptedAt\n            statusCode\n            durationMs\n            error\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WebhooksDeliveries($endpointId: ID, $status: WebhookDeliveryStatus) {\n    webhookDeliveries(endpointId: $endpointId, status: $status, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          endpointId\n          eventId\n          eventType\n          status\n          attemptCount\n          nextAttemptAt\n          lastAttemptAt\n          attempts {\n            number\n            attemptedAt\n            statusCode\n            durationMs\n            error\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebhooksReplayDeadLetters($id: ID!) {\n    replayDeadLetters(endpointId: $id) {\n      replayed\n    }\n  }\n"): (typeof documents)["\n  mutation WebhooksReplayDeadLetters($id: ID!) {\n    replayDeadLetters(endpointId: $id) {\n      replayed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebhooksReplayDelivery($id: ID!) {\n    replayWebhookDelivery(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation WebhooksReplayDelivery($id: ID!) {\n    replayWebhookDelivery(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebhooksCreateClient($name: String!) {\n    createClient(input: { name: $name }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation WebhooksCreateClient($name: String!) {\n    createClient(input: { name: $name }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebhooksSetIndustry($id: ID!) {\n    updateClient(id: $id, input: { industry: \"Retail\" }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation WebhooksSetIndustry($id: ID!) {\n    updateClient(id: $id, input: { industry: \"Retail\" }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SystemOfRecordInventory {\n    systemOfRecord {\n      domains {\n        name\n        writeScope\n        owns\n        contributesTo\n      }\n      entities {\n        typename\n        owner\n        key\n        fields {\n          name\n          type\n          resolvedBy\n          kind\n          derivedFrom\n          writeScope\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SystemOfRecordInventory {\n    systemOfRecord {\n      domains {\n        name\n        writeScope\n        owns\n        contributesTo\n      }\n      entities {\n        typename\n        owner\n        key\n        fields {\n          name\n          type\n          resolvedBy\n          kind\n          derivedFrom\n          writeScope\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SystemOfRecordEntityNames {\n    systemOfRecord {\n      entities {\n        typename\n      }\n    }\n  }\n"): (typeof documents)["\n  query SystemOfRecordEntityNames {\n    systemOfRecord {\n      entities {\n        typename\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SystemOfRecordOwners {\n    systemOfRecord {\n      entities {\n        typename\n        owner\n      }\n    }\n  }\n"): (typeof documents)["\n  query SystemOfRecordOwners {\n    systemOfRecord {\n      entities {\n        typename\n        owner\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForeignSupergraphInventory {\n    systemOfRecord {\n      domains {\n        name\n        writeScope\n        owns\n      }\n      entities {\n        typename\n        owner\n        key\n      }\n    }\n  }\n"): (typeof documents)["\n  query ForeignSupergraphInventory {\n    systemOfRecord {\n      domains {\n        name\n        writeScope\n        owns\n      }\n      entities {\n        typename\n        owner\n        key\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResilienceClientAndManager($id: ID!) {\n    client(id: $id) {\n      name\n      accountManager {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query ResilienceClientAndManager($id: ID!) {\n    client(id: $id) {\n      name\n      accountManager {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResilienceClientName($id: ID!) {\n    client(id: $id) {\n      name\n    }\n  }\n"): (typeof documents)["\n  query ResilienceClientName($id: ID!) {\n    client(id: $id) {\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResilienceClientAndProjects($id: ID!) {\n    client(id: $id) {\n      name\n      projects {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query ResilienceClientAndProjects($id: ID!) {\n    client(id: $id) {\n      name\n      projects {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResilienceCreateClient($name: String!) {\n    createClient(input: { name: $name }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ResilienceCreateClient($name: String!) {\n    createClient(input: { name: $name }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResilienceClientCount {\n    clients(first: 1) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query ResilienceClientCount {\n    clients(first: 1) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StatelessCreateClient {\n    createClient(input: { name: \"Stateless Ltd\" }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation StatelessCreateClient {\n    createClient(input: { name: \"Stateless Ltd\" }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatelessEndpointsAndEntities {\n    webhookEndpoints {\n      totalCount\n    }\n    systemOfRecord {\n      entities {\n        typename\n      }\n    }\n  }\n"): (typeof documents)["\n  query StatelessEndpointsAndEntities {\n    webhookEndpoints {\n      totalCount\n    }\n    systemOfRecord {\n      entities {\n        typename\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatelessClientChanges {\n    changes(types: [\"Client.*\"]) {\n      edges {\n        node {\n          entityId\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StatelessClientChanges {\n    changes(types: [\"Client.*\"]) {\n      edges {\n        node {\n          entityId\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientCount {\n    clients(first: 1) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query ClientCount {\n    clients(first: 1) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdempotencyCreateClient($name: String!) {\n    createClient(input: { name: $name, country: \"US\" }) {\n      id\n      name\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation IdempotencyCreateClient($name: String!) {\n    createClient(input: { name: $name, country: \"US\" }) {\n      id\n      name\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IdempotencyClientCount {\n    clients(first: 1) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query IdempotencyClientCount {\n    clients(first: 1) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RequestIdClientCount {\n    clients(first: 1) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query RequestIdClientCount {\n    clients(first: 1) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShutdownSlow {\n    clients(first: 2) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query ShutdownSlow {\n    clients(first: 2) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShutdownClientCount {\n    clients(first: 1) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query ShutdownClientCount {\n    clients(first: 1) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConcurrencyCreateClient($name: String!) {\n    createClient(input: { name: $name, country: \"US\", status: ACTIVE }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ConcurrencyCreateClient($name: String!) {\n    createClient(input: { name: $name, country: \"US\", status: ACTIVE }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConcurrencyCreateDraft($c: ID!, $p: Decimal!) {\n    createInvoice(input: { clientId: $c, currencyCode: \"USD\", lines: [{ description: \"Work\", quantity: \"1\", unitPrice: $p }] }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ConcurrencyCreateDraft($c: ID!, $p: Decimal!) {\n    createInvoice(input: { clientId: $c, currencyCode: \"USD\", lines: [{ description: \"Work\", quantity: \"1\", unitPrice: $p }] }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConcurrencySetIndustry($id: ID!, $industry: String) {\n    updateClient(id: $id, input: { industry: $industry }) {\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ConcurrencySetIndustry($id: ID!, $industry: String) {\n    updateClient(id: $id, input: { industry: $industry }) {\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConcurrencySetIndustryAtVersion1($id: ID!, $industry: String) {\n    updateClient(id: $id, input: { industry: $industry }, expectedVersion: 1) {\n      version\n      industry\n    }\n  }\n"): (typeof documents)["\n  mutation ConcurrencySetIndustryAtVersion1($id: ID!, $industry: String) {\n    updateClient(id: $id, input: { industry: $industry }, expectedVersion: 1) {\n      version\n      industry\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConcurrencyClientIndustry($id: ID!) {\n    client(id: $id) {\n      version\n      industry\n    }\n  }\n"): (typeof documents)["\n  query ConcurrencyClientIndustry($id: ID!) {\n    client(id: $id) {\n      version\n      industry\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConcurrencyIssueIn2023($id: ID!) {\n    issueInvoice(id: $id, input: { issueDate: \"2023-06-01\" }) {\n      number\n    }\n  }\n"): (typeof documents)["\n  mutation ConcurrencyIssueIn2023($id: ID!) {\n    issueInvoice(id: $id, input: { issueDate: \"2023-06-01\" }) {\n      number\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConcurrencyCreateContract($c: ID!, $s: Date!) {\n    createContract(clientId: $c, input: { startDate: $s, endDate: \"2026-12-31\", annualValue: { amount: \"1000.00\", currencyCode: \"USD\" } }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ConcurrencyCreateContract($c: ID!, $s: Date!) {\n    createContract(clientId: $c, input: { startDate: $s, endDate: \"2026-12-31\", annualValue: { amount: \"1000.00\", currencyCode: \"USD\" } }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConcurrencyActivateContract($id: ID!) {\n    activateContract(id: $id, expectedVersion: 1) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ConcurrencyActivateContract($id: ID!) {\n    activateContract(id: $id, expectedVersion: 1) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConcurrencyClientContracts($id: ID!) {\n    client(id: $id) {\n      contracts {\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConcurrencyClientContracts($id: ID!) {\n    client(id: $id) {\n      contracts {\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConcurrencyHire($name: String!, $email: String!) {\n    hireEmployee(input: { name: $name, email: $email }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ConcurrencyHire($name: String!, $email: String!) {\n    hireEmployee(input: { name: $name, email: $email }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConcurrencyEmployeeEmails {\n    employees(first: 500) {\n      edges {\n        node {\n          email\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConcurrencyEmployeeEmails {\n    employees(first: 500) {\n      edges {\n        node {\n          email\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConcurrencyCreateDepartment($name: String!) {\n    createDepartment(input: { name: $name }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ConcurrencyCreateDepartment($name: String!) {\n    createDepartment(input: { name: $name }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConcurrencyDepartmentNames {\n    departments {\n      name\n    }\n  }\n"): (typeof documents)["\n  query ConcurrencyDepartmentNames {\n    departments {\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConcurrencySetManager($id: ID!, $m: ID) {\n    updateEmployee(id: $id, input: { managerId: $m }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ConcurrencySetManager($id: ID!, $m: ID) {\n    updateEmployee(id: $id, input: { managerId: $m }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConcurrencyEmployeeManagers {\n    employees(first: 500) {\n      edges {\n        node {\n          id\n          manager {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConcurrencyEmployeeManagers {\n    employees(first: 500) {\n      edges {\n        node {\n          id\n          manager {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConcurrencyIssue($id: ID!) {\n    issueInvoice(id: $id) {\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ConcurrencyIssue($id: ID!) {\n    issueInvoice(id: $id) {\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConcurrencyPayInFull($id: ID!, $v: Int) {\n    recordPayment(invoiceId: $id, input: { amount: \"250.00\" }, expectedVersion: $v) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ConcurrencyPayInFull($id: ID!, $v: Int) {\n    recordPayment(invoiceId: $id, input: { amount: \"250.00\" }, expectedVersion: $v) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConcurrencyInvoicePayments($id: ID!) {\n    invoice(id: $id) {\n      status\n      balance {\n        amount\n      }\n      payments {\n        amount {\n          amount\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConcurrencyInvoicePayments($id: ID!) {\n    invoice(id: $id) {\n      status\n      balance {\n        amount\n      }\n      payments {\n        amount {\n          amount\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MigrateCreateEteDepartment {\n    createDepartment(input: { name: \"ÉTÉ\" }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation MigrateCreateEteDepartment {\n    createDepartment(input: { name: \"ÉTÉ\" }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MigrateCreateMarketingDepartment {\n    createDepartment(input: { name: \"Marketing\" }) {\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation MigrateCreateMarketingDepartment {\n    createDepartment(input: { name: \"Marketing\" }) {\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrderingClientPage($after: String) {\n    clients(first: 3, after: $after) {\n      edges {\n        cursor\n        node {\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrderingClientPage($after: String) {\n    clients(first: 3, after: $after) {\n      edges {\n        cursor\n        node {\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrderingEmployeePage($after: String) {\n    employees(first: 3, after: $after) {\n      edges {\n        cursor\n        node {\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrderingEmployeePage($after: String) {\n    employees(first: 3, after: $after) {\n      edges {\n        cursor\n        node {\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrderingProjectPage($after: String) {\n    projects(first: 3, after: $after) {\n      edges {\n        cursor\n        node {\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrderingProjectPage($after: String) {\n    projects(first: 3, after: $after) {\n      edges {\n        cursor\n        node {\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrderingCreateClient($name: String!) {\n    createClient(input: { name: $name }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation OrderingCreateClient($name: String!) {\n    createClient(input: { name: $name }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrderingHire($name: String!, $email: String!) {\n    hireEmployee(input: { name: $name, email: $email }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation OrderingHire($name: String!, $email: String!) {\n    hireEmployee(input: { name: $name, email: $email }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrderingCreateDepartment($name: String!) {\n    createDepartment(input: { name: $name }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation OrderingCreateDepartment($name: String!) {\n    createDepartment(input: { name: $name }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrderingDepartmentNames {\n    departments {\n      name\n    }\n  }\n"): (typeof documents)["\n  query OrderingDepartmentNames {\n    departments {\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrderingCreateOwner {\n    createClient(input: { name: \"Owner\", status: ACTIVE }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation OrderingCreateOwner {\n    createClient(input: { name: \"Owner\", status: ACTIVE }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrderingCreateProject($name: String!, $c: ID!) {\n    createProject(input: { name: $name, clientId: $c, budgetHours: \"10\" }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation OrderingCreateProject($name: String!, $c: ID!) {\n    createProject(input: { name: $name, clientId: $c, budgetHours: \"10\" }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PoolCreatePooled {\n    createClient(input: { name: \"Pooled\" }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation PoolCreatePooled {\n    createClient(input: { name: \"Pooled\" }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PoolSetIndustry($id: ID!, $i: String) {\n    updateClient(id: $id, input: { industry: $i }) {\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation PoolSetIndustry($id: ID!, $i: String) {\n    updateClient(id: $id, input: { industry: $i }) {\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OverdueCreateClient {\n    createClient(input: { name: \"Late Payers\" }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation OverdueCreateClient {\n    createClient(input: { name: \"Late Payers\" }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OverdueCreateInvoice($clientId: ID!) {\n    createInvoice(input: { clientId: $clientId, currencyCode: \"USD\", lines: [{ description: \"Work\", quantity: \"1\", unitPrice: \"100\" }] }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation OverdueCreateInvoice($clientId: ID!) {\n    createInvoice(input: { clientId: $clientId, currencyCode: \"USD\", lines: [{ description: \"Work\", quantity: \"1\", unitPrice: \"100\" }] }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OverdueIssueInvoice($id: ID!, $issueDate: Date, $dueDate: Date) {\n    issueInvoice(id: $id, input: { issueDate: $issueDate, dueDate: $dueDate }) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation OverdueIssueInvoice($id: ID!, $issueDate: Date, $dueDate: Date) {\n    issueInvoice(id: $id, input: { issueDate: $issueDate, dueDate: $dueDate }) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OverduePayInvoice($id: ID!, $amount: Decimal!) {\n    recordPayment(invoiceId: $id, input: { amount: $amount }) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation OverduePayInvoice($id: ID!, $amount: Decimal!) {\n    recordPayment(invoiceId: $id, input: { amount: $amount }) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OverdueInvoices($overdue: Boolean, $clientId: ID) {\n    invoices(overdue: $overdue, clientId: $clientId) {\n      totalCount\n      edges {\n        node {\n          id\n          overdue\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OverdueInvoices($overdue: Boolean, $clientId: ID) {\n    invoices(overdue: $overdue, clientId: $clientId) {\n      totalCount\n      edges {\n        node {\n          id\n          overdue\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RankingCreateClient($name: String!) {\n    createClient(input: { name: $name }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RankingCreateClient($name: String!) {\n    createClient(input: { name: $name }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RankingCreateInvoice($clientId: ID!, $amount: Decimal!) {\n    createInvoice(\n      input: { clientId: $clientId, currencyCode: \"USD\", lines: [{ description: \"Work\", quantity: \"1\", unitPrice: $amount }] }\n    ) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RankingCreateInvoice($clientId: ID!, $amount: Decimal!) {\n    createInvoice(\n      input: { clientId: $clientId, currencyCode: \"USD\", lines: [{ description: \"Work\", quantity: \"1\", unitPrice: $amount }] }\n    ) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RankingIssueInvoice($id: ID!, $issueDate: Date!) {\n    issueInvoice(id: $id, input: { issueDate: $issueDate }) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RankingIssueInvoice($id: ID!, $issueDate: Date!) {\n    issueInvoice(id: $id, input: { issueDate: $issueDate }) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RankingClientsByRevenue($months: Int, $first: Int, $after: String) {\n    clientsByRevenue(months: $months, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          revenue(months: $months) {\n            amount\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query RankingClientsByRevenue($months: Int, $first: Int, $after: String) {\n    clientsByRevenue(months: $months, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          revenue(months: $months) {\n            amount\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"];
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
export function graphql(source: "\n  query AccountingRevenueReport($first: Int, $after: String, $from: Date, $to: Date, $orderBy: RevenueReportOrder) {\n    revenueByClientByMonth(first: $first, after: $after, from: $from, to: $to, orderBy: $orderBy) {\n      edges {\n        cursor\n        node {\n          client {\n            id\n          }\n          month\n          revenue {\n            amount\n            currencyCode\n          }\n          invoices\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccountingRevenueReport($first: Int, $after: String, $from: Date, $to: Date, $orderBy: RevenueReportOrder) {\n    revenueByClientByMonth(first: $first, after: $after, from: $from, to: $to, orderBy: $orderBy) {\n      edges {\n        cursor\n        node {\n          client {\n            id\n          }\n          month\n          revenue {\n            amount\n            currencyCode\n          }\n          invoices\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountingRevenueReportCount($from: Date, $to: Date) {\n    revenueByClientByMonth(first: 0, from: $from, to: $to) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccountingRevenueReportCount($from: Date, $to: Date) {\n    revenueByClientByMonth(first: 0, from: $from, to: $to) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountingInvoiceReport($first: Int, $after: String, $from: Date, $to: Date, $status: InvoiceStatus, $orderBy: InvoiceReportOrder) {\n    invoiceReport(first: $first, after: $after, from: $from, to: $to, status: $status, orderBy: $orderBy) {\n      edges {\n        node {\n          id\n          number\n          status\n          issueDate\n          client {\n            id\n          }\n          total {\n            amount\n            currencyCode\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query AccountingInvoiceReport($first: Int, $after: String, $from: Date, $to: Date, $status: InvoiceStatus, $orderBy: InvoiceReportOrder) {\n    invoiceReport(first: $first, after: $after, from: $from, to: $to, status: $status, orderBy: $orderBy) {\n      edges {\n        node {\n          id\n          number\n          status\n          issueDate\n          client {\n            id\n          }\n          total {\n            amount\n            currencyCode\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AccountingClientRevenueByMonth on Client {\n    revenueByMonth(months: $months) {\n      month\n      revenue {\n        amount\n        currencyCode\n      }\n      invoices\n    }\n  }\n"): (typeof documents)["\n  fragment AccountingClientRevenueByMonth on Client {\n    revenueByMonth(months: $months) {\n      month\n      revenue {\n        amount\n        currencyCode\n      }\n      invoices\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrmListCreateClient($name: String!, $status: ClientStatus) {\n    createClient(input: { name: $name, status: $status }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CrmListCreateClient($name: String!, $status: ClientStatus) {\n    createClient(input: { name: $name, status: $status }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrmListClients($first: Int, $after: String, $status: ClientStatus, $search: String, $orderBy: ClientOrder) {\n    clients(first: $first, after: $after, status: $status, search: $search, orderBy: $orderBy) {\n      edges {\n        node {\n          name\n          status\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query CrmListClients($first: Int, $after: String, $status: ClientStatus, $search: String, $orderBy: ClientOrder) {\n    clients(first: $first, after: $after, status: $status, search: $search, orderBy: $orderBy) {\n      edges {\n        node {\n          name\n          status\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DealsCreateClient($name: String!) {\n    createClient(input: { name: $name }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DealsCreateClient($name: String!) {\n    createClient(input: { name: $name }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DealsCreateDeal($clientId: ID!, $title: String!) {\n    createDeal(clientId: $clientId, input: { title: $title, amount: { amount: \"1000.00\", currencyCode: \"USD\" } }) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation DealsCreateDeal($clientId: ID!, $title: String!) {\n    createDeal(clientId: $clientId, input: { title: $title, amount: { amount: \"1000.00\", currencyCode: \"USD\" } }) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DealsMoveDeal($id: ID!, $stage: DealStage!, $v: Int) {\n    moveDeal(id: $id, stage: $stage, expectedVersion: $v) {\n      id\n      version\n      stage\n    }\n  }\n"): (typeof documents)["\n  mutation DealsMoveDeal($id: ID!, $stage: DealStage!, $v: Int) {\n    moveDeal(id: $id, stage: $stage, expectedVersion: $v) {\n      id\n      version\n      stage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DealsList($first: Int, $after: String, $stage: DealStage, $since: Date) {\n    deals(first: $first, after: $after, stage: $stage, updatedSince: $since) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          stage\n          client {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DealsList($first: Int, $after: String, $stage: DealStage, $since: Date) {\n    deals(first: $first, after: $after, stage: $stage, updatedSince: $since) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          stage\n          client {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DuplicatesCreateClient($name: String!, $domain: String) {\n    createClient(input: { name: $name, domain: $domain }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DuplicatesCreateClient($name: String!, $domain: String) {\n    createClient(input: { name: $name, domain: $domain }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DuplicatesAddContact($clientId: ID!, $name: String!, $email: String!, $phone: String) {\n    addContact(clientId: $clientId, input: { name: $name, email: $email, phone: $phone }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DuplicatesAddContact($clientId: ID!, $name: String!, $email: String!, $phone: String) {\n    addContact(clientId: $clientId, input: { name: $name, email: $email, phone: $phone }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DuplicatesCandidates($first: Int, $minScore: Float) {\n    duplicateCandidates(first: $first, minScore: $minScore) {\n      clients {\n        clients {\n          name\n        }\n        score\n        evidence {\n          kind\n          value\n          weight\n        }\n      }\n      contacts {\n        contacts {\n          name\n          email\n        }\n        score\n        evidence {\n          kind\n          value\n          weight\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DuplicatesCandidates($first: Int, $minScore: Float) {\n    duplicateCandidates(first: $first, minScore: $minScore) {\n      clients {\n        clients {\n          name\n        }\n        score\n        evidence {\n          kind\n          value\n          weight\n        }\n      }\n      contacts {\n        contacts {\n          name\n          email\n        }\n        score\n        evidence {\n          kind\n          value\n          weight\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DuplicatesMerge($survivorId: ID!, $mergedId: ID!) {\n    mergeClients(survivorId: $survivorId, mergedId: $mergedId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DuplicatesMerge($survivorId: ID!, $mergedId: ID!) {\n    mergeClients(survivorId: $survivorId, mergedId: $mergedId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeCreateClient($input: CreateClientInput!) {\n    createClient(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation MergeCreateClient($input: CreateClientInput!) {\n    createClient(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeAddContact($clientId: ID!, $email: String!) {\n    addContact(clientId: $clientId, input: { name: \"Pat Buyer\", email: $email }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation MergeAddContact($clientId: ID!, $email: String!) {\n    addContact(clientId: $clientId, input: { name: \"Pat Buyer\", email: $email }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeCreateDeal($clientId: ID!) {\n    createDeal(clientId: $clientId, input: { title: \"Pilot\", amount: { amount: \"5000.00\", currencyCode: \"EUR\" } }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation MergeCreateDeal($clientId: ID!) {\n    createDeal(clientId: $clientId, input: { title: \"Pilot\", amount: { amount: \"5000.00\", currencyCode: \"EUR\" } }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeCreateContract($clientId: ID!) {\n    createContract(\n      clientId: $clientId\n      input: { startDate: \"2026-01-01\", endDate: \"2026-12-31\", annualValue: { amount: \"1000.00\", currencyCode: \"EUR\" } }\n    ) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation MergeCreateContract($clientId: ID!) {\n    createContract(\n      clientId: $clientId\n      input: { startDate: \"2026-01-01\", endDate: \"2026-12-31\", annualValue: { amount: \"1000.00\", currencyCode: \"EUR\" } }\n    ) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeActivateContract($id: ID!) {\n    activateContract(id: $id) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation MergeActivateContract($id: ID!) {\n    activateContract(id: $id) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeClients($survivorId: ID!, $mergedId: ID!, $fields: MergeClientFieldsInput, $sv: Int, $mv: Int) {\n    mergeClients(survivorId: $survivorId, mergedId: $mergedId, fields: $fields, expectedSurvivorVersion: $sv, expectedMergedVersion: $mv) {\n      id\n      name\n      domain\n      industry\n      country\n      status\n      version\n      contacts {\n        id\n      }\n      deals {\n        id\n      }\n      contracts {\n        id\n      }\n      externalIds {\n        system\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MergeClients($survivorId: ID!, $mergedId: ID!, $fields: MergeClientFieldsInput, $sv: Int, $mv: Int) {\n    mergeClients(survivorId: $survivorId, mergedId: $mergedId, fields: $fields, expectedSurvivorVersion: $sv, expectedMergedVersion: $mv) {\n      id\n      name\n      domain\n      industry\n      country\n      status\n      version\n      contacts {\n        id\n      }\n      deals {\n        id\n      }\n      contracts {\n        id\n      }\n      externalIds {\n        system\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MergeByHubspotId($id: String!) {\n    clientByExternalId(system: \"hubspot\", id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query MergeByHubspotId($id: String!) {\n    clientByExternalId(system: \"hubspot\", id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MergeClientById($id: ID!) {\n    client(id: $id) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query MergeClientById($id: ID!) {\n    client(id: $id) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MergeClientIds($status: ClientStatus) {\n    clients(first: 500, status: $status) {\n      edges {\n        node {\n          id\n          status\n          mergedInto {\n            id\n          }\n        }\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query MergeClientIds($status: ClientStatus) {\n    clients(first: 500, status: $status) {\n      edges {\n        node {\n          id\n          status\n          mergedInto {\n            id\n          }\n        }\n      }\n      totalCount\n    }\n  }\n"];
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectsTimeByWeek(\n    $first: Int\n    $after: String\n    $from: Date\n    $to: Date\n    $projectId: ID\n    $employeeId: ID\n    $orderBy: TimeReportOrder\n    $count: Boolean = false\n  ) {\n    timeByWeek(first: $first, after: $after, from: $from, to: $to, projectId: $projectId, employeeId: $employeeId, orderBy: $orderBy) {\n      edges {\n        node {\n          project {\n            id\n            name\n          }\n          employee {\n            id\n          }\n          week\n          hours\n          billableHours\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount @include(if: $count)\n    }\n  }\n"): (typeof documents)["\n  query ProjectsTimeByWeek(\n    $first: Int\n    $after: String\n    $from: Date\n    $to: Date\n    $projectId: ID\n    $employeeId: ID\n    $orderBy: TimeReportOrder\n    $count: Boolean = false\n  ) {\n    timeByWeek(first: $first, after: $after, from: $from, to: $to, projectId: $projectId, employeeId: $employeeId, orderBy: $orderBy) {\n      edges {\n        node {\n          project {\n            id\n            name\n          }\n          employee {\n            id\n          }\n          week\n          hours\n          billableHours\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount @include(if: $count)\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProcessesActiveClient {\n    clients(first: 1, status: ACTIVE) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProcessesActiveClient {\n    clients(first: 1, status: ACTIVE) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProcessesClientCount {\n    clients(first: 1) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query ProcessesClientCount {\n    clients(first: 1) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProcessesCreateEndpoint {\n    createWebhookEndpoint(input: { url: \"https://hooks.example.com/in\", types: [\"Nobody.*\"] }) {\n      endpoint {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ProcessesCreateEndpoint {\n    createWebhookEndpoint(input: { url: \"https://hooks.example.com/in\", types: [\"Nobody.*\"] }) {\n      endpoint {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProcessesEndpointCount {\n    webhookEndpoints {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query ProcessesEndpointCount {\n    webhookEndpoints {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReplicasProbe {\n    clients(first: 3) {\n      edges {\n        node {\n          id\n          name\n          revenue(months: 12) {\n            amount\n          }\n        }\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query ReplicasProbe {\n    clients(first: 3) {\n      edges {\n        node {\n          id\n          name\n          revenue(months: 12) {\n            amount\n          }\n        }\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReplicasControl {\n    employees(first: 2) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query ReplicasControl {\n    employees(first: 2) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReplicasShared {\n    clients(first: 1) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query ReplicasShared {\n    clients(first: 1) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReplicasOrphan {\n    projects(first: 2) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query ReplicasOrphan {\n    projects(first: 2) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebClient360Headline {\n    clients(first: 2, status: ACTIVE) {\n      edges {\n        node {\n          id\n          name\n          version\n          revenue(months: 12) {\n            amount\n          }\n          invoices(first: 25) {\n            totalCount\n          }\n          projects {\n            id\n          }\n          accountManager {\n            name\n            version\n          }\n          renewal {\n            risks\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WebClient360Headline {\n    clients(first: 2, status: ACTIVE) {\n      edges {\n        node {\n          id\n          name\n          version\n          revenue(months: 12) {\n            amount\n          }\n          invoices(first: 25) {\n            totalCount\n          }\n          projects {\n            id\n          }\n          accountManager {\n            name\n            version\n          }\n          renewal {\n            risks\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebClientsNames($orderBy: ClientOrder, $search: String, $status: ClientStatus) {\n    clients(first: 500, orderBy: $orderBy, search: $search, status: $status) {\n      edges {\n        node {\n          name\n        }\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query WebClientsNames($orderBy: ClientOrder, $search: String, $status: ClientStatus) {\n    clients(first: 500, orderBy: $orderBy, search: $search, status: $status) {\n      edges {\n        node {\n          name\n        }\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebClientsByRevenue {\n    clientsByRevenue(first: 500) {\n      edges {\n        node {\n          name\n        }\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query WebClientsByRevenue {\n    clientsByRevenue(first: 500) {\n      edges {\n        node {\n          name\n        }\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebJourneyClientWithBalance {\n    invoices(first: 1, status: SENT) {\n      edges {\n        node {\n          id\n          number\n          client {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WebJourneyClientWithBalance {\n    invoices(first: 1, status: SENT) {\n      edges {\n        node {\n          id\n          number\n          client {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebJourneyOutstanding($id: ID!) {\n    client(id: $id) {\n      outstanding {\n        amount\n      }\n    }\n  }\n"): (typeof documents)["\n  query WebJourneyOutstanding($id: ID!) {\n    client(id: $id) {\n      outstanding {\n        amount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TodayTestInvoiceBalance($id: ID!) {\n    invoice(id: $id) {\n      version\n      balance {\n        amount\n        currencyCode\n      }\n    }\n  }\n"): (typeof documents)["\n  query TodayTestInvoiceBalance($id: ID!) {\n    invoice(id: $id) {\n      version\n      balance {\n        amount\n        currencyCode\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query TodayTestOverdue {\n          invoices(overdue: true, first: 25) {\n            edges {\n              node {\n                id\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query TodayTestOverdue {\n          invoices(overdue: true, first: 25) {\n            edges {\n              node {\n                id\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkflowTestInvoice($id: ID!) {\n    invoice(id: $id) {\n      version\n      status\n      balance {\n        amount\n        currencyCode\n      }\n      payments {\n        id\n        reference\n      }\n      client {\n        id\n        outstanding {\n          amount\n          currencyCode\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WorkflowTestInvoice($id: ID!) {\n    invoice(id: $id) {\n      version\n      status\n      balance {\n        amount\n        currencyCode\n      }\n      payments {\n        id\n        reference\n      }\n      client {\n        id\n        outstanding {\n          amount\n          currencyCode\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkflowTestProject($id: ID!) {\n    project(id: $id) {\n      version\n      health\n      healthNote\n      hoursLogged\n      timeEntries(first: 1) {\n        totalCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query WorkflowTestProject($id: ID!) {\n    project(id: $id) {\n      version\n      health\n      healthNote\n      hoursLogged\n      timeEntries(first: 1) {\n        totalCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkflowTestDeal($id: ID!) {\n    deal(id: $id) {\n      version\n      stage\n    }\n  }\n"): (typeof documents)["\n  query WorkflowTestDeal($id: ID!) {\n    deal(id: $id) {\n      version\n      stage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WorkflowTestPay($id: ID!) {\n    recordPayment(invoiceId: $id, input: { amount: \"1.00\", reference: \"someone else\" }) {\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation WorkflowTestPay($id: ID!) {\n    recordPayment(invoiceId: $id, input: { amount: \"1.00\", reference: \"someone else\" }) {\n      version\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;
