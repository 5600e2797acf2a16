/**
 * Chinese inside English text ("Hubei 湖北"), split into runs so each Chinese run can carry
 * lang="zh-Hans" and be read by a Chinese voice. Han ideographs and CJK punctuation and
 * full-width forms count as Chinese.
 */
export interface TextRun {
  text: string;
  /** True for a run of Chinese. */
  han: boolean;
}

const HAN = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/u;

export function hanRuns(text: string): TextRun[] {
  const runs: TextRun[] = [];
  for (const char of text) {
    const han = HAN.test(char);
    const last = runs.at(-1);
    if (last && last.han === han) last.text += char;
    else runs.push({ text: char, han });
  }
  return runs;
}
