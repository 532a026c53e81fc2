/**
 * Reading a file named by a stranger's scenario or command line. Only regular files (a folder, a
 * device such as /dev/zero or a FIFO is refused; the kind is checked on the opened descriptor, so
 * the file cannot be swapped in between) and at most `limit` bytes, counted while reading: a /proc
 * file reports size 0 and would otherwise be read until memory runs out. The text encoding is
 * detected and reported: UTF-8, UTF-8 with a BOM (Excel's "CSV UTF-8") or GB18030, a superset of
 * GBK and GB2312 (what Chinese Excel and WPS save as plain "CSV"), decoded by the WHATWG decoder of
 * Node's ICU. Anything else is refused with a hint instead of garbling every name.
 */
import fs from 'node:fs';

export type TextEncodingName = 'UTF-8' | 'UTF-8 with BOM' | 'GB18030';

/** An error with a `code` that load.ts and the CLI put into words. */
export function readError(code: string, message: string): Error {
	return Object.assign(new Error(message), {code});
}

/** The bytes of a regular file, at most `limit` of them (EFBIG beyond). */
export function readRegularFile(file: string, limit: number): Buffer {
	const fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
	try {
		const stat = fs.fstatSync(fd);
		if (stat.isDirectory()) throw readError('EISDIR', `${file} is a folder`);
		if (!stat.isFile()) throw readError('ENOTFILE', `${file} is not a regular file`);
		if (stat.size > limit) throw readError('EFBIG', `the file is ${stat.size} bytes; the limit is ${limit}`);
		const chunks: Buffer[] = [];
		let total = 0;
		for (;;) {
			const chunk = Buffer.allocUnsafe(Math.min(1 << 20, limit + 1 - total));
			const got = fs.readSync(fd, chunk, 0, chunk.length, null);
			if (got === 0) break;
			total += got;
			if (total > limit) throw readError('EFBIG', `the file has more than ${limit} bytes (the limit), although its size on disk said ${stat.size}`);
			chunks.push(got === chunk.length ? chunk : chunk.subarray(0, got));
		}
		return Buffer.concat(chunks, total);
	} finally {
		fs.closeSync(fd);
	}
}

const SAVE_AS_CSV = 'save it as "CSV UTF-8" (Excel: File › Save As › CSV UTF-8; WPS: 另存为 CSV, 编码 UTF-8)';
const SAVE_AS_TEXT = 'save it as UTF-8 text (any editor: Save As, encoding UTF-8)';

/** Decode text, detecting its encoding; a binary file or UTF-16 is refused (code ENOTTEXT). */
export function decodeText(bytes: Uint8Array, file: string): {text: string; encoding: TextEncodingName} {
	const SAVE_AS = /\.csv$/i.test(file) ? SAVE_AS_CSV : SAVE_AS_TEXT;
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
		return {text: decodeStrict('utf-8', bytes.subarray(3), file), encoding: 'UTF-8 with BOM'};
	}
	if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
		throw readError('ENOTTEXT', `${file} is UTF-16 text (Excel's "Unicode text"); ${SAVE_AS}`);
	}
	if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
		throw readError('ENOTTEXT', `${file} is a zip archive (an Excel .xlsx workbook?), not text; name a .xlsx unit table with its .xlsx extension, or ${SAVE_AS}`);
	}
	const head = bytes.subarray(0, 65536);
	if (head.includes(0)) throw readError('ENOTTEXT', `${file} is a binary file, not text; ${SAVE_AS}`);
	try {
		return {text: new TextDecoder('utf-8', {fatal: true, ignoreBOM: true}).decode(bytes), encoding: 'UTF-8'};
	} catch {
		try {
			return {text: new TextDecoder('gb18030', {fatal: true}).decode(bytes), encoding: 'GB18030'};
		} catch {
			throw readError('ENOTTEXT', `${file} is neither UTF-8 nor GB18030/GBK text; ${SAVE_AS}`);
		}
	}
}

function decodeStrict(label: string, bytes: Uint8Array, file: string): string {
	try {
		return new TextDecoder(label, {fatal: true, ignoreBOM: true}).decode(bytes);
	} catch {
		throw readError('ENOTTEXT', `${file} starts with a UTF-8 mark but is not valid UTF-8; ${/\.csv$/i.test(file) ? SAVE_AS_CSV : SAVE_AS_TEXT}`);
	}
}
