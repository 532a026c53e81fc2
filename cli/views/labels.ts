/** Bilingual labels: `--lang zh`, `--lang en`, or both (the default) side by side. */
export type Lang = 'zh' | 'en' | 'both';

export function label(zh: string, en: string, lang: Lang): string {
	return lang === 'zh' ? zh : lang === 'en' || zh === en ? en : `${zh} ${en}`;
}
