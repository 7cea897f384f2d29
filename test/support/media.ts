/**
 * Media features for a test, in every engine (the config's `media` command,
 * test/support/engine-commands.mjs). Chromium emulates any value; Firefox and WebKit run with
 * reduced motion, light and no forced colours, fixed at launch, and refuse another value.
 */
import { executeServerCommand } from '@web/test-runner-commands';

export interface Media {
  reducedMotion?: 'reduce' | 'no-preference';
  colorScheme?: 'light' | 'dark';
  forcedColors?: 'active' | 'none';
}

/** Emulates the features named; in Chromium the others go back to the system's values. */
export async function emulateMedia(media: Media = {}): Promise<void> {
  const features: Record<string, string> = {};
  if (media.reducedMotion) features['prefers-reduced-motion'] = media.reducedMotion;
  if (media.colorScheme) features['prefers-color-scheme'] = media.colorScheme;
  if (media.forcedColors) features['forced-colors'] = media.forcedColors;
  await executeServerCommand('media', features);
}

/** Ends every emulation: the engine's own values again (after a test that changed them). */
export const restoreMedia = (): Promise<void> => emulateMedia();

/** Whether this engine can switch media features while a test runs (Chromium only). */
export const emulatesMedia = navigator.userAgent.includes('Chrome/');
