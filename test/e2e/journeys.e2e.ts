// The journeys the Firefox ring runs (test/journeys/journeys.ts), here in Chromium:
// written once against one driver interface, so both browsers are held to the same
// steps. Chromium's own files above go further; these keep the two rings comparable.
import { afterAll, beforeAll, describe, it } from 'vitest';
import { newProfileDir, removeProfileDir, serveFixtures, type FixtureServer } from './harness';
import { launchChromiumJourney } from '../journeys/chromium';
import type { JourneyBrowser } from '../journeys/driver';
import { SHARED_JOURNEYS, excerptJourney } from '../journeys/journeys';

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

  for (const journey of SHARED_JOURNEYS) it(journey.name, () => journey.run(browser, server));
  it('excerpts across a relaunch', async () => {
    const profileDir = await newProfileDir();
    try {
      await excerptJourney((dir) => launchChromiumJourney(dir), server, profileDir);
    } finally {
      await removeProfileDir(profileDir);
    }
  }, 180_000); // two launches
});
