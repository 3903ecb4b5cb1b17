// Word lists and patterns that mark speeches (and the texts that look like them but are not).
// Kept together so the detector, the title picker and the outline share one vocabulary.

/** A title naming a speech genre: 讲话, 致辞, Remarks, Rede … */
export const ZH_SPEECH_TITLE = /讲话|致辞|致词|发言|演讲|主持词|串词|献词|贺词|开幕词|闭幕词|欢迎词|答谢词|祝酒词|讲稿|寄语|动员令|党课/;
/** The canonical narrative title: 在…会/式/典礼…上的讲话. */
export const ZH_NARRATIVE_TITLE = /在.{2,60}?(会|式|典礼|仪式|论坛|活动|晚会|招待会|峰会|节|班|日|上)上?的(讲话|致辞|发言|演讲|报告|主持词|总结讲话)/;
/** News headlines about a speech: 发表重要讲话, 讲话强调, 致辞表示 … */
// "作报告" only as a verb: never inside 工作报告 / 写作报告 / 创作报告.
export const ZH_REPORTED_SPEECH_TITLE = /(发表|(?<![工写制创操著合协])作|做)(了)?(重要|书面|视频|主旨|专题)?(讲话|演讲|致辞|报告)|(讲话|致辞|演讲)(强调|指出|表示|时)|出席.{0,20}(并|致辞|讲话)/;
/** Administrative documents that share the 一、/（一） numbering. */
export const ZH_DOCUMENT_TITLE = /通知|方案|安排|办法|规定|条例|细则|决定|决议|公告|通告|公示|简报|纪要|须知|指南|章程|议程|守则|制度|计划|要点|清单|名单|法$|法（|条$/;
export const ZH_DOCUMENT_BODY = /特此(通知|公告)|现将.{0,30}(通知|公布)如下|附件[：:\d]|联系人[：:]|联系电话|报名方式|截止时间|参加(对象|人员)[：:]|请各(单位|部门|学校)/g;

export const EN_SPEECH_TITLE = /\b(remarks|speech|address|keynote|lecture|sermon|eulogy|homily|toast|oration|commencement|statement to the house)\b|as prepared for delivery|as delivered/i;
export const EN_NOT_SPEECH_TITLE = /\b(readout|press release|fact sheet|blog|interview|op-ed|news|report on|announces?|to deliver|will deliver|delivers?|delivered)\b/i;
/** "Remarks by X at …", "Rede von X beim …": a speech title naming its occasion. */
export const LATIN_NARRATIVE_TITLE = /\b(remarks|speech|address|rede|ansprache|grußwort|festrede)\b.{0,100}?\b(at|to|before|on the occasion of|beim|bei der|bei dem|zum|zur|anlässlich|vor dem|vor der|auf dem|auf der)\b/i;
export const DE_SPEECH_TITLE = /\b(Rede|Ansprache|Grußwort|Predigt|Andacht|Festrede|Laudatio|Festansprache|Regierungserklärung)\b/;

/** A salutation line addressing the audience. */
export const ZH_SALUTATION = /^(尊敬的|亲爱的|各位|同志们|同学们|老师们|朋友们|女士们|先生们|家长们|代表们|来宾们|大家好)[^。]{0,40}([：:，,！!]|$)/;
export const ZH_CLOSING = /^(谢谢大家|谢谢各位|谢谢！|谢谢!|谢谢。|谢谢$|干杯)/;

export const EN_SALUTATION = /^(ladies and gentlemen|thank you|thanks|good (morning|afternoon|evening)|hello|hi,? every|my lords|mr\.? speaker|madam speaker|mr\.? president|madam president|distinguished|dear (friends|colleagues)|friends,|(it'?s|it is) (a|an|great) (great )?(honou?r|pleasure)|i am (delighted|pleased|honou?red|very pleased) to)/i;
export const DE_SALUTATION = /^(sehr geehrte|meine (sehr )?(verehrten|geehrten)? ?damen und herren|liebe |verehrte )/i;

/** THE PRESIDENT: / MS. HARMAN: / Q  — transcript speaker labels. */
export const EN_SPEAKER_LABEL = /^(THE [A-Z][A-Z .'-]{2,40}|(MR|MS|MRS|DR|SENATOR|SECRETARY|GOVERNOR|GENERAL)\.? [A-Z][A-Za-z'-]+|[A-Z][A-Z'-]{2,}(?: [A-Z][A-Z'-]+){0,2}):\s/;
export const STAGE_DIRECTION = /^\s*[([](applause|laughter|cheers|booing|crosstalk|inaudible|pause|music|audience members?[^)\]]*)[.!]?[)\]]\s*$|[([](Applause|Laughter|Beifall|掌声|笑声)[.!。]?[)\]]/;

/** Words of reported speech in news: 表示，/指出，/ said / according to. */
export const ZH_REPORTING = /(表示|指出|强调|介绍|认为|称|透露)[，,：:]|记者|据.{1,12}报道|新华社|通讯员|(本报|本网)讯/g;
/** Runs on lower-cased text (detect-features.ts lower-cases once). */
export const EN_REPORTING = /\b(said|says|told|according to|reported|spokesperson|spokesman|spokeswoman)\b/g;

/** Short lines that carry a date: bylines and datelines, never section titles. */
export const DATE_IN_LINE = /\d{4}\s*年\s*\d{1,2}\s*月|\d{1,2}\s*月\s*\d{1,2}\s*日|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4}|\b\d{1,2}\.? (januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember) \d{4}|^\d{4}[.\-/]\d{1,2}([.\-/]\d{1,2})?$|\b\d{1,2}:\d{2} ?[ap]\.?m\.?/i;
/** Byline-ish lines: "As prepared for delivery", "Office of the Press Secretary", "作者：…". */
export const BYLINE = /^(as prepared|as delivered|check against|office of the|for immediate release|the white house|transcript|by |作者|来源|发布时间|撰稿|编辑|责任编辑|主讲|讲话人)/i;
/** Scripture references used as labels: "Johannes 14, 27", "John 3:16". */
export const SCRIPTURE_REFERENCE = /^(\d\.? )?[A-ZÄÖÜ][a-zäöüß]+\.? \d{1,3}(, ?\d{1,3}|:\d{1,3})([-–]\d{1,3})?$/;
export const ZH_TITLE_SUBTITLE = /^[—–-]{1,2}/;
