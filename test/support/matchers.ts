import { expect } from 'vitest';

/**
 * vitest's asymmetric matchers, typed `unknown`: vitest types them `any`, which typescript-eslint's
 * no-unsafe-assignment refuses inside an expected object. Each matches exactly as vitest's does.
 */
export const anyString = (): unknown => expect.any(String);
export const containing = (text: string): unknown => expect.stringContaining(text);
export const matching = (pattern: RegExp): unknown => expect.stringMatching(pattern);
export const including = (items: unknown[]): unknown => expect.arrayContaining(items);
