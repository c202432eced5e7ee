import { srcSet, type ImageSet } from "@/lib/art/image-sets";

type ArtPictureProps = {
  image: ImageSet;
  alt: string;
  /** The pixel size the <img> reserves, so nothing shifts while it loads. */
  width: number;
  height: number;
  sizes: string;
  /** Empty for artwork whose placeholder is not drawn yet: the dominant colour alone stands in. */
  placeholderUrl: string;
  dominantColor: string;
  /** For the largest element of the page: fetched first, never lazily. */
  priority?: boolean;
  className?: string;
};

/** AVIF where the browser takes it, WebP otherwise, painted with the ThumbHash until it arrives. */
export function ArtPicture({ image, alt, width, height, sizes, placeholderUrl, dominantColor, priority, className }: ArtPictureProps) {
  return (
    <picture>
      {image.avif.length > 0 && <source type="image/avif" srcSet={srcSet(image.avif)} sizes={sizes} />}
      {image.webp.length > 0 && <source type="image/webp" srcSet={srcSet(image.webp)} sizes={sizes} />}
      <img
        src={image.fallback.url}
        alt={alt}
        width={width}
        height={height}
        className={className}
        loading={priority ? "eager" : "lazy"}
        fetchPriority={priority ? "high" : "auto"}
        decoding={priority ? "sync" : "async"}
        style={{
          backgroundColor: dominantColor,
          backgroundImage: placeholderUrl ? `url(${placeholderUrl})` : undefined,
          backgroundSize: "cover",
        }}
      />
    </picture>
  );
}
