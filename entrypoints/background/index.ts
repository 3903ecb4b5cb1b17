import { defineBackground } from 'wxt/utils/define-background';
import { registerHandlers } from '../../utils/messages';
import { setUpWeeklyBackup } from './backup';
import { listenForCommands } from './commands';
import { setUpContextMenu } from './context-menu';
import { detectCommittedDocuments } from './detect-page';
import { excerptHandlers } from './excerpt-handlers';

export default defineBackground(() => {
  registerHandlers(excerptHandlers);
  detectCommittedDocuments();
  listenForCommands();
  setUpContextMenu();
  setUpWeeklyBackup();
});
