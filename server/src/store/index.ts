/** The annotation store on disk (node:fs), shared by the CLI and the VS Code client. */
export { AnnotationStore, type AnnotationStoreOptions, type ReadResult, type StoreProblem } from './annotationStore';
export { writeFileAtomicSync, isTempFile } from './atomicWrite';
export { STORE_DIR, storeFileFor, articlePathFor, findWorkspaceRoot } from './storePaths';
