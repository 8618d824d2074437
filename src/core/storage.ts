// Where the add-in keeps its own data inside a document: one custom XML part per kind, a root
// element in our own namespace holding JSON as text. Word and .docx adapters write and read the
// same parts, so a document filled or reviewed in one opens with its answers in the other.

export const ANSWERS_NAMESPACE = 'urn:vo-assistent:answers:1' as const;
export const REVIEW_NAMESPACE = 'urn:vo-assistent:review:1' as const;

export type StorageNamespace = typeof ANSWERS_NAMESPACE | typeof REVIEW_NAMESPACE;

/** The root element's name of each part. */
export const STORAGE_ROOT: Readonly<Record<StorageNamespace, string>> = { [ANSWERS_NAMESPACE]: 'answers', [REVIEW_NAMESPACE]: 'review' };
