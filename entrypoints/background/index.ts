import { defineBackground } from 'wxt/utils/define-background';
import { registerHandlers } from '../../utils/messages';
import { setUpWeeklyBackup } from './backup';
import { listenForCommands } from './commands';
import { setUpContextMenu } from './context-menu';
import { excerptHandlers } from './excerpt-handlers';
import { detectionHandlers } from './detection-handlers';

export default defineBackground(() => {
  registerHandlers({
    ...detectionHandlers,
    ...excerptHandlers,
  });
  listenForCommands();
  setUpContextMenu();
  setUpWeeklyBackup();
});
