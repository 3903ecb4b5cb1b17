import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startReader } from '../utils/reader/start';

// Injected by the background into a page the detector (or the user) chose.
export default defineUnlistedScript(() => {
  startReader();
});
