import { scoreStage1 } from '../../utils/analyze/detect-stage1';
import type { Handlers } from '../../utils/messages';
import { injectDetectorStage2, injectReader } from './inject-reader';

/** The background's half of detection: stage 1 scored here, off the page's main thread, and the injections that follow. */
export const detectionHandlers = {
  'detector:stage1': (signals) => scoreStage1(signals),
  'detector:stage2': (_payload, sender) => injectDetectorStage2(sender),
  'reader:inject': (_payload, sender) => injectReader(sender),
} satisfies Pick<Handlers, 'detector:stage1' | 'detector:stage2' | 'reader:inject'>;
