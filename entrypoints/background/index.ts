import { defineBackground } from 'wxt/utils/define-background';
import { registerHandlers } from '../../utils/messages';
import { setUpWeeklyBackup } from './backup';
import { listenForCommands } from './commands';
import { setUpContextMenu } from './context-menu';
import { excerptHandlers } from './excerpt-handlers';
import { injectDetectorStage2, injectReader } from './inject-reader';

export default defineBackground(() => {
  registerHandlers({
    'reader:inject': (_payload, sender) => injectReader(sender),
    'detector:stage2': (_payload, sender) => injectDetectorStage2(sender),
    ...excerptHandlers,
  });
  listenForCommands();
  setUpContextMenu();
  setUpWeeklyBackup();
});
