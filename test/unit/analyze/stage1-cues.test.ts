import { describe, expect, it } from 'vitest';
import { followedBy, notAfter, scan, scanCues, wholeWord } from '../../../utils/analyze/literal-scan';
import {
  audienceTurns, deliveryNote, latinFirstPerson, latinNarrativeTitle, latinSalutation, latinSpeakerVoice, latinVocatives, reportedSpeech, stageDirections, zhDocumentBody, zhLetterTitle,
  zhNarrativeTitle, zhReporting, zhSalutation, zhSpeakerVoice, zhSpeechSubtitle,
} from '../../../utils/analyze/stage1-cues';

describe('literal scan: word search without regular expressions', () => {
  it('counts every occurrence of every word and reports the earliest', () => {
    expect(scan('大家好，同志们，大家辛苦了', ['同志们', '大家'])).toEqual({ count: 3, first: '大家' });
    expect(scan('nothing here', ['同志们'])).toEqual({ count: 0 });
  });

  it('whole words only where asked: "us" is not inside "because"', () => {
    expect(scan('because of us, thus', ['us'], wholeWord).count).toBe(1);
    expect(scan('because of us, thus', ['us']).count).toBe(3);
  });

  it('checks what follows, with a gap and stop characters', () => {
    const colonAfterTitle = followedBy(['：'], 8, '，。');
    expect(scan('各位代表：', ['各位'], colonAfterTitle)).toEqual({ count: 1, first: '各位代表：' });
    expect(scan('各位，代表：', ['各位'], colonAfterTitle).count).toBe(0);
  });

  it('keeps 作报告 out of 工作报告', () => {
    expect(scan('向大会作政府工作报告', ['作报告'], notAfter('工')).count).toBe(0);
    expect(scan('他作报告', ['作报告'], notAfter('工')).count).toBe(1);
  });

  it('finds a head once and checks its tails at each hit', () => {
    const hits = scanCues('let me begin. let me say. let us go. ladies and gentlemen', [[['let me '], ['begin', 'say']], 'ladies and gentlemen']);
    expect(hits).toEqual({ count: 3, first: 'let me begin' });
  });
});

describe('stage-1 cues: titles', () => {
  it('knows the narrative title 在…上的讲话 and not a notice about a speech', () => {
    expect(zhNarrativeTitle('在全市经济工作会议上的讲话')).toBe(true);
    expect(zhNarrativeTitle('在2024年开学典礼上的致辞')).toBe(true);
    expect(zhNarrativeTitle('关于学习讲话的通知')).toBe(false);
    expect(latinNarrativeTitle('remarks by the president at a town hall')).toBe(true);
    expect(latinNarrativeTitle('our address book')).toBe(false);
  });

  it('tells news about a speech from the speaker’s own report', () => {
    expect(reportedSpeech('市长出席全市经济工作会议并发表重要讲话').count).toBeGreaterThan(0);
    expect(reportedSpeech('他在讲话中强调，要坚持稳中求进').count).toBeGreaterThan(0);
    expect(reportedSpeech('作了专题报告').count).toBe(1);
    expect(reportedSpeech('现在，我代表国务院，向大会作政府工作报告').count).toBe(0);
  });

  it('finds letters', () => {
    expect(zhLetterTitle('征兵办致同学们的一封信')).toBe(true);
    expect(zhLetterTitle('告全市人民书')).toBe(true);
    expect(zhLetterTitle('在全市大会上的讲话')).toBe(false);
  });
});

describe('stage-1 cues: body text', () => {
  it('reads salutations, the speaker’s voice and a speech subtitle', () => {
    expect(zhSalutation('标题 尊敬的各位领导、老师们： 大家好')).toBe('尊敬的各位领导、老师们：');
    expect(zhSalutation('同志们：今天我们召开')).toBe('同志们：');
    expect(zhSalutation('各位同学在操场集合。')).toBeUndefined();
    expect(zhSalutation('各位教师在晚上6：00前到校')).toBeUndefined();
    expect(zhSalutation('各位2024级新同学：')).toBe('各位2024级新同学：');
    // The spoken greeting opens many speeches; the analyser's salutation words hold it too.
    expect(zhSalutation('（节录） 大家好！我这次来安徽调研')).toBe('大家好！');
    expect(zhSalutation('代表们：现在开会')).toBe('代表们：');
    expect(zhSalutation('祝大家好运')).toBeUndefined();
    expect(zhSpeakerVoice('现在，我代表国务院，向大会作报告。在此，我谨代表学校向大家致以诚挚的问候！').count).toBe(3);
    // The speaker announcing the speech's plan, with a numeral of either kind.
    expect(zhSpeakerVoice('这里，我讲3个问题。一、……下面我重点讲两个方面').count).toBe(2);
    expect(zhSpeakerVoice('文章讲述了3个问题').count).toBe(0);
    // "首先/这里" open the speaker's voice only with a speaker's verb: "首先，我们" opens any article's point.
    expect(zhSpeakerVoice('首先，我代表党中央致意。这里，我就几个问题讲一些意见').count).toBe(2);
    expect(zhSpeakerVoice('首先，我们要明确目标。这里，我们看到').count).toBe(0);
    expect(zhSpeechSubtitle('每周一学 ——在2024年全市教育工作会议上的讲话 同志们')).toBe('上的讲话');
    expect(zhSpeechSubtitle('他在全市教育工作会议上的讲话引起反响')).toBeUndefined();
  });

  // A text dedicated to an occasion, the subtitle ending on it; a letter to one is not.
  it.each([
    ['实干托起百年梦 --致百年人寿第三届“厚积薄发”高峰会议 春回大地', '致百年人寿第三届“厚积薄发”高峰会议'],
    ['——致2024届毕业典礼 亲爱的同学们', '致2024届毕业典礼'],
    ['——致第三届校友大会的贺信', undefined],
    ['他致信大会，祝贺会议召开', undefined],
    ['——致“校友大会”的一封信', undefined],
    ['——致敬最美教师 表彰大会 ', undefined],
    ['学校首页-致2024届毕业典礼 全体家长', undefined],
  ])('reads the dedication subtitle in %s as %s', (text, subtitle) => {
    expect(zhSpeechSubtitle(text)).toBe(subtitle);
  });

  it('hears the speaker turn to the audience between sentences, not inside a quotation', () => {
    expect(audienceTurns('营造良好舆论氛围。 同志们，80多年前……我们一定能实现。同学们！').count).toBe(2);
    expect(audienceTurns('他说：“同志们，我们要努力。”').count).toBe(0);
    expect(audienceTurns('他说：“我们要努力。同志们，加油！”').count).toBe(0);
    expect(audienceTurns('注意事项：1.同学们，请按时到校').count).toBe(0);
    expect(audienceTurns('各位代表的意见。同志们的热情很高').count).toBe(0);
    expect(audienceTurns('that is our plan. mr speaker, we will act. "mr. president, look."').count).toBe(1);
  });

  // A delivery note or a delivery date, not an empty field or an aside.
  it.each([
    ['remarks as prepared for delivery', 'as prepared for delivery'],
    ['speech delivered on: 2016-05-18 my lords', 'delivered on:'],
    ['delivered on:\n may 18, 2016', 'delivered on:'],
    ['delivered on:      18 may 2016', 'delivered on:'],
    ['date delivered: sept. 4, 2019', 'date delivered:'],
    ['delivered on:\n\n location: london', undefined],
    ['the newsletter is delivered on saturdays', undefined],
    ['the newsletter was delivered on saturdays', undefined],
    ['undelivered on: 3 items', undefined],
    ['date delivered: maybe next week', undefined],
  ])('reads the delivery note in %j as %s', (text, note) => {
    expect(deliveryNote(text)).toBe(note);
  });

  it('reads the marks of news and of notices', () => {
    expect(zhReporting('本报讯（记者 王五）市长指出，要扎实推进。据新华社报道').count).toBe(5);
    expect(zhDocumentBody('现将有关事项通知如下：一、时间 联系人：张三 特此通知。附件1').count).toBe(4);
  });

  it('reads English and German speech cues on lower-cased text', () => {
    expect(latinVocatives('thank you, mr. speaker. ladies and gentlemen, my fellow americans').count).toBe(3);
    expect(latinSalutation('good morning, everyone. it is a great honour to be here')).toBe('good morning, everyone');
    expect(latinSpeakerVoice("let me begin. i'd like to thank you all. with permission, i commend this statement").count).toBe(4);
    expect(latinSpeakerVoice('summer sale: let me know').count).toBe(0);
    expect(stageDirections('thank you. (applause.) we will win. [laughter] （热烈掌声） (applause').count).toBe(3);
  });

  it('keeps case where case matters: "US" is not "us"', () => {
    expect(latinFirstPerson('The US and us: I think we know our way.').count).toBe(4);
  });
});
