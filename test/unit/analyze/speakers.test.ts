// Speaker turns of transcripts (the panel's Speakers view): labels, first words, stage
// directions never items, and no view on a speech with one speaker or none.
import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { analyzePage, extractSpeakerTurns, speakerLabel } from '../../../utils/analyze';
import { loadHtmlFile, type LoadedPage } from '../../../scripts/lib/load-html';
import { pageOf } from './html';

const FIXTURES = join(__dirname, '../../fixtures');
let page: LoadedPage | null = null;
afterEach(async () => {
  await page?.close();
  page = null;
});

async function turnsOf(file: string) {
  page = await loadHtmlFile(join(FIXTURES, file), { url: 'https://www.example.gov/briefing' });
  const analysis = analyzePage(page.document, 'https://www.example.gov/briefing', { force: true });
  return analysis?.speakers ?? [];
}

describe('speaker labels', () => {
  it.each([
    ['THE PRESIDENT:  Thank you.', 'THE PRESIDENT'],
    ['MS. HARMAN: Well, Mr. Vice President', 'MS. HARMAN'],
    ['VICE PRESIDENT PENCE: This is a serious time.', 'VICE PRESIDENT PENCE'],
    ['PRIME MINISTER TURNBULL: Thank you, sir.', 'PRIME MINISTER TURNBULL'],
    ['Q    Mr. President, will the bridge be finished?', 'Q'],
    ['Q', 'Q'],
    ['Q: And the tolls?', 'Q'],
    ['Q. Will it open on time?', 'Q'],
    ['Jane Doe (02:15): Thanks for having me.', 'Jane Doe'],
    ['Speaker 1 (1:02:15): Next question.', 'Speaker 1'],
    ['主持人：请记者提问。', '主持人'],
    ['问：请介绍一下背景。', '问'],
  ])('%s', (text, speaker) => {
    expect(speakerLabel(text)?.speaker).toBe(speaker);
  });

  it.each(['Quite right, said the chair.', 'NOTE: times are local.', '12:45 P.M. EST', '(Applause.)', 'END', 'I: the first point', 'Thank you: all of you.', 'Q.E.D. as they say', 'Quick question: how?', 'Ladies and gentlemen: welcome.'])(
    '%s is not a label',
    (text) => {
      expect(speakerLabel(text)).toBeNull();
    },
  );
});

describe('speaker turns', () => {
  it('lists every turn of a press briefing with its label and first words, never a stage direction', async () => {
    const turns = await turnsOf('synthetic/press-briefing-transcript.html');
    expect(turns.map((t) => t.speaker)).toEqual([
      'THE PRESIDENT', 'Q', 'THE PRESIDENT', 'Q', 'THE PRESIDENT', 'MS. ALVAREZ', 'THE PRESIDENT', 'Q', 'THE PRESIDENT',
    ]);
    expect(turns[0]?.text).toBe('Good afternoon, everybody. Thank you for coming. Please, sit down.');
    expect(turns[4]?.text).toBe('No new tolls on the old span. That was a promise, and we kept it.');
    // A bold label on a line of its own takes its words from the next paragraph.
    expect(turns[5]?.text.startsWith('If I may add one thing, Mr. President')).toBe(true);
    expect(turns[5]?.text.endsWith('…')).toBe(true);
    expect(turns.every((t) => !/applause|laughter/i.test(t.text))).toBe(true);
    expect(turns.map((t) => t.node.tagName)).toEqual(Array(9).fill('P'));
  });

  it('reads the press conference and interview transcripts of the corpus', async () => {
    const press = await turnsOf('corpus/whitehouse-speech-dl/remarks-president-trump-press-conference.html');
    expect(new Set(press.map((t) => t.speaker))).toEqual(new Set(['THE PRESIDENT', 'Q']));
    expect(press.length).toBeGreaterThan(150);
    await page?.close();
    const joint = await turnsOf('corpus/whitehouse-speech-dl/remarks-vice-president-and-australian-prime-minister-turnbull-press.html');
    expect(new Set(joint.map((t) => t.speaker))).toEqual(new Set(['PRIME MINISTER TURNBULL', 'THE VICE PRESIDENT', 'VICE PRESIDENT PENCE', 'Q']));
  });

  it('offers no turns on a speech with one speaker label, or none', async () => {
    expect(await turnsOf('corpus/whitehouse-speech-dl/remarks-president-trump-united-states-coast-guard-academy-commencement.html')).toEqual([]);
    await page?.close();
    expect(await turnsOf('demo/wentop-speech.html')).toEqual([]);
    await page?.close();
    expect(await turnsOf('synthetic/word-four-level-speech.html')).toEqual([]);
    const doc = pageOf(['THE PRESIDENT: Thank you all. It is good to be here.', 'We have much to do.', '(Applause.)', 'END']);
    expect(extractSpeakerTurns(doc.getElementById('content') as Element)).toEqual([]);
  });
});
