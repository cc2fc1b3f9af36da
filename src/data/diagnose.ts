import { dataList, expectation, dataLabel, type DataMessageId } from './data-message';
import type { DataIssue } from './issue';

export type Delimiter = ',' | ';';

export type Diagnosis =
  | {
      readonly ok: true;
      readonly delimiter: Delimiter;
      /** Unknown or unnamed columns: read past, shown to the deployer, never fatal. */
      readonly warnings: readonly DataIssue[];
    }
  /** One message for the whole file: no row is read after it. */
  | { readonly ok: false; readonly issue: DataIssue; readonly warnings: readonly DataIssue[] };

const HTML_START = /^\s*<(?:!doctype\s+html|html|head|body|\?xml|!--|meta|script|title)\b/i;
const HTML_ANYWHERE = /<(?:html|body|head)[\s>]/i;
const TITLE = /<title[^>]*>([^<]*)</i;
const SHOWN_HEADER = 80;

const fail = (issue: DataIssue, warnings: readonly DataIssue[] = []): Diagnosis => ({
  ok: false,
  issue,
  warnings,
});

/** Splits one header line on the delimiter, outside double quotes; names trimmed and unquoted. */
function splitHeader(line: string, delimiter: string): string[] {
  const fields: string[] = [];
  let current = '';
  let quoted = false;
  for (const char of line) {
    if (char === '"') quoted = !quoted;
    else if (char === delimiter && !quoted) {
      fields.push(current.trim());
      current = '';
    } else current += char;
  }
  fields.push(current.trim());
  return fields;
}

function isHtml(text: string): boolean {
  const head = text.slice(0, 2000);
  return HTML_START.test(head) || HTML_ANYWHERE.test(head);
}

/** Which of `,` and `;` splits the header into the known columns; null when neither splits it at all. */
function chooseDelimiter(line: string, columns: readonly string[]): Delimiter | null {
  const score = (delimiter: Delimiter) => {
    const fields = splitHeader(line, delimiter);
    return { fields: fields.length, known: fields.filter((name) => columns.includes(name)).length };
  };
  const comma = score(',');
  const semicolon = score(';');
  if (comma.fields === 1 && semicolon.fields === 1) return columns.length > 1 ? null : ',';
  if (comma.known !== semicolon.known) return comma.known > semicolon.known ? ',' : ';';
  return semicolon.fields > comma.fields ? ';' : ',';
}

function separatorExpected(line: string): DataMessageId {
  if (line.includes('\t')) return 'data.diagnose.separatorTabs';
  if (line.includes('|')) return 'data.diagnose.separatorPipes';
  return 'data.diagnose.separator';
}

/**
 * Looks at a whole file before any row is read: empty file, HTML page served in its place, separator (decided once,
 * from the header line), repeated and missing columns; an unknown column is a warning. `text` has LF line ends.
 */
export function diagnoseCsv(file: string, text: string, columns: readonly string[]): Diagnosis {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') {
    return fail({
      file,
      line: 1,
      column: null,
      value: null,
      expected: expectation('data.diagnose.empty'),
    });
  }
  if (isHtml(body)) {
    const title = TITLE.exec(body)?.[1]?.trim() ?? '';
    return fail({
      file,
      line: null,
      column: null,
      value:
        title === '' ? dataLabel('data.diagnose.html') : dataLabel('data.diagnose.htmlTitled', { title }),
      expected: expectation('data.diagnose.htmlExpected'),
    });
  }
  const lines = body.split('\n');
  const index = lines.findIndex((row) => row.trim() !== '');
  const headerLine = lines[index] ?? '';
  const line = index + 1;
  const delimiter = chooseDelimiter(headerLine, columns);
  if (delimiter === null) {
    const shown = headerLine.length > SHOWN_HEADER ? `${headerLine.slice(0, SHOWN_HEADER)}…` : headerLine;
    return fail({
      file,
      line,
      column: null,
      value: shown,
      expected: expectation(separatorExpected(headerLine)),
    });
  }
  const names = splitHeader(headerLine, delimiter);
  const warnings: DataIssue[] = [];
  const positions = new Map<string, number[]>();
  names.forEach((name, position) => {
    if (name === '') {
      warnings.push({
        file,
        line,
        column: null,
        value: dataLabel('data.diagnose.unnamed', { position: position + 1 }),
        expected: expectation('data.diagnose.unnamedExpected'),
      });
      return;
    }
    positions.set(name, [...(positions.get(name) ?? []), position + 1]);
    if (!columns.includes(name) && positions.get(name)?.length === 1) {
      warnings.push({
        file,
        line,
        column: name,
        value: null,
        expected: expectation('data.diagnose.unknown'),
      });
    }
  });
  for (const [name, at] of positions) {
    if (at.length > 1) {
      const positions = dataList(at);
      return fail(
        {
          file,
          line,
          column: name,
          value: dataLabel('data.diagnose.repeated', { positions }),
          expected: expectation('data.diagnose.repeatedExpected', { name, positions }),
        },
        warnings,
      );
    }
  }
  const missing = columns.filter((column) => !positions.has(column));
  if (missing.length > 0) {
    return fail(
      {
        file,
        line,
        column: missing.length === 1 ? (missing[0] ?? null) : null,
        value: null,
        expected: expectation('data.diagnose.missing', {
          count: missing.length,
          names: dataList(missing, 'spaced'),
        }),
      },
      warnings,
    );
  }
  return { ok: true, delimiter, warnings };
}
