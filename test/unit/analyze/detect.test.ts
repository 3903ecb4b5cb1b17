import { describe, expect, it } from 'vitest';
import { detectSpeech } from '../../../utils/analyze';
import { filler, pageOf } from './html';
import { readPageSignals, SLICE_CHARS } from '../../../utils/analyze/detect-input';
import { stage1Features } from '../../../utils/analyze/detect-features';

const zhBody = (n: number) => Array.from({ length: n }, (_, i) => filler(120, i % 2 ? '我们要坚持以人民为中心，大家一起努力把工作做好' : '同志们，这项工作关系全局，我们必须抓紧抓实'));
const enBody = (n: number) =>
  Array.from({ length: n }, () => 'We have come a long way together, and I know that you and your families have worked hard. Our task now is to build on what we have achieved, and we will do it together.');

function detect(paragraphs: string[], title = '', url = 'https://example.org/page') {
  return detectSpeech(pageOf(paragraphs, title), url);
}

describe('detectSpeech: speeches', () => {
  it('recognises a Chinese 在…会上的讲话 with a salutation', () => {
    const d = detect(['<h1>在全市经济工作会议上的讲话</h1>', '同志们：', ...zhBody(12), '谢谢大家！'], '在全市经济工作会议上的讲话_市政府网');
    expect(d.isSpeech).toBe(true);
    expect(d.lang).toBe('zh');
    expect(d.confidence).toBeGreaterThan(0.9);
    expect(d.signals.map((s) => s.name)).toEqual(expect.arrayContaining(['titleSpeechGenre', 'titleOccasion', 'salutation']));
    expect(d.signals.find((s) => s.name === 'salutation')?.evidence).toBe('同志们：');
    expect(d.stage).toBe(1);
  });

  it('recognises a 致辞 with 尊敬的各位领导 and no title words in the <title>', () => {
    const d = detect(['<p><b>新年致辞</b></p>', '尊敬的各位领导、老师们、同学们：', ...zhBody(8)], '学校新闻');
    expect(d.isSpeech).toBe(true);
  });

  it('recognises an English transcript with speaker labels and stage directions', () => {
    const d = detect(['THE PRESIDENT: Thank you very much. (Applause.) Thank you.', ...enBody(10), 'END'], 'Remarks by the President at a Town Hall');
    expect(d.isSpeech).toBe(true);
    expect(d.lang).toBe('en');
    expect(d.signals.map((s) => s.name)).toEqual(expect.arrayContaining(['delivered', 'titleSpeechGenre']));
  });

  it('recognises "As prepared for delivery" remarks', () => {
    expect(detect(['As Prepared for Delivery –', 'Ladies and gentlemen, thank you.', ...enBody(10)], 'Keynote Address').isSpeech).toBe(true);
  });

  it('recognises a German Rede marked "Es gilt das gesprochene Wort"', () => {
    const de = Array.from({ length: 10 }, () => 'Wir haben gemeinsam viel erreicht, und ich danke Ihnen allen für Ihre Arbeit. Unsere Aufgabe ist es, weiterzumachen.');
    expect(detect(['Es gilt das gesprochene Wort', 'Sehr geehrte Damen und Herren,', ...de], 'Rede des Bundespräsidenten beim Festakt').isSpeech).toBe(true);
  });
});

describe('detectSpeech: hard negatives', () => {
  it('rejects a notice with the same 一、/（一） numbering', () => {
    const d = detect(
      ['<h1>关于开展2024年安全生产检查的通知</h1>', '各处室、各年级：', '现将有关事项通知如下：', '一、检查时间', filler(60), '二、检查内容', '（一）消防设施', filler(80), '（二）用电安全', filler(80), '三、工作要求', filler(80), '联系人：张三 联系电话：12345678', '特此通知。', '附件：检查表'],
      '关于开展2024年安全生产检查的通知',
    );
    expect(d.isSpeech).toBe(false);
    const withCue = detect(
      ['<h1>关于开展2024年安全生产检查的通知</h1>', '各处室、各年级：', '现将有关事项通知如下：', '一、检查时间', filler(60), '二、检查内容', '（一）消防设施', filler(80, '请大家认真检查'), '（二）用电安全', filler(80), '三、工作要求', filler(80), '联系人：张三 联系电话：12345678', '特此通知。', '附件：检查表'],
      '关于开展2024年安全生产检查的通知',
    );
    expect(withCue.isSpeech).toBe(false);
    expect(withCue.signals.map((s) => s.name)).toEqual(expect.arrayContaining(['titleOtherGenre', 'documentBody']));
  });

  it('rejects an implementation plan (实施方案)', () => {
    // A plan speaks of 我们 and 大家 too, but never turns to its readers with "同志们，".
    const planBody = (n: number) => Array.from({ length: n }, () => filler(120, '各班级要组织大家积极参与，我们将把校园建设得更加美丽'));
    expect(detect(['<h1>学校美化实施方案</h1>', '一、指导思想', ...planBody(3), '二、工作目标', ...planBody(3)], '学校美化实施方案').isSpeech).toBe(false);
  });

  it('rejects a news report about a speech', () => {
    const news = Array.from({ length: 8 }, () => '本报讯（记者 王五）市长在会上指出，要扎实推进各项工作。他强调，要坚持稳中求进。与会代表表示，将认真贯彻落实会议精神。');
    const d = detect(['<h1>市长出席全市经济工作会议并发表重要讲话</h1>', ...news], '市长出席全市经济工作会议并发表重要讲话');
    expect(d.isSpeech).toBe(false);
    expect(d.signals.some((s) => s.name === 'titleReportedSpeech' && s.weight < 0)).toBe(true);
  });

  it('rejects a law with 第X条 articles', () => {
    const articles = Array.from({ length: 10 }, (_, i) => `第${'一二三四五六七八九十'[i]}条 ${filler(60, '国家机关工作人员应当依法履行职责')}`);
    expect(detect(['<h1>中华人民共和国某某法</h1>', ...articles], '中华人民共和国某某法').isSpeech).toBe(false);
  });

  it('rejects an English news story that quotes remarks', () => {
    const story = Array.from({ length: 10 }, () => 'The minister said the plan would cut costs, according to officials. "We will act," she told reporters on Tuesday, adding that the rules would change.');
    expect(detect(story, 'Minister unveils plan - News').isSpeech).toBe(false);
  });

  it('rejects a readout of a call', () => {
    const d = detect(['President Smith spoke today with Chancellor Jones. The two leaders discussed trade and security and agreed to stay in close contact.'], 'Readout of President Smith’s Call with Chancellor Jones');
    expect(d.isSpeech).toBe(false);
  });

  it('rejects a chatty blog post with no speech cues', () => {
    const blog = Array.from({ length: 12 }, () => 'I tried the new app last week and you will love it. We found that your settings matter, so our advice is to check them.');
    expect(detect(blog, 'Ten tips for your phone | Blog').isSpeech).toBe(false);
  });

  it('keeps confidence in 0..1 and reads a bounded slice of a huge page', () => {
    const huge = Array.from({ length: 4000 }, () => filler(100));
    const doc = pageOf(huge, '');
    expect(readPageSignals(doc, 'https://example.org/page').text.length).toBe(SLICE_CHARS);
    const d = detectSpeech(doc, 'https://example.org/page');
    expect(d.confidence).toBeGreaterThanOrEqual(0);
    expect(d.confidence).toBeLessThanOrEqual(1);
  });

  it('settles a page with no speech evidence at all in stage 1, without reading its paragraphs', () => {
    const recipe = Array.from({ length: 10 }, () => 'Mix the flour with the butter, add two eggs and bake for forty minutes at 180 degrees.');
    const d = detect(recipe, 'Apple cake recipe');
    expect(d).toMatchObject({ isSpeech: false, stage: 1 });
  });
});

describe('detectSpeech: kinds missed on unseen pages before', () => {
  it('takes "现在，我代表…向大会作政府工作报告" as the speaker’s own voice, not as news about a report', () => {
    const report = ['<h1>政府工作报告</h1>', '各位代表：', '现在，我代表国务院，向大会作政府工作报告，请予审议，并请全国政协委员提出意见。', ...zhBody(10)];
    const d = detect(report, '政府工作报告');
    expect(d.isSpeech).toBe(true);
    expect(d.signals.find((s) => s.name === 'speakerVoice')?.weight).toBeGreaterThan(0);
    expect(d.signals.some((s) => s.name === 'titleReportedSpeech')).toBe(false);
  });

  it('finds the speech inside a study-column wrapper whose <title> only names the column', () => {
    const page = ['<h1>每周一学（2024年3月11日-3月17日）</h1>', '在全市教育工作会议上的讲话', '——在2024年全市教育工作会议上的讲话', '同志们：', ...zhBody(10), '谢谢大家！'];
    expect(detect(page, '每周一学（2024年3月11日-3月17日）--学习专栏').isSpeech).toBe(true);
  });

  it('recognises a parliamentary oral statement by its document type, "Mr Speaker" and first person', () => {
    const statement = ['<p>Oral statement to Parliament</p><h1>Flooding update</h1>', 'Mr Speaker, with permission I would like to make a statement on the floods.', ...enBody(10), 'I commend this statement to the House.'];
    expect(detect(statement, 'Flooding update - GOV.UK', 'https://www.gov.uk/government/speeches/flooding-update').isSpeech).toBe(true);
  });

  it('rejects a letter that opens like a speech (亲爱的同学们：)', () => {
    const letter = ['<h1>征兵办致同学们的一封信</h1>', '亲爱的同学们：', ...Array.from({ length: 6 }, () => filler(120, '参军入伍是青年报效祖国的光荣选择，欢迎符合条件的同学报名')), '征兵办公室', '2024年3月1日'];
    expect(detect(letter, '征兵办致同学们的一封信').isSpeech).toBe(false);
  });
});

describe('analyzePage with force', () => {
  it('does not run the detector again (the caller decided), and still reports the language', async () => {
    const { analyzePage } = await import('../../../utils/analyze');
    const notice = pageOf(['<h1>关于开展检查的通知</h1>', '一、检查时间', filler(200), '二、检查内容', filler(200)], '关于开展检查的通知');
    expect(analyzePage(notice, 'https://example.org/n')).toBeNull();
    const forced = analyzePage(notice, 'https://example.org/n', { force: true })!;
    expect(forced.detection).toMatchObject({ lang: 'zh', signals: [{ name: 'analysed-on-request' }] });
    expect(forced.outline.map((item) => item.text)).toEqual(['一、检查时间', '二、检查内容']);
  });
});

describe('stage-1 features', () => {
  const signals = (text: string) => ({ titles: ['每周一学--学习专栏'], headings: [], kickers: [], path: '/a.html', lang: '', text });

  it('reads a speech title line opening the text below a study column’s heading, not a report of one', () => {
    const body = '我们要坚持实事求是。'.repeat(100);
    expect(stage1Features(signals(`每周一学\n   发布时间：2023年05月08日\n  在学习贯彻主题教育工作会议上的讲话 同志们：${body}`)).openingOccasion?.value).toBe(1);
    expect(stage1Features(signals(`每周一学 书记在全市工作会议上发表重要讲话 ${body}`)).openingOccasion?.value).toBe(0);
    expect(stage1Features(signals(`${body}在全市工作会议上的讲话`)).openingOccasion?.value).toBe(0);
  });

  it('counts stage directions and delivery notes as one mark of delivery', () => {
    const en = (text: string) => stage1Features({ ...signals(text), titles: ['Remarks'] });
    const words = ' We will work together.'.repeat(80);
    expect(en(`Thank you. (Applause.)${words}`).delivered).toMatchObject({ value: 1 });
    expect(en(`As prepared for delivery.${words}`).delivered).toMatchObject({ value: 1, evidence: 'as prepared for delivery' });
    expect(en(words).delivered?.value ?? 0).toBe(0);
  });
});
