// Loaded with `node --import` by test/e2e/cli-modules.test.ts: when the process exits, the file
// named by RECORDGRAPH_TRACE_MODULES lists every module it loaded, one URL or path a line. Plain
// JavaScript, because the process it traces runs the compiled CLI on plain Node.
import { appendFileSync } from 'node:fs';
import { createRequire, register } from 'node:module';

const file = process.env.RECORDGRAPH_TRACE_MODULES;
if (file) {
  // ES modules: a resolve hook notes each one as it is resolved (the hook runs on its own thread).
  const hooks = `
    import { appendFileSync } from 'node:fs';
    let file;
    export function initialize(data) { file = data.file; }
    export async function resolve(specifier, context, next) {
      const resolved = await next(specifier, context);
      appendFileSync(file, resolved.url + '\\n');
      return resolved;
    }`;
  register(`data:text/javascript,${encodeURIComponent(hooks)}`, { data: { file } });
  // CommonJS modules, which require() loads without those hooks: all of them are in the require cache.
  const cache = createRequire(import.meta.url).cache;
  process.on('exit', () => appendFileSync(file, Object.keys(cache).join('\n') + '\n'));
}
