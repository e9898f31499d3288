/**
 * User annotations (issue 5), pure: the model, W3C selectors, re-anchoring, merging, the store
 * file format and the ClaimReview / W3C exports. File I/O lives in `server/src/store/`.
 */
export * from './model';
export { buildSelectors, buildTarget, CONTEXT_LENGTH } from './selectors';
export { anchor, DEFAULT_MAX_FUZZY_WORK, type AnchorMethod, type AnchorOptions, type AnchorResult } from './anchor';
export { createAnnotation, newAnnotationId, reanchor, type NewAnnotation } from './lifecycle';
export { mergeAnnotations } from './merge';
export { parseStoreText, serializeStore, type ParsedStore } from './storeFormat';
export { toW3C, toW3CCollection, fromW3C, fromW3CCollection, compareAnnotations, AnnotationFormatError, W3C_CONTEXT, type W3CAnnotation, type W3CCollection } from './w3c';
export { buildClaimReview, fragmentOf, type ArticleInfo, type ClaimReview, type ClaimReviewOptions } from './claimReview';
