// Monaco's web workers, bundled by Vite (`?worker` imports) and served from this origin.
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// The headline query, as README.md and `npm start` show it.
import headline from '../../../lib/operations/ClientOverview.graphql?raw';
import { demoStart } from './demo.ts';

/**
 * GraphiQL 5, bundled (no CDN: it works offline), at /graphiql on the gateway outside production,
 * beside Apollo Sandbox at /graphql. Queries and mutations go over HTTP, subscriptions over
 * graphql-ws on the same /graphql URL, where the headers editor's Authorization travels as the
 * connection parameters (browsers cannot set headers on a WebSocket).
 */

const endpoint = new URL('/graphql', location.href);
const fetcher = createGraphiQLFetcher({
  url: endpoint.href,
  subscriptionUrl: endpoint.href.replace(/^http/, 'ws'),
});

const root = document.getElementById('graphiql');
if (!root) throw new Error('index.html has no #graphiql');
const { headers, variables } = await demoStart();
// GraphiQL fills only the query from `defaultTabs` on a first visit (no tabs kept in its storage,
// under `graphiql:tabState`); the headline query needs its variables too.
const firstVisit = localStorage.getItem('graphiql:tabState') === null;
createRoot(root).render(
  <StrictMode>
    <GraphiQL
      fetcher={fetcher}
      // A fresh token on every load (tokens expire; headers are not kept in storage).
      initialHeaders={headers}
      defaultHeaders={headers}
      defaultEditorToolsVisibility="headers"
      // The first visit opens on the headline query; later ones on the tabs left open.
      defaultTabs={[{ query: headline, variables, headers }]}
      initialVariables={firstVisit ? variables : undefined}
    />
  </StrictMode>,
);
