// The journeys the Firefox ring runs (test/journeys/journeys.ts), here in Chromium:
// written once against one driver interface, so both browsers are held to the same
// steps. Chromium's own files above go further; these keep the two rings comparable.
import { afterAll, beforeAll, describe, it } from 'vitest';
import { newProfileDir, removeProfileDir, serveFixtures, type FixtureServer } from './harness';
import { launchChromiumJourney } from '../journeys/chromium';
import type { JourneyBrowser } from '../journeys/driver';
import {
  cleanJourney,
  copyOutlineJourney,
  detectionJourney,
  excerptJourney,
  panelJourney,
  panelStyleJourney,
  popupJourney,
  resumeJourney,
  sectionClipJourney,
  studyNotesJourney,
} from '../journeys/journeys';

describe('shared journeys in Chromium', () => {
  let server: FixtureServer;
  let browser: JourneyBrowser;

  beforeAll(async () => {
    server = await serveFixtures();
    browser = await launchChromiumJourney();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('panel', () => panelJourney(browser, server));
  it('clean reading', () => cleanJourney(browser, server));
  it('panel CSS', () => panelStyleJourney(browser, server));
  it('popup', () => popupJourney(browser, server));
  it('detection in two stages, always on this site', () => detectionJourney(browser, server));
  it('for drafters: save a section', () => sectionClipJourney(browser, server));
  it('for drafters: resume where the reader stopped', () => resumeJourney(browser, server));
  it('for drafters: copy the outline', () => copyOutlineJourney(browser, server));
  it('for drafters: study notes', () => studyNotesJourney(browser, server));
  it('excerpts across a relaunch', async () => {
    const profileDir = await newProfileDir();
    try {
      await excerptJourney((dir) => launchChromiumJourney(dir), server, profileDir);
    } finally {
      await removeProfileDir(profileDir);
    }
  }, 180_000); // two launches
});
