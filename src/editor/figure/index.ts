export { Figure, type FigureAttributes, type FigureOptions } from './figure';
export { imageProblem, isAssetId, MAX_IMAGE_BYTES, sniffImageType, type ImageMediaType } from './imageFile';
