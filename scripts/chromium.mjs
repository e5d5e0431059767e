// @ts-check
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Flags that keep headless Chromium from reaching for hosts this machine cannot (and must not) reach. */
export const CHROMIUM_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--enable-unsafe-swiftshader',
];

/** The system Chromium: $CHROMIUM_PATH, else /usr/bin/chromium, else a clear error. */
export function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].filter(Boolean);
  const found = candidates.find((path) => existsSync(/** @type {string} */ (path)));
  if (!found) {
    throw new Error(
      'Chromium was not found. Install it (Debian/Ubuntu: `sudo apt-get install -y chromium`) or set CHROMIUM_PATH to a Chromium or Chrome binary.',
    );
  }
  return /** @type {string} */ (found);
}

/** A fresh, empty profile directory, so no run sees another's storage. */
export const freshProfile = () => mkdtempSync(join(tmpdir(), 'dl-chromium-'));
