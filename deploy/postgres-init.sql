-- One database per system of record: each subgraph owns its store and nothing else.
CREATE DATABASE recordgraph_crm;
CREATE DATABASE recordgraph_accounting;
CREATE DATABASE recordgraph_hr;
CREATE DATABASE recordgraph_projects;
CREATE DATABASE recordgraph_webhooks;
