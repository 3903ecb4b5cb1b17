// The reading journeys of test/journeys/journeys.ts (all but the excerpt journey, which relaunches) in Firefox, sharing one browser.
import { afterAll, beforeAll, describe, it } from 'vitest';
import { serveFixtures, type FixtureServer } from '../../scripts/lib/browser';
import type { JourneyBrowser } from '../journeys/driver';
import { launchFirefoxJourney } from '../journeys/firefox';
import {
  cleanJourney,
  copyOutlineJourney,
  detectionJourney,
  panelJourney,
  panelStyleJourney,
  popupJourney,
  resumeJourney,
  sectionClipJourney,
  studyNotesJourney,
} from '../journeys/journeys';

describe('reading in Firefox', () => {
  let server: FixtureServer;
  let browser: JourneyBrowser;

  beforeAll(async () => {
    server = await serveFixtures();
    browser = await launchFirefoxJourney();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('panel: the outline tree of the demo page, jump, scroll-spy, collapse; no panel on a non-speech page', () => panelJourney(browser, server));
  it('clean reading: clutter hidden, scrolling works, “显示已隐藏” restores and “重新隐藏” hides again', () => cleanJourney(browser, server));
  it('panel CSS: our styles apply in the shadow root, page CSS cannot change them, clicks pass a max-z-index overlay', () => panelStyleJourney(browser, server));
  it('popup: status, hide/show, per-site switches, “仍然显示提纲”', () => popupJourney(browser, server));
  it('detection: an unsure page goes to stage 2; “always on this site” after “show anyway”', () => detectionJourney(browser, server));
  it('for drafters: save a section from its outline item', () => sectionClipJourney(browser, server));
  it('for drafters: resume where the reader stopped', () => resumeJourney(browser, server));
  it('for drafters: copy the outline (clipboard, .txt and .md downloads)', () => copyOutlineJourney(browser, server));
  it('for drafters: study notes of the demo speech, excerpts in reading order', () => studyNotesJourney(browser, server));
});
