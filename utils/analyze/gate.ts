// The first, nearly free step of detection on every page: one native textContent
// read and one regular-expression scan. A page with none of these cues cannot
// reach the detector's threshold (every signal worth enough needs one of them:
// a speech word in the title, a salutation, an audience word, a stage direction,
// a speaker label, a delivery note, a closing thanks, a speech word in the URL),
// so the detector's DOM walk runs only where a cue is present. The corpus test
// checks that the gate never turns away a page the full detector accepts.

const GATE_MAX_CHARS = 60_000;

const ZH_CUES = /讲话|致辞|致词|发言|演讲|报告|主持词|串词|献词|贺词|开幕词|闭幕词|欢迎词|答谢词|祝酒词|讲稿|寄语|党课|同志们|同学们|老师们|朋友们|女士们|先生们|家长们|代表们|来宾们|各位|大家|尊敬的|亲爱的|掌声|笑声|谢谢/;
const LATIN_CUES =
  /remarks|speech|address|keynote|lecture|sermon|eulogy|homily|toast|oration|commencement|statement to the house|applause|laughter|cheers|ladies and gentlemen|thank you|god bless|my fellow|my lords|mr\.? speaker|madam speaker|mr\.? president|madam president|distinguished|dear (friends|colleagues)|prepared for delivery|as delivered|check against delivery|\brede\b|ansprache|grußwort|predigt|andacht|laudatio|regierungserklärung|gesprochene wort|damen und herren|sehr geehrte|beifall|heiterkeit|danke/i;
/** Speaker labels are upper case ("THE PRESIDENT:"), so they are looked for case-sensitively. */
const SPEAKER_LABEL = /(^|\n)\s*(THE [A-Z][A-Z .'-]{2,40}|(MR|MS|MRS|DR|SENATOR|SECRETARY|GOVERNOR|GENERAL)\.? [A-Z][A-Za-z'-]+|[A-Z][A-Z'-]{2,}(?: [A-Z][A-Z'-]+){0,2}):\s/;
const URL_CUES = /speech|remarks|address|jianghua|zhici|讲话|致辞|rede/i;

/** False only when the page carries none of the cues a speech needs. */
export function mayBeSpeech(doc: Document, url: string): boolean {
  const title = doc.title ?? '';
  const body = (doc.body ?? doc.documentElement).textContent?.slice(0, GATE_MAX_CHARS) ?? '';
  const text = `${title}\n${body}`;
  return ZH_CUES.test(text) || LATIN_CUES.test(text) || SPEAKER_LABEL.test(body) || URL_CUES.test(safePath(url));
}

function safePath(url: string): string {
  try {
    return decodeURIComponent(new URL(url).pathname);
  } catch {
    return '';
  }
}
