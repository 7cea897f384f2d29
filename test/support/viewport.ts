/**
 * The page's viewport size, in every engine (the config's `viewport` command,
 * test/support/engine-commands.mjs): Puppeteer sets it in Chromium and Firefox; in WebKit the
 * page resizes its own MiniBrowser window (GTK keeps it at least about 450 px wide).
 */
import { executeServerCommand } from '@web/test-runner-commands';
import { until } from './helpers.js';

export async function setViewport(size: { width: number; height: number }): Promise<void> {
  const how = await executeServerCommand<'set' | 'window', { width: number; height: number }>('viewport', size);
  if (how !== 'window') return;
  window.resizeTo(size.width + outerWidth - innerWidth, size.height + outerHeight - innerHeight);
  await until(() => innerWidth === size.width && innerHeight === size.height, 3000, `a ${size.width}×${size.height} window (now ${innerWidth}×${innerHeight})`);
}
