import { describe, expect, it } from 'vitest';
import { splitCsv } from '../../../src/data/csv-chunks';

describe('splitCsv', () => {
  it('cuts at line ends outside quotes and tells the line each chunk starts on', () => {
    const text = 'a,b\r\n1,"x\ny"\n2,z\n3,w\n';
    const { header, chunks } = splitCsv(`\uFEFF${text}`, 1);
    expect(header).toBe('a,b');
    expect(chunks.map((chunk) => [chunk.text, chunk.firstLine])).toEqual([
      ['1,"x\ny"\n', 2],
      ['2,z\n', 4],
      ['3,w\n', 5],
    ]);
    expect(chunks.at(-1)?.end).toBe(text.length - 1);
  });

  it('keeps small files in one chunk, with or without a final line end', () => {
    expect(splitCsv('a\n1\n2', 1000).chunks).toEqual([{ text: '1\n2', firstLine: 2, end: 5 }]);
    expect(splitCsv('a', 1000)).toEqual({ header: 'a', chunks: [] });
  });
});
