// The reader's analysis runs in a fresh world, where each regular expression is compiled the
// first time it runs. The style, genre and class checks therefore run their patterns only when
// the text holds a word every match contains. These tests hold the gated checks to the plain
// patterns they stand for: on hand-picked texts (case, look-alike letters) and on every style,
// <font face>, class, id and line of real pages; and they show the gates keep patterns from
// running at all on a page that gives them nothing to match.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { collectLines, emphasisedByStyle, hidesByStyle, isHeadingFace, styleText } from '../../../utils/analyze/blocks';
import { namesSpeechGenre } from '../../../utils/analyze/cues';
import { namesNonContent } from '../../../utils/analyze/root';
import { ZH_SPEECH_GENRES } from '../../../utils/analyze/stage1-cues';
import { analyzePage } from '../../../utils/analyze';
import { parseDoc } from './html';

const FIXTURES = join(__dirname, '../../fixtures');

// The checks as single patterns, as they were before the gates: the oracle.
const BOLD_STYLE = /font-weight\s*:\s*(bold|bolder|[6-9]00)/i;
const HEADING_FACE = /^\s*["']?(黑体|楷体|楷体_GB2312|方正小标宋|方正小标宋简体|方正小标宋_GBK|方正黑体|方正楷体|华文中宋|华文楷体|华文黑体|SimHei|KaiTi|KaiTi_GB2312|STKaiti|STHeiti|STZhongsong)/i;
const FONT_FAMILY = /(?:^|;)\s*font-family\s*:\s*([^;]+)/i;
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;
const oracleEmphasis = (style: string) => {
  if (BOLD_STYLE.test(style)) return true;
  const family = FONT_FAMILY.exec(style);
  return family !== null && HEADING_FACE.test(family[1] as string);
};
const ZH_SPEECH_TITLE = new RegExp(ZH_SPEECH_GENRES.join('|'));
const EN_SPEECH_TITLE = /\b(remarks|speech|address|keynote|lecture|sermon|eulogy|homily|toast|oration|commencement|statement to the house)\b|as prepared for delivery|as delivered/i;
const DE_SPEECH_TITLE = /\b(Rede|Ansprache|Grußwort|Predigt|Andacht|Festrede|Laudatio|Festansprache|Regierungserklärung)\b/;
const oracleGenre = (text: string) => ZH_SPEECH_TITLE.test(text) || EN_SPEECH_TITLE.test(text) || DE_SPEECH_TITLE.test(text);
const NON_CONTENT_HINT = /comment|footer|sidebar|related|recommend|share|nav|menu|breadcrumb|copyright|advert|banner/i;

/** Every HTML page under the fixtures: the corpus (Chinese, English, German; Word exports among them) and the demos. */
function fixturePages(dir = FIXTURES): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return fixturePages(path);
    return name.endsWith('.html') ? [path] : [];
  });
}
const docs = fixturePages().map((path) => parseDoc(readFileSync(path, 'utf8')));
const attributeValues = (name: string) => docs.flatMap((doc) => Array.from(doc.querySelectorAll(`[${name}]`), (el) => el.getAttribute(name) as string));

// Look-alikes: the Kelvin sign lower-cases to "k" and a dotted capital I to "i" + a combining dot.
const STYLES = [
  'font-weight:bold',
  'FONT-WEIGHT: 700',
  'font-family:黑体;mso-ascii-font-family:Times New Roman',
  'font-family: "KAITI_GB2312"',
  'font-family:宋体',
  'font-family:Times New Roman;font-weight:normal',
  'DISPLAY : NONE',
  'visibility:hidden',
  'display:block',
  'font-family:\u212Aaiti',
  'font-family:\u212AaiTi; font-weight:600',
  'v\u0130sibility:hidden',
  '',
];

describe('the style checks', () => {
  it.each(STYLES)('%j: the same answers as the single patterns', (style) => {
    expect(hidesByStyle(styleText(style))).toBe(HIDDEN_STYLE.test(style));
    expect(emphasisedByStyle(styleText(style))).toBe(oracleEmphasis(style));
  });

  it('give the patterns’ answers on every style attribute and <font face> of the fixture pages', () => {
    const styles = attributeValues('style');
    const faces = attributeValues('face');
    expect(styles.length).toBeGreaterThan(1000);
    expect(styles.filter((style) => emphasisedByStyle(styleText(style))).length).toBeGreaterThan(20);
    expect(styles.filter((style) => hidesByStyle(styleText(style))).length).toBeGreaterThan(5);
    expect(styles.filter((style) => hidesByStyle(styleText(style)) !== HIDDEN_STYLE.test(style))).toEqual([]);
    expect(styles.filter((style) => emphasisedByStyle(styleText(style)) !== oracleEmphasis(style))).toEqual([]);
    expect(faces.filter((face) => isHeadingFace(face) !== HEADING_FACE.test(face))).toEqual([]);
  });
});

describe('namesNonContent', () => {
  it.each(['article-comments', 'SideBar', 'NAV main', 'content', 'speech', 'brea\u212Adcrumb', 'na\u0130v', ''])('%j: the same answer as the pattern', (hint) => {
    expect(namesNonContent(hint)).toBe(NON_CONTENT_HINT.test(hint));
  });

  it('gives the pattern’s answer on every class and id of the fixture pages', () => {
    const hints = [...attributeValues('class'), ...attributeValues('id')];
    expect(hints.length).toBeGreaterThan(5000);
    expect(hints.filter((hint) => namesNonContent(hint) !== NON_CONTENT_HINT.test(hint))).toEqual([]);
  });
});

describe('namesSpeechGenre', () => {
  it.each(['在全市工作会议上的讲话', 'Remarks by the President', 'REMARKS AS DELIVERED', 'Rede von Bundespräsident Johannes Rau', 'Address', '讲话 Speech', '同志们：', 'Addresses', ''])(
    '%j: the same answer as the patterns',
    (text) => expect(namesSpeechGenre(text)).toBe(oracleGenre(text)),
  );

  it('gives the patterns’ answer on every line of the fixture pages', () => {
    const lines = docs.flatMap((doc) => collectLines(doc.body).map((line) => line.text));
    expect(lines.length).toBeGreaterThan(10_000);
    expect(lines.filter((text) => namesSpeechGenre(text)).length).toBeGreaterThan(50);
    expect(lines.filter((text) => namesSpeechGenre(text) !== oracleGenre(text))).toEqual([]);
  });
});

describe('on a Chinese speech set in one typeface', () => {
  const methods = { exec: RegExp.prototype.exec, test: RegExp.prototype.test };
  afterEach(() => Object.assign(RegExp.prototype, methods));

  it('never runs the weight, face, furniture or Latin genre patterns (each would be compiled for nothing)', () => {
    // Styled paragraphs, none bold or in a heading face; the site hides a block with display:none, so that pattern runs.
    const doc = parseDoc(readFileSync(join(FIXTURES, 'corpus/shaoxingyizhong/item-9545.html'), 'utf8'));
    expect(doc.querySelectorAll('[style]').length).toBeGreaterThan(10);
    const run = new Set<string>();
    const record = () => {
      RegExp.prototype.exec = function (this: RegExp, text: string) {
        run.add(this.source);
        return methods.exec.call(this, text);
      };
    };
    record();
    const analysis = analyzePage(doc, 'https://www.sxyz.net/item/9545', { force: true });
    Object.assign(RegExp.prototype, methods);
    expect(analysis?.title).toContain('讲话');
    const gated = [BOLD_STYLE, HEADING_FACE, FONT_FAMILY, EN_SPEECH_TITLE, DE_SPEECH_TITLE, NON_CONTENT_HINT].map((re) => re.source);
    expect([...run].filter((source) => gated.includes(source))).toEqual([]);
    // The probe itself sees patterns run: the Chinese genre list and the hidden-style check do.
    expect(run.has(ZH_SPEECH_TITLE.source)).toBe(true);
    expect(run.has(HIDDEN_STYLE.source)).toBe(true);
  });
});
