import { defineContentScript } from 'wxt/utils/define-content-script';
import { detectSpeech } from '../utils/analyze/detect';
import { send } from '../utils/messages';

// Runs on every page, so it stays tiny: the cheap detector and one message. The
// panel, the full analysis and everything else live in the reader bundle, which
// the background injects only when this says "speech".
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main() {
    performance.mark('lectern:detect:start');
    const detection = detectSpeech(document, location.href);
    performance.measure('lectern:detect', 'lectern:detect:start');
    if (detection.isSpeech) void send('reader:inject', { force: false }).catch(() => undefined);
  },
});
