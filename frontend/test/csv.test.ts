import { describe, expect, it } from 'vitest';
import { csvField, edgesCsv, nodesCsv, toCsv } from '../src/csv';

// Expected strings follow RFC 4180: fields with comma, quote or line break are quoted, quotes doubled.
describe('CSV export', () => {
  it('shouldQuoteFieldsWithSeparatorsQuotesAndLineBreaks', () => {
    expect(csvField('上海鼎盛实业有限公司')).toBe('上海鼎盛实业有限公司');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('line1\nline2')).toBe('"line1\nline2"');
    expect(csvField('cr\r')).toBe('"cr\r"');
    expect(csvField(' padded')).toBe('" padded"');
  });

  it('shouldNeutraliseCellsThatASpreadsheetWouldRunAsFormulas', () => {
    expect(csvField('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('+86 10 1234')).toBe("'+86 10 1234");
  });

  it('shouldKeepNumbersAndEmptyValuesPlain', () => {
    expect(csvField(-12.5)).toBe('-12.5');
    expect(csvField('-3')).toBe('-3');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
    expect(csvField(Number.NaN)).toBe('');
    expect(csvField(true)).toBe('true');
  });

  it('shouldJoinRowsWithCrLf', () => {
    expect(toCsv(['a', 'b'], [[1, 'x,y']])).toBe('a,b\r\n1,"x,y"\r\n');
  });

  it('shouldExportNodesAndEdgesWithPropertyColumns', () => {
    expect(nodesCsv([{ id: 'C1', label: 'Company', name: '北京<script>科技', tags: 'GUARANTEE_LOOP|GROUP_MEMBER' }]))
      .toBe('id,label,name,tags\r\nC1,Company,北京<script>科技,GUARANTEE_LOOP|GROUP_MEMBER\r\n');
    const csv = edgesCsv([
      { id: 'e1', source: 'A', target: 'B', type: 'GUARANTEES', props: { amount: 20000000, status: 'active' } },
      { id: 'e2', source: 'P1', target: 'A', type: 'SERVES', props: { position: '董事, 总经理' } },
    ]);
    expect(csv).toBe(
      'id,source,target,type,amount,position,status\r\n'
      + 'e1,A,B,GUARANTEES,20000000,,active\r\n'
      + 'e2,P1,A,SERVES,,"董事, 总经理",\r\n',
    );
  });
});
