import { describe, expect, it } from 'vitest';
import { PRINT_PAGE_DATA_ID, printPageDataBlock, readPrintPageData, type PrintPageData } from '../../../../../renderer/src/print/print-page/print-page-data';
import { bundledModel } from '../../../../support/load-bundled';

const model = await bundledModel();

/** The text a browser gives the data block's element: what lies between its tags. */
function blockText(block: string): string {
  const match = /^<script type="application\/json" id="print-page-data">([\s\S]*)<\/script>$/.exec(block);
  if (!match) throw new Error(`not a data block: ${block.slice(0, 80)}`);
  return match[1]!;
}
const pageWith = (text: string | null) => ({ getElementById: (id: string) => (id === PRINT_PAGE_DATA_ID ? { textContent: text } : null) }) as unknown as Document;

describe("a print page's data block", () => {
  it('carries the charts and the characters beyond the text font, read back exactly', () => {
    const data: PrintPageData = { charts: model.charts, beyondText: '上海广东' };
    expect(readPrintPageData(pageWith(blockText(printPageDataBlock(data))))).toEqual(JSON.parse(JSON.stringify(data)));
  });

  it('cannot be ended or commented out by the text it carries', () => {
    const hostile = '</script><script>alert(1)</script><!-- \u2028\u2029';
    const chart = { ...model.charts[0]!, title: hostile, categories: [hostile] };
    const block = printPageDataBlock({ charts: [chart], beyondText: hostile });
    const text = blockText(block);
    expect(text).not.toMatch(/[<\u2028\u2029]/);
    expect(block.match(/<\/script>/g)).toHaveLength(1);
    const read = readPrintPageData(pageWith(text));
    expect([read.charts[0]!.title, read.charts[0]!.categories[0], read.beyondText]).toEqual([hostile, hostile, hostile]);
  });

  it('says what is wrong, and what to do, when the data is missing or not what the script reads', () => {
    expect(() => readPrintPageData(pageWith(null))).toThrow('The print page has no #print-page-data data: build the app again (npm run build).');
    expect(() => readPrintPageData(pageWith('{"charts": {}}'))).toThrow("The print page's #print-page-data data is not what its script reads: build the app again (npm run build).");
  });
});
