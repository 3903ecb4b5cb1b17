// Journey 3 (test/journeys/journeys.ts) in Firefox: one Firefox at a time, the
// second launched on the first one's profile once it has closed.
import { afterAll, beforeAll, describe, it } from 'vitest';
import { removeProfileDir, serveFixtures, type FixtureServer } from '../../scripts/lib/browser';
import { newFirefoxProfileDir } from '../../scripts/lib/firefox';
import { launchFirefoxJourney } from '../journeys/firefox';
import { excerptJourney } from '../journeys/journeys';

describe('excerpts in Firefox', () => {
  let server: FixtureServer;
  let profileDir: string;

  beforeAll(async () => {
    server = await serveFixtures();
    profileDir = await newFirefoxProfileDir();
  });
  afterAll(async () => {
    await server?.close();
    await removeProfileDir(profileDir);
  });

  it('select → 摘录 → the library lists it with its section path, search finds it, and it survives a relaunch', () =>
    excerptJourney((dir) => launchFirefoxJourney({ profileDir: dir }), server, profileDir));
});
