import {
  departementSchema,
  fundingSchema,
  milestoneSchema,
  poleSchema,
  regionSchema,
  sourceSchema,
  themeSchema,
} from './schemas';

/** The data files the dashboard loads from `data/` beside index.html, and the schema of each. */
export const DATA_FILES = {
  poles: { path: 'data/poles.csv', schema: poleSchema },
  themes: { path: 'data/themes.csv', schema: themeSchema },
  regions: { path: 'data/regions.csv', schema: regionSchema },
  sources: { path: 'data/sources.csv', schema: sourceSchema },
  funding: { path: 'data/funding.csv', schema: fundingSchema },
  milestones: { path: 'data/milestones.csv', schema: milestoneSchema },
  departements: { path: 'data/departements.csv', schema: departementSchema },
} as const;

export type FileId = keyof typeof DATA_FILES;

const isFileId = (key: string): key is FileId => key in DATA_FILES;

/** The ids in the order of DATA_FILES, which is the one list of the data files. */
export const FILE_IDS: readonly FileId[] = Object.keys(DATA_FILES).filter(isFileId);
