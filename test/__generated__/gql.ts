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
    "\n  query CliClientCount {\n    clients {\n      totalCount\n    }\n  }\n": typeof types.CliClientCountDocument,
    "\n  mutation CliCreateClient {\n    createClient(input: { name: \"Minted\" }) {\n      name\n    }\n  }\n": typeof types.CliCreateClientDocument,
    "\n  query ClientPage($after: String) {\n    clients(first: 25, after: $after) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.ClientPageDocument,
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
    "\n  mutation StatelessCreateClient {\n    createClient(input: { name: \"Stateless Ltd\" }) {\n      id\n    }\n  }\n": typeof types.StatelessCreateClientDocument,
    "\n  query StatelessEndpointsAndEntities {\n    webhookEndpoints {\n      totalCount\n    }\n    systemOfRecord {\n      entities {\n        typename\n      }\n    }\n  }\n": typeof types.StatelessEndpointsAndEntitiesDocument,
    "\n  query StatelessClientChanges {\n    changes(types: [\"Client.*\"]) {\n      edges {\n        node {\n          entityId\n        }\n      }\n    }\n  }\n": typeof types.StatelessClientChangesDocument,
    "\n  query RequestIdClientCount {\n    clients(first: 1) {\n      totalCount\n    }\n  }\n": typeof types.RequestIdClientCountDocument,
    "\n  query ShutdownSlow {\n    clients(first: 2) {\n      totalCount\n    }\n  }\n": typeof types.ShutdownSlowDocument,
    "\n  query ShutdownClientCount {\n    clients(first: 1) {\n      totalCount\n    }\n  }\n": typeof types.ShutdownClientCountDocument,
    "\n  query ProcessesActiveClient {\n    clients(first: 1, status: ACTIVE) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.ProcessesActiveClientDocument,
    "\n  query ProcessesClientCount {\n    clients(first: 1) {\n      totalCount\n    }\n  }\n": typeof types.ProcessesClientCountDocument,
    "\n  mutation ProcessesCreateEndpoint {\n    createWebhookEndpoint(input: { url: \"https://hooks.example.com/in\", types: [\"Nobody.*\"] }) {\n      endpoint {\n        id\n      }\n    }\n  }\n": typeof types.ProcessesCreateEndpointDocument,
    "\n  query ProcessesEndpointCount {\n    webhookEndpoints {\n      totalCount\n    }\n  }\n": typeof types.ProcessesEndpointCountDocument,
    "\n  query ReplicasProbe {\n    clients(first: 3) {\n      edges {\n        node {\n          id\n          name\n          revenue(months: 12) {\n            amount\n          }\n        }\n      }\n      totalCount\n    }\n  }\n": typeof types.ReplicasProbeDocument,
    "\n  query ReplicasControl {\n    employees(first: 2) {\n      totalCount\n    }\n  }\n": typeof types.ReplicasControlDocument,
    "\n  query ReplicasShared {\n    clients(first: 1) {\n      totalCount\n    }\n  }\n": typeof types.ReplicasSharedDocument,
    "\n  query ReplicasOrphan {\n    projects(first: 2) {\n      totalCount\n    }\n  }\n": typeof types.ReplicasOrphanDocument,
};
const documents: Documents = {
    "query ClientOverview($id: ID!) {\n  client(id: $id) {\n    id\n    name\n    status\n    accountManager {\n      id\n      name\n      email\n    }\n    revenue(months: 12) {\n      amount\n      currencyCode\n    }\n    outstanding {\n      amount\n      currencyCode\n    }\n    invoices(first: 5) {\n      edges {\n        node {\n          id\n          number\n          status\n          total {\n            amount\n            currencyCode\n          }\n          dueDate\n        }\n      }\n      totalCount\n    }\n    projects {\n      id\n      name\n      phase\n      health\n      lead {\n        name\n      }\n    }\n    renewal {\n      date\n      daysLeft\n      onTrack\n      risks\n    }\n  }\n  clients(first: 50) {\n    edges {\n      node {\n        id\n        name\n        revenue(months: 12) {\n          amount\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    totalCount\n  }\n}": types.ClientOverviewDocument,
    "\n  query CliClientCount {\n    clients {\n      totalCount\n    }\n  }\n": types.CliClientCountDocument,
    "\n  mutation CliCreateClient {\n    createClient(input: { name: \"Minted\" }) {\n      name\n    }\n  }\n": types.CliCreateClientDocument,
    "\n  query ClientPage($after: String) {\n    clients(first: 25, after: $after) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.ClientPageDocument,
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
    "\n  mutation StatelessCreateClient {\n    createClient(input: { name: \"Stateless Ltd\" }) {\n      id\n    }\n  }\n": types.StatelessCreateClientDocument,
    "\n  query StatelessEndpointsAndEntities {\n    webhookEndpoints {\n      totalCount\n    }\n    systemOfRecord {\n      entities {\n        typename\n      }\n    }\n  }\n": types.StatelessEndpointsAndEntitiesDocument,
    "\n  query StatelessClientChanges {\n    changes(types: [\"Client.*\"]) {\n      edges {\n        node {\n          entityId\n        }\n      }\n    }\n  }\n": types.StatelessClientChangesDocument,
    "\n  query RequestIdClientCount {\n    clients(first: 1) {\n      totalCount\n    }\n  }\n": types.RequestIdClientCountDocument,
    "\n  query ShutdownSlow {\n    clients(first: 2) {\n      totalCount\n    }\n  }\n": types.ShutdownSlowDocument,
    "\n  query ShutdownClientCount {\n    clients(first: 1) {\n      totalCount\n    }\n  }\n": types.ShutdownClientCountDocument,
    "\n  query ProcessesActiveClient {\n    clients(first: 1, status: ACTIVE) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.ProcessesActiveClientDocument,
    "\n  query ProcessesClientCount {\n    clients(first: 1) {\n      totalCount\n    }\n  }\n": types.ProcessesClientCountDocument,
    "\n  mutation ProcessesCreateEndpoint {\n    createWebhookEndpoint(input: { url: \"https://hooks.example.com/in\", types: [\"Nobody.*\"] }) {\n      endpoint {\n        id\n      }\n    }\n  }\n": types.ProcessesCreateEndpointDocument,
    "\n  query ProcessesEndpointCount {\n    webhookEndpoints {\n      totalCount\n    }\n  }\n": types.ProcessesEndpointCountDocument,
    "\n  query ReplicasProbe {\n    clients(first: 3) {\n      edges {\n        node {\n          id\n          name\n          revenue(months: 12) {\n            amount\n          }\n        }\n      }\n      totalCount\n    }\n  }\n": types.ReplicasProbeDocument,
    "\n  query ReplicasControl {\n    employees(first: 2) {\n      totalCount\n    }\n  }\n": types.ReplicasControlDocument,
    "\n  query ReplicasShared {\n    clients(first: 1) {\n      totalCount\n    }\n  }\n": types.ReplicasSharedDocument,
    "\n  query ReplicasOrphan {\n    projects(first: 2) {\n      totalCount\n    }\n  }\n": types.ReplicasOrphanDocument,
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
export function graphql(source: "\n  query CliClientCount {\n    clients {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query CliClientCount {\n    clients {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CliCreateClient {\n    createClient(input: { name: \"Minted\" }) {\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CliCreateClient {\n    createClient(input: { name: \"Minted\" }) {\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientPage($after: String) {\n    clients(first: 25, after: $after) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query ClientPage($after: String) {\n    clients(first: 25, after: $after) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"];
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

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;
