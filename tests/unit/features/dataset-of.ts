import type { Dataset } from '../../../src/data/dataset';

/** A dataset with the tables given and every other table empty, as while those files still load. */
export const datasetOf = (tables: Partial<Dataset>): Dataset => ({
  poles: [],
  themes: [],
  regions: [],
  sources: [],
  funding: [],
  milestones: [],
  departements: [],
  ...tables,
});
