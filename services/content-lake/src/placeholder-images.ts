import type { Request, Response } from 'express';
import type { DocumentStore } from './document-store';

const FILE = /^([a-f0-9]+)-(\d+)x(\d+)\.(jpg|png|webp|gif|svg)$/;

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Serves Sanity image-pipeline URLs (`/images/:project/:dataset/<id>-<w>x<h>.<ext>?w=&h=&fm=`) with a
 * generated SVG of the requested size in the asset's dominant colour, so the storefront exercises the
 * real URLs without binary photographs in the repository.
 */
export function placeholderImage(store: DocumentStore) {
  return (req: Request, res: Response) => {
    const match = FILE.exec(String(req.params.file));
    const asset = match && store.get(`image-${match[1]}-${match[2]}x${match[3]}-${match[4]}`);
    if (!match || !asset) {
      res.status(404).json({ error: 'image not found' });
      return;
    }
    const original = { width: Number(match[2]), height: Number(match[3]) };
    const clamp = (v: unknown) => (v === undefined ? undefined : Math.min(4000, Math.max(1, Number.parseInt(String(v), 10) || 1)));
    const askedWidth = clamp(req.query.w);
    const askedHeight = clamp(req.query.h);
    const width = askedWidth ?? (askedHeight ? Math.round((askedHeight * original.width) / original.height) : original.width);
    const height = askedHeight ?? Math.round((width * original.height) / original.width);
    const metadata = asset.metadata as { palette?: { dominant?: { background?: string } } } | undefined;
    const colour = /^#[0-9a-f]{6}$/i.test(metadata?.palette?.dominant?.background ?? '')
      ? metadata!.palette!.dominant!.background!
      : '#d8d2c4';
    const label = escapeXml(String(asset.originalFilename ?? asset._id));
    res.type('image/svg+xml').setHeader('cache-control', 'public, max-age=31536000, immutable');
    res.send(
      `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
        `<rect width="100%" height="100%" fill="${colour}"/>` +
        `<text x="50%" y="50%" fill="#fff" font-family="serif" font-size="${Math.max(10, Math.round(width / 24))}" text-anchor="middle">${label}</text></svg>`,
    );
  };
}
