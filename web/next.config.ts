import type { NextConfig } from 'next';

const config: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Shared with the graph: the Sanity webhook's signature check (TypeScript, compiled here).
  transpilePackages: ['@elysium/subgraph-kit'],
  // The catalog serves every image at the width asked for (Image.url(width)); pages build srcset from it.
  images: { unoptimized: true },
  // The workspace lints and type-checks web/ with everything else (npm test).
  eslint: { ignoreDuringBuilds: true },
};

export default config;
