import { readFileSync } from 'node:fs';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import {
  dataLabel,
  dataList,
  expectation,
  expectedMessage,
  frenchMessage,
  labelMessage,
  learnMessages,
  messagesOf,
  type DataMessageId,
} from '../../../src/data/data-message';
import { describeIssue } from '../../../src/data/issue';
import { EN, FR_STRICT } from '../../fixtures/i18n';

const parsed: unknown = JSON.parse(readFileSync('src/locales/fr/data.json', 'utf8'));
const FRENCH: Record<string, unknown> = typeof parsed === 'object' && parsed !== null ? { ...parsed } : {};
const isDataId = (id: string): id is DataMessageId => id.startsWith('data.');

/** Each argument of a message, with whether ICU reads it as a number (plural, number). */
function argumentsOf(elements: readonly MessageFormatElement[], found = new Map<string, boolean>()) {
  for (const element of elements) {
    if (element.type === TYPE.argument) found.set(element.value, found.get(element.value) ?? false);
    if (element.type === TYPE.number) found.set(element.value, true);
    if (element.type === TYPE.plural) {
      found.set(element.value, true);
      for (const option of Object.values(element.options)) argumentsOf(option.value, found);
    }
  }
  return found;
}

describe('the French of the data checks', () => {
  it.each([0, 1, 2, 1234.5])(
    'is written from the French catalogue exactly as the page writes it (numbers %s)',
    (number) => {
      for (const [id, message] of Object.entries(FRENCH)) {
        if (!isDataId(id) || typeof message !== 'string') throw new Error(id);
        const values = Object.fromEntries(
          [...argumentsOf(parse(message))].map(([name, numeric]) => [name, numeric ? number : `«${name}»`]),
        );
        expect(frenchMessage(id, values), id).toBe(FR_STRICT.t(id, values));
      }
    },
  );

  it('writes lists as the checks always did: « a, b et c », quoted with plain or narrow spaces', () => {
    expect(
      expectation('data.diagnose.repeatedExpected', { name: 'id', positions: dataList([1, 3, 4]) }),
    ).toBe('une seule colonne « id » : elle apparaît en colonnes 1, 3 et 4');
    expect(dataLabel('data.workbook.noSheet', { sheets: dataList(['A', 'B'], 'narrow', 'comma') })).toBe(
      'aucune feuille nommée comme un fichier de données (feuilles\u202f: «\u202fA\u202f», «\u202fB\u202f»)',
    );
    expect(
      dataLabel('data.diagnose.repeated', { positions: dataList(['B', 'C', 'D'], 'none', 'eachAnd') }),
    ).toBe('colonnes B et C et D');
  });

  it('keeps the message behind each text it wrote, and hands it to another realm (the import worker’s page)', () => {
    const expected = expectation('data.check.uniqueId', { line: 987_654 });
    const file = dataLabel('data.import.label', {
      name: dataLabel('data.workbook.sheet', { workbook: 'b.xlsx', sheet: 'poles' }),
      path: 'data/poles.csv',
    });
    const sent = messagesOf([{ file, column: 'id', value: 'x', expected }]);
    expect(sent.expected).toEqual([[expected, { id: 'data.check.uniqueId', values: { line: 987_654 } }]]);
    // The sheet's label, nested in the import's label, goes along.
    expect(sent.labels.map(([text]) => text)).toEqual([file, 'b.xlsx, feuille «\u202fpoles\u202f»']);
    const copy: unknown = structuredClone(sent);
    expect(copy).toEqual(sent);
    learnMessages(sent);
    expect(expectedMessage(expected)?.id).toBe('data.check.uniqueId');
    expect(labelMessage(file)?.id).toBe('data.import.label');
    expect(labelMessage('x')).toBeUndefined();
    expect(describeIssue({ file, line: 3, column: 'id', value: 'x', expected }, EN)).toBe(
      'b.xlsx, sheet “poles” (for data/poles.csv), line 3, column “id”: value “x”; expected: a unique identifier (already used on line 987654)',
    );
  });
});
