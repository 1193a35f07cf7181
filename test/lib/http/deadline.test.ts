import { describe, expect, it } from 'vitest';
import { requestBudgetMs } from '../../../lib/http/deadline.ts';

describe('requestBudgetMs', () => {
  it('takes the budget the caller sent, whole milliseconds', () => {
    expect(requestBudgetMs('1500', 60_000)).toBe(1500);
    expect(requestBudgetMs('250.9', 60_000)).toBe(250);
    expect(requestBudgetMs(['700', '900'], 60_000)).toBe(700);
  });

  it('keeps zero and negative budgets, which mean the caller has already given up', () => {
    expect(requestBudgetMs('0', 60_000)).toBe(0);
    expect(requestBudgetMs('-40', 60_000)).toBe(-40);
  });

  it('caps an absurd budget at the maximum', () => {
    expect(requestBudgetMs('86400000', 60_000)).toBe(60_000);
    expect(requestBudgetMs('1e308', 60_000)).toBe(60_000);
  });

  it('gives the maximum when the header is absent or not a number', () => {
    for (const header of [undefined, '', '  ', 'soon', 'Infinity', 'NaN']) expect(requestBudgetMs(header, 60_000)).toBe(60_000);
  });
});
