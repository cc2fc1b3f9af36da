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

const listFr = (items: readonly string[]): string =>
  items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} et ${items.at(-1) ?? ''}`;

const quoted = (names: readonly string[]) => listFr(names.map((name) => `« ${name} »`));

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

function separatorSeen(line: string): string {
  if (line.includes('\t')) return ' (l’en-tête semble séparé par des tabulations)';
  if (line.includes('|')) return ' (l’en-tête semble séparé par des barres verticales « | »)';
  return '';
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
      expected: 'une ligne d’en-tête suivie de données (le fichier est vide)',
    });
  }
  if (isHtml(body)) {
    const title = TITLE.exec(body)?.[1]?.trim() ?? '';
    return fail({
      file,
      line: null,
      column: null,
      value: title === '' ? 'une page web (HTML)' : `une page web (HTML) titrée « ${title} »`,
      expected:
        'un fichier CSV ; le serveur a renvoyé une page web à la place (page d’erreur 404, de connexion ou d’accueil)',
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
      expected: `des colonnes séparées par des virgules « , » ou des points-virgules « ; »${separatorSeen(headerLine)}`,
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
        value: `colonne ${position + 1} sans nom`,
        expected: 'un nom de colonne (cette colonne est ignorée)',
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
        expected: 'une colonne prévue par le format (celle-ci est ignorée)',
      });
    }
  });
  for (const [name, at] of positions) {
    if (at.length > 1) {
      return fail(
        {
          file,
          line,
          column: name,
          value: `colonnes ${listFr(at.map(String))}`,
          expected: `une seule colonne « ${name} » : elle apparaît en colonnes ${listFr(at.map(String))}`,
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
        expected:
          missing.length === 1
            ? `la colonne ${quoted(missing)} dans l’en-tête`
            : `les colonnes ${quoted(missing)} dans l’en-tête`,
      },
      warnings,
    );
  }
  return { ok: true, delimiter, warnings };
}
