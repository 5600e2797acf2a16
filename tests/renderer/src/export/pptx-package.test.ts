import { describe, expect, it } from 'vitest';
import { notesParagraphs, oneParagraphPropertiesEach, readableInsideLabels, titlePlaceholder } from '../../../../renderer/src/export/pptx-package';

describe('finishing the file pptxgenjs writes', () => {
  it('keeps one paragraph-properties element a paragraph, the first', () => {
    const xml =
      '<a:p><a:pPr indent="0" marL="0"><a:buNone/></a:pPr><a:r><a:t>222.52</a:t></a:r><a:pPr indent="0" marL="0"><a:buNone/></a:pPr><a:r><a:t> · detail</a:t></a:r><a:br/><a:pPr/><a:r><a:t>x</a:t></a:r></a:p>' +
      '<a:p><a:pPr algn="l"/><a:r><a:t>one</a:t></a:r></a:p>';
    expect(oneParagraphPropertiesEach(xml)).toBe(
      '<a:p><a:pPr indent="0" marL="0"><a:buNone/></a:pPr><a:r><a:t>222.52</a:t></a:r><a:r><a:t> · detail</a:t></a:r><a:br/><a:r><a:t>x</a:t></a:r></a:p>' +
        '<a:p><a:pPr algn="l"/><a:r><a:t>one</a:t></a:r></a:p>',
    );
  });

  it('makes the box named "Title" the slide’s title placeholder, and no other', () => {
    const shape = (name: string) => `<p:nvSpPr><p:cNvPr id="2" name="${name}"></p:cNvPr><p:cNvSpPr/><p:nvPr></p:nvPr></p:nvSpPr>`;
    expect(titlePlaceholder(shape('Eyebrow') + shape('Title'))).toBe(shape('Eyebrow') + '<p:nvSpPr><p:cNvPr id="2" name="Title"></p:cNvPr><p:cNvSpPr/><p:nvPr><p:ph type="title"/></p:nvPr></p:nvSpPr>');
  });

  it('writes labels inside bars in black or white for the bar, and leaves labels outside bars alone', () => {
    const series = (fill: string, position: string) =>
      `<c:ser><c:spPr><a:solidFill><a:srgbClr val="${fill}"/></a:solidFill></c:spPr><c:dLbls><c:txPr><a:p><a:pPr><a:defRPr sz="1680"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:defRPr></a:pPr></a:p></c:txPr><c:dLblPos val="${position}"/></c:dLbls></c:ser>`;
    expect(readableInsideLabels(series('004C5A', 'ctr'))).toBe(series('004C5A', 'ctr').replace('val="000000"', 'val="FFFFFF"'));
    expect(readableInsideLabels(series('B8BCC2', 'ctr'))).toBe(series('B8BCC2', 'ctr'));
    expect(readableInsideLabels(series('004C5A', 'outEnd'))).toBe(series('004C5A', 'outEnd'));
  });

  it('gives each line of the speaker notes a paragraph of its own', () => {
    const notes = '<p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:r><a:rPr lang="en-US" dirty="0"/><a:t>First.\r\nSecond “quoted”.</a:t></a:r><a:endParaRPr lang="en-US" dirty="0"/></a:p></p:txBody>';
    expect(notesParagraphs(notes)).toBe('<p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:r><a:rPr lang="en-US" dirty="0"/><a:t>First.</a:t></a:r></a:p><a:p><a:r><a:rPr lang="en-US" dirty="0"/><a:t>Second “quoted”.</a:t></a:r></a:p></p:txBody>');
  });
});
