/**
 * The layers of recordgraph, enforced in CI (`npm run lint:layers`). Arrows point down:
 *
 *   cli ──→ gateway, subgraphs ──→ lib          tools (build time) may read everything
 *
 * lib is the shared base; a service never reaches into another service's internals; nothing
 * imports the composition root (cli) or the build-time tooling (tools); a running service never
 * loads build-time packages (composition, codegen) or devDependencies.
 */
const SERVICE_CODE = '^(lib|gateway|subgraphs|cli)/';
const BUILD_TIME_PACKAGES =
  'node_modules/(@apollo/composition|@apollo/federation-internals|@graphql-codegen|dependency-cruiser|typescript|vitest|tsx)/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'lib-is-the-base',
      comment: 'lib/ is what services share: it imports nothing from the services, the CLI or the tooling above it.',
      severity: 'error',
      from: { path: '^lib/' },
      to: { path: '^(gateway|subgraphs|cli|tools|web)/' },
    },
    {
      name: 'gateway-holds-no-domain',
      comment: 'The gateway reaches subgraphs over HTTP only; it never imports their code.',
      severity: 'error',
      from: { path: '^gateway/' },
      to: { path: '^(subgraphs|cli|tools|web)/' },
    },
    {
      name: 'subgraphs-stand-alone',
      comment: 'A subgraph imports lib/ and its own files: never the gateway, the CLI or the tooling.',
      severity: 'error',
      from: { path: '^subgraphs/' },
      to: { path: '^(gateway|cli|tools|web)/' },
    },
    {
      name: 'no-other-subgraph-internals',
      comment: 'A subgraph asks another domain over federation (lib/references.ts), never through its code.',
      severity: 'error',
      from: { path: '^subgraphs/([^/]+)/' },
      to: { path: '^subgraphs/', pathNot: '^subgraphs/$1/' },
    },
    {
      name: 'nothing-imports-the-cli',
      comment: 'cli/ is the composition root: it imports everything it runs, and nothing imports it.',
      severity: 'error',
      from: { path: '^(lib|gateway|subgraphs|tools|web)/' },
      to: { path: '^cli/' },
    },
    {
      name: 'nothing-imports-tools',
      comment: 'tools/ is build-time only (composition, ownership check, breaking changes): no running service loads it.',
      severity: 'error',
      from: { path: SERVICE_CODE },
      to: { path: '^tools/' },
    },
    {
      name: 'no-build-time-packages-at-run-time',
      comment: 'Composition, codegen and the test runner are build-time packages: a running service never loads them.',
      severity: 'error',
      from: { path: SERVICE_CODE },
      to: { path: BUILD_TIME_PACKAGES, dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'no-dev-dependencies-at-run-time',
      comment: 'Production installs without devDependencies: service code imports only dependencies.',
      severity: 'error',
      from: { path: SERVICE_CODE },
      to: { dependencyTypes: ['npm-dev'], dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'An import that resolves to nothing fails at run time.',
      severity: 'error',
      from: {},
      // Except a package of types alone (no JavaScript to resolve), which codegen's typed
      // operations (lib/operations/__generated__/) import with `import type`.
      to: { couldNotResolve: true, pathNot: '^@graphql-typed-document-node/core$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist|data)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.js', '.mjs', '.cjs', '.json'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
