// The reading journeys of test/journeys/journeys.ts (all but the excerpt journey, which relaunches) in Firefox, sharing one browser.
import { afterAll, beforeAll, describe, it } from 'vitest';
import { serveFixtures, type FixtureServer } from '../../scripts/lib/browser';
import type { JourneyBrowser } from '../journeys/driver';
import { launchFirefoxJourney } from '../journeys/firefox';
import { SHARED_JOURNEYS } from '../journeys/journeys';

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

  for (const journey of SHARED_JOURNEYS) it(journey.name, () => journey.run(browser, server));
});
