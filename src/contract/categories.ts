import * as z from 'zod/mini';
import { CATEGORIES, normaliseCategory } from './category-names.js';

export * from './category-names.js';

export type Category = (typeof CATEGORIES)[number];

export const Category = z.pipe(
  z.pipe(z.string(), z.transform(normaliseCategory)),
  z.enum(CATEGORIES),
);
