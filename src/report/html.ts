/** Small HTML building blocks for the report: escaping, bilingual text, tables, the page shell (inline CSS, no external resource). */

export type Lang = 'zh' | 'en' | 'both';

/** The fonts that show Chinese on Linux, Windows and macOS; no web font is fetched. */
export const FONT_STACK = "'Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', 'PingFang SC', 'Hiragino Sans GB', 'WenQuanYi Micro Hei', sans-serif";

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export const text = (zh: string, en: string, lang: Lang): string => (lang === 'zh' ? zh : lang === 'en' ? en : `${zh} ${en}`);

export type CellValue = string | {readonly html: string; readonly cls?: string};

export function table(head: readonly string[], rows: readonly (readonly CellValue[])[], options: {numeric?: readonly boolean[]; caption?: string} = {}): string {
	const cell = (tag: 'td' | 'th', c: CellValue, j: number) => {
		const cls = [options.numeric?.[j] ? 'num' : '', typeof c === 'string' ? '' : (c.cls ?? '')].filter(Boolean).join(' ');
		return `<${tag}${cls ? ` class="${cls}"` : ''}>${typeof c === 'string' ? esc(c) : c.html}</${tag}>`;
	};
	return [
		'<table>',
		options.caption ? `<caption>${esc(options.caption)}</caption>` : '',
		`<thead><tr>${head.map((h, j) => cell('th', h, j)).join('')}</tr></thead>`,
		`<tbody>${rows.map((r) => `<tr>${r.map((c, j) => cell('td', c, j)).join('')}</tr>`).join('\n')}</tbody>`,
		'</table>',
	].join('\n');
}

export const mark = (ok: boolean): CellValue => ({html: ok ? '✓' : '✗', cls: ok ? 'ok' : 'bad'});

const CSS = `
body { font-family: ${FONT_STACK}; margin: 0; color: #1d2733; background: #fff; line-height: 1.5; }
main { max-width: 1180px; margin: 0 auto; padding: 24px 32px 64px; }
h1 { font-size: 26px; margin: 0 0 4px; }
h2 { font-size: 20px; margin: 36px 0 8px; padding-bottom: 4px; border-bottom: 2px solid #c23531; }
h3 { font-size: 16px; margin: 24px 0 6px; }
p.meta, p.note { color: #5a6775; font-size: 13px; margin: 4px 0; }
table { border-collapse: collapse; font-size: 13px; margin: 8px 0 16px; width: 100%; }
caption { text-align: left; font-weight: bold; padding: 4px 0; }
th, td { border-bottom: 1px solid #dde3e9; padding: 3px 8px; text-align: left; vertical-align: top; overflow-wrap: break-word; }
th { background: #f3f5f7; font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
td.num { white-space: nowrap; }
td.id { word-break: break-all; font-family: monospace; font-size: 12px; }
td.ok { color: #1a7f37; font-weight: bold; text-align: center; }
td.bad { color: #c23531; font-weight: bold; text-align: center; }
td.estimate { color: #9a6700; }
td.gain { color: #1a7f37; } td.loss { color: #c23531; }
figure { margin: 12px 0 20px; }
figure svg { max-width: 100%; height: auto; display: block; }
figcaption { font-size: 13px; color: #5a6775; }
nav a { margin-right: 14px; color: #c23531; text-decoration: none; font-size: 14px; }
@media print { h2 { break-before: auto; } figure, table { break-inside: avoid; } }
`;

export function page(title: string, lang: Lang, body: string): string {
	const htmlLang = lang === 'en' ? 'en' : 'zh-CN';
	return `<!DOCTYPE html>
<html lang="${htmlLang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>${CSS}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}
