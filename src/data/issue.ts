/** One problem found in a data file, precise enough for a deployer to fix it. */
export interface DataIssue {
  readonly file: string;
  /** 1-based line in the file (the header is line 1); null when the whole file is concerned. */
  readonly line: number | null;
  readonly column: string | null;
  /** The column's letter in a spreadsheet (« B »), when the file is a workbook's sheet. */
  readonly columnLetter?: string;
  readonly value: string | null;
  /** What was expected, in French, ready to show. */
  readonly expected: string;
}

export function describeIssue(issue: DataIssue): string {
  const where = [
    issue.file,
    issue.line === null ? null : `ligne ${issue.line}`,
    issue.column === null
      ? null
      : `colonne ${issue.columnLetter === undefined ? '' : `${issue.columnLetter} `}« ${issue.column} »`,
  ]
    .filter((part) => part !== null)
    .join(', ');
  const value = issue.value === null ? '' : ` : valeur « ${issue.value} »`;
  return `${where}${value} ; attendu : ${issue.expected}`;
}
