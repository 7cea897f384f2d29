// WebKitGTK for the component tests: an Xvfb display (MiniBrowser has no headless mode), GTK
// settings without animations (reduced motion) and WebKitWebDriver on a free loopback port, both stopped when the test run ends.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { WEBKIT_DRIVER_PATH, XVFB_PATH } from './browsers.mjs';

/** A loopback port nobody listens on right now. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts Xvfb on a display number it picks itself (`-displayfd`), resolves to `:N`. With no
 * window manager, X gives the keyboard to the window under the pointer, which starts at the
 * screen's centre: the screen is small enough for MiniBrowser's first window (1024×768 at 0,0)
 * to cover it. Without that the page never has focus (`document.hasFocus()` false, no `:focus`).
 */
function startXvfb(children) {
  return new Promise((resolve, reject) => {
    const xvfb = spawn(XVFB_PATH, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    });
    children.push(xvfb);
    let stderr = '';
    xvfb.stderr.on('data', (chunk) => (stderr += chunk));
    xvfb.once('error', reject);
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code}) before it gave a display: ${stderr.trim()}`)));
    let out = '';
    xvfb.stdio[3].on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) resolve(`:${out.trim()}`);
    });
  });
}

/**
 * A GTK settings directory for MiniBrowser: WebKitGTK reads `prefers-reduced-motion` from
 * `gtk-enable-animations` (no WebDriver command switches it), so it is fixed here, once.
 */
function gtkConfigHome() {
  const home = mkdtempSync(join(tmpdir(), 'webkit-gtk-'));
  mkdirSync(join(home, 'gtk-3.0'));
  writeFileSync(
    join(home, 'gtk-3.0', 'settings.ini'),
    '[Settings]\ngtk-enable-animations=false\ngtk-application-prefer-dark-theme=false\n',
  );
  return home;
}

/** Resolves once the driver answers `GET /status`, rejects after `timeoutMs`. */
async function waitForDriver(url, driver, timeoutMs = 20000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (driver.exitCode !== null) throw new Error(`WebKitWebDriver exited (${driver.exitCode})`);
    try {
      if ((await fetch(`${url}/status`)).ok) return;
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  throw new Error(`WebKitWebDriver did not answer on ${url} within ${timeoutMs / 1000} s`);
}

/**
 * WebKitGTK takes `navigator.language` from the process locale: under `LANG=C` (CI, containers)
 * it says `c`, which no page expects; a desktop says `en-US` as the other engines do here.
 */
function desktopLanguage() {
  const { LANG, LC_ALL } = process.env;
  const usable = (value) => value && !/^(C|POSIX)([._]|$)/.test(value);
  return usable(LC_ALL) || usable(LANG) ? {} : { LANG: 'en_US.UTF-8', LC_ALL: '' };
}

/**
 * Starts Xvfb and WebKitWebDriver; resolves to `{ port, display, stop }`. Both are also stopped
 * when this process exits, however the run ends.
 */
export async function startWebKitDriver() {
  const children = [];
  const configHome = gtkConfigHome();
  const stop = () => {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    rmSync(configHome, { recursive: true, force: true });
  };
  process.once('exit', stop);
  try {
    const display = await startXvfb(children);
    const port = await freePort();
    const driver = spawn(WEBKIT_DRIVER_PATH, [`--port=${port}`, '--host=local'], {
      stdio: 'ignore',
      env: { ...process.env, ...desktopLanguage(), DISPLAY: display, XDG_CONFIG_HOME: configHome },
    });
    children.push(driver);
    await waitForDriver(`http://127.0.0.1:${port}`, driver);
    return { port, display, stop };
  } catch (error) {
    stop();
    throw error;
  }
}
