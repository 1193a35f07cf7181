#!/usr/bin/env node
// The recordgraph command. Sources are TypeScript, run through tsx so there is no build step.
import { register } from 'tsx/esm/api';

register();
await import('../cli/main.ts');
