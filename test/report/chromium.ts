/**
 * Headless Chromium for the report checks: find the browser, load the report from a file:// URL
 * with networking off, dump its DOM and take a screenshot. Also a script:
 *   npx tsx test/report/chromium.ts out/report.html out/report.png
 * CI installs the Debian packages chromium and fonts-noto-cjk (.ci/run).
 */
import {execFileSync, spawnSync} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {pathToFileURL} from 'node:url';

export function findChromium(): string | undefined {
	for (const name of ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']) {
		const found = spawnSync('sh', ['-c', `command -v ${name}`], {encoding: 'utf8'});
		if (found.status === 0 && found.stdout.trim()) return found.stdout.trim();
	}
	return undefined;
}

/** Fonts that cover Chinese (fontconfig), or [] when none is installed. */
export function chineseFonts(): string[] {
	const out = spawnSync('fc-list', [':lang=zh', 'family'], {encoding: 'utf8'});
	return out.status === 0 ? out.stdout.split('\n').filter(Boolean) : [];
}

const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-extensions', '--hide-scrollbars'];

function run(browser: string, args: readonly string[]): string {
	const profile = mkdtempSync(path.join(os.tmpdir(), 'hukou-chromium-'));
	try {
		return execFileSync(browser, [...FLAGS, `--user-data-dir=${profile}`, ...args], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000, maxBuffer: 64 * 1024 * 1024});
	} finally {
		rmSync(profile, {recursive: true, force: true});
	}
}

/** The DOM after the page loaded (proves it parses and renders without a server). */
export function dumpDom(browser: string, html: string): string {
	return run(browser, ['--dump-dom', pathToFileURL(path.resolve(html)).href]);
}

export function screenshot(browser: string, html: string, png: string, width = 1280, height = 2400): void {
	run(browser, [`--screenshot=${path.resolve(png)}`, `--window-size=${width},${height}`, pathToFileURL(path.resolve(html)).href]);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
	const [html, png] = process.argv.slice(2);
	const browser = findChromium();
	if (!html || !png || !browser) {
		process.stderr.write(browser ? 'usage: npx tsx test/report/chromium.ts REPORT.html OUT.png\n' : 'chromium not found: apt-get install -y chromium fonts-noto-cjk\n');
		process.exit(2);
	}
	screenshot(browser, html, png);
	process.stdout.write(`wrote ${png}\n`);
}
