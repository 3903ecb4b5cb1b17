// Overlays read from the real pages in test/fixtures/corpus (our own selectors, no
// list data): the PIXNET idle popup, the Sputnik registration windows, the WSJ
// "To Read the Full Story" snippet bar and its ad slots.
import type { SiteRule } from '../types';

export const FIXTURE_SITE_RULES: SiteRule[] = [
  {
    hosts: ['pixnet.net'],
    hideOverlays: ['.modal.idle-pop'],
    source: 'read from readability/pixnet.html (idleTemplate)',
  },
  {
    hosts: ['sputniknews.com'],
    hideOverlays: ['.modal-window'],
    source: 'read from scrapinghub-aeb/1f765c487806.html',
  },
  {
    hosts: ['wsj.com'],
    hideAds: ['.wsj-responsive-ad-wrap', '#cx-snippetad', '.snippet-right-ad'],
    hideOverlays: ['.wsj-snippet-login'],
    source: 'read from scrapinghub-aeb/042bb7b5feda.html',
  },
];
