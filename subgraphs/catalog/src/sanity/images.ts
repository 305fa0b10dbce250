import imageUrlBuilder from '@sanity/image-url';

export interface ImageSettings {
  projectId: string;
  dataset: string;
  /** Sanity's CDN for a real project; the local content lake otherwise. */
  baseUrl?: string;
}

export type ImageUrlBuilder = ReturnType<typeof imageUrlBuilder>;

/** The real image pipeline's URLs (@sanity/image-url): crops, hotspot, width and format as query. */
export function createImageUrls(settings: ImageSettings): ImageUrlBuilder {
  return imageUrlBuilder({
    projectId: settings.projectId,
    dataset: settings.dataset,
    ...(settings.baseUrl ? { baseUrl: settings.baseUrl } : {}),
  });
}
