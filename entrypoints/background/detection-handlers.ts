import { scoreStage1 } from '../../utils/analyze/detect-stage1';
import { hostOf } from '../../utils/excerpts/url';
import type { Handlers, SenderInfo, Stage1Reply } from '../../utils/messages';
import { readSiteMode } from '../../utils/settings';
import { injectDetectorStage2, injectReader } from './inject-reader';

/**
 * Stage 1 for the page that sent its signals: its site's switch first (the host from the
 * browser's sender, not from the page), then the score, here, off the page's main thread.
 */
async function stage1(signals: Parameters<Handlers['detector:stage1']>[0], sender: SenderInfo): Promise<Stage1Reply> {
  const site = await readSiteMode(hostOf(sender.url ?? ''));
  if (site === 'never') return { site };
  if (site === 'always') {
    await injectReader(sender);
    return { site };
  }
  return { site, result: scoreStage1(signals) };
}

/** The background's half of detection: the site switches, stage 1's scoring, and the injections that follow. */
export const detectionHandlers = {
  'detector:stage1': stage1,
  'detector:stage2': (_payload, sender) => injectDetectorStage2(sender),
  'reader:inject': (_payload, sender) => injectReader(sender),
} satisfies Pick<Handlers, 'detector:stage1' | 'detector:stage2' | 'reader:inject'>;
