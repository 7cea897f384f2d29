/**
 * The fixtures written by `stories/fixtures/generate.ts` from the reference server, typed with
 * the contract. `test-node/fixtures.test.ts` checks each one against the valibot schemas.
 */
import type { BreakdownResponse, Dimension, DimensionsResponse, MonthlyResponse, Problem, TrendResponse } from '../../src/data/contract.js';
import defaultData from '../fixtures/default.json';
import emptyData from '../fixtures/empty.json';
import hostileData from '../fixtures/hostile.json';
import manyData from '../fixtures/many.json';
import problemsData from '../fixtures/problems.json';

/** Every resource of one dataset, as the reference server answered it. */
export interface Dataset {
  monthly: MonthlyResponse;
  breakdown: Record<Dimension, BreakdownResponse>;
  trend: Record<Dimension, TrendResponse>;
  dimensions: DimensionsResponse;
}

export const DATASETS = {
  default: defaultData as Dataset,
  empty: emptyData as Dataset,
  hostile: hostileData as Dataset,
  many: manyData as Dataset,
};
export type DatasetName = keyof typeof DATASETS;

export const PROBLEMS = problemsData as { badRequest: Problem; serverError: Problem };

/** The strings the hostile dataset puts in labels; they must show as text, never as markup. */
export const HOSTILE_STRINGS = ['<img src=x onerror=alert(1)>', 'R&D <EMEA>'] as const;
