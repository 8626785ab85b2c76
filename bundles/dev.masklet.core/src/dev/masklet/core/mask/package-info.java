/**
 * Binary masks ({@link dev.masklet.core.mask.BinaryMask}, one byte per pixel) and their lossless COCO run-length
 * encoding ({@link dev.masklet.core.mask.CocoRle}, as pycocotools reads it).
 */
package dev.masklet.core.mask;
