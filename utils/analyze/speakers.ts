// Speaker turns of a transcript (press conference, interview, remarks with exchanges): each
// paragraph that opens with a speaker label (THE PRESIDENT:, Q, MS. HARMAN:, 主持人：) starts a
// turn that runs to the next label. Stage directions ((Applause.)) are never turns and are
// left out of a turn's first words. A page is a transcript only when at least two different
// speakers take turns; a speech that merely opens with "THE PRESIDENT:" has no Speakers view.

import type { Line } from './blocks';
import { collectLines } from './blocks';
import { collapseWhitespace } from './text';
import type { SpeakerTurn } from './types';

const MIN_TURNS = 2;
const MIN_SPEAKERS = 2;
const FIRST_WORDS_CHARS = 80;

// An upper-case label before a colon: THE PRESIDENT: / MS. COUEY: / VICE PRESIDENT PENCE: /
// PRIME MINISTER TURNBULL: / MRS. TRUMP: / AUDIENCE MEMBER:. Letters, spaces, dots,
// apostrophes and hyphens only, two to six words, so "NOTE:" prose and times (12:45) stay out.
const EN_LABEL = /^((?:[A-Z][A-Z'’.-]*\.?)(?: [A-Z][A-Z'’.-]*\.?){0,5}):(?=\s|$)/;
// The reporter's question marker: "Q" alone, or followed by a space, "." or ":" and the question.
const Q_LABEL = /^(Q)(?:[:.](?=\s|$)|(?=\s)|$)/;
// Service transcripts: "Jane Doe (02:15):" / "Speaker 1 (1:02:15):" — the timestamp makes a
// mixed-case name safe to read as a label.
const TIMESTAMPED_LABEL = /^([A-Z][\w.'’-]*(?: [A-Z0-9][\w.'’-]*){0,3}) \((?:\d{1,2}:)?\d{1,2}:\d{2}\):(?=\s|$)/;
const ZH_LABEL = /^(主持人|记者|问|答|提问|回答|[\u4e00-\u9fff]{1,6}(?:发言人|主持人|记者))[：:]/;
const NOT_A_SPEAKER = /^(NOTE|END|UPDATE|CORRECTION|PS|P\.S\.|EDITOR'S NOTE|SOURCE|WASHINGTON|TRANSCRIPT|EMBARGOED.*)$/;

const STAGE_DIRECTION = /[([（](?:applause|laughter|cheers|booing|crosstalk|inaudible|pause|music|audience[^)\]）]*|掌声|热烈掌声|笑声)[.!。]?[)\]）]/gi;

/** The label at the start of a paragraph, or null. */
export function speakerLabel(text: string): { speaker: string; rest: string } | null {
  // Every label opens with Q or holds a colon; most lines have neither. The English patterns
  // are only run where they could match (see startsLatin): a Chinese page never compiles them.
  const opensQ = text.charAt(0) === 'Q';
  if (!opensQ && !text.includes(':') && !text.includes('：')) return null;
  const q = opensQ ? Q_LABEL.exec(text) : null;
  if (q) {
    const rest = text.slice(q[0].length);
    // "Q" then a question, a parenthesis or nothing; never an ordinary word starting with Q.
    if (rest === '' || /^\s*[A-Z("“‘'-]/.test(rest) || /^Q[:.]/.test(text)) return { speaker: 'Q', rest };
    return null;
  }
  const first = text.charCodeAt(0);
  if (first >= 0x41 && first <= 0x5a && text.includes(':')) {
    const en = EN_LABEL.exec(text);
    if (en) {
      const speaker = en[1] as string;
      if (!/[A-Z]{2}/.test(speaker) || NOT_A_SPEAKER.test(speaker)) return null;
      return { speaker, rest: text.slice(en[0].length) };
    }
    const stamped = TIMESTAMPED_LABEL.exec(text);
    if (stamped) return { speaker: stamped[1] as string, rest: text.slice(stamped[0].length) };
  }
  const zh = ZH_LABEL.exec(text);
  if (zh) return { speaker: zh[1] as string, rest: text.slice(zh[0].length) };
  return null;
}

function firstWords(text: string): string {
  const clean = collapseWhitespace(text.replace(STAGE_DIRECTION, ' '));
  if (clean.length <= FIRST_WORDS_CHARS) return clean;
  const cut = clean.lastIndexOf(' ', FIRST_WORDS_CHARS);
  return `${clean.slice(0, cut > FIRST_WORDS_CHARS / 2 ? cut : FIRST_WORDS_CHARS)}…`;
}

/** Speaker turns in document order; an empty list when the page is not a transcript. */
export function speakerTurnsFromLines(lines: readonly Line[]): SpeakerTurn[] {
  const turns: SpeakerTurn[] = [];
  let waitingForWords: SpeakerTurn | null = null;
  for (const line of lines) {
    const label = speakerLabel(line.text);
    if (label) {
      const turn: SpeakerTurn = { speaker: label.speaker, text: firstWords(label.rest), node: line.node };
      turns.push(turn);
      waitingForWords = turn.text === '' ? turn : null;
      continue;
    }
    // A label on a line of its own ("THE PRESIDENT:" then the paragraph): its words follow.
    if (waitingForWords) {
      const words = firstWords(line.text);
      if (words !== '') {
        waitingForWords.text = words;
        waitingForWords = null;
      }
    }
  }
  const speakers = new Set(turns.map((turn) => turn.speaker));
  return turns.length >= MIN_TURNS && speakers.size >= MIN_SPEAKERS ? turns : [];
}

export function extractSpeakerTurns(root: Element): SpeakerTurn[] {
  return speakerTurnsFromLines(collectLines(root));
}
