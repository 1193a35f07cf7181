import { loadMapping, MappingError, type Mapping } from './mapping.ts';
import { PROFILES } from './profiles.ts';
import type { ImportEntity } from './targets.ts';

/** The mapping `--profile NAME` or `--mapping FILE` names for the entity; exactly one of them. */
export async function chooseMapping(entity: ImportEntity, options: { profile?: string; mapping?: string }): Promise<Mapping> {
  if (options.profile && options.mapping) throw new MappingError('give --profile or --mapping, not both');
  if (options.mapping) return loadMapping(options.mapping);
  const fitting = Object.entries(PROFILES).filter(([, profile]) => profile.entities[entity]);
  const mapping = options.profile ? PROFILES[options.profile]?.entities[entity] : undefined;
  if (mapping) return mapping;
  const list = fitting.map(([name, profile]) => `  --profile ${name.padEnd(12)} ${profile.description}`).join('\n');
  const why = options.profile ? `no profile ${options.profile} for ${entity}` : `say how the file's columns map to ${entity}`;
  throw new MappingError(
    `${why}:\n${list || '  (no built-in profile)'}\n  --mapping FILE         a mapping of your own (JSON or YAML; see examples/imports/README.md)`,
  );
}
