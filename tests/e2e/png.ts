import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';

/** The eight bytes every PNG file starts with. */
export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from the IHDR chunk, which the PNG format requires right after the signature. */
export function pngSize(png: Buffer): { width: number; height: number } {
  if (png.length < 24 || !png.subarray(0, 8).equals(PNG_SIGNATURE)) throw new Error('not a PNG file');
  if (png.toString('latin1', 12, 16) !== 'IHDR') throw new Error('PNG without IHDR as first chunk');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** The width and height attributes of the root <svg> element. */
export function svgSize(svg: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0];
  const width = root === undefined ? undefined : /\swidth="([\d.]+)"/.exec(root)?.[1];
  const height = root === undefined ? undefined : /\sheight="([\d.]+)"/.exec(root)?.[1];
  if (width === undefined || height === undefined) throw new Error('SVG root without width and height');
  return { width: Number(width), height: Number(height) };
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * The readable text of an SVG, one space between elements and every run of white space (no-break spaces
 * included) collapsed to one space, so that a caption wrapped over several <text> lines reads as one sentence.
 */
export function svgText(svg: string): string {
  return normalizeSpaces(
    svg
      .replace(/<\/(text|tspan|title|desc)>/g, ' ')
      .replace(/<[^>]*>/g, '')
      .replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ENTITIES[name] ?? '')
      .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code))),
  );
}

/** Collapses white space (U+00A0 and U+202F included) to single ordinary spaces. */
export const normalizeSpaces = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Number of page objects in a PDF: `/Type /Page` but not `/Type /Pages`. */
export function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)\b/g)?.length ?? 0;
}

/** Clicks a download button and returns the file the browser saved, with the name the page suggested. */
export async function downloadFrom(
  page: Page,
  button: Locator,
): Promise<{ name: string; body: Buffer; path: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const failure = await download.failure();
  if (failure !== null) throw new Error(`download failed: ${failure}`);
  const path = await download.path();
  return { name: download.suggestedFilename(), body: await readFile(path), path };
}
