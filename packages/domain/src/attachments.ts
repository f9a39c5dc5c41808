/** Largest file accepted per upload: 10 MB. The server enforces it; the web checks it before sending. */
export const maxAttachmentBytes = 10 * 1024 * 1024;

/** Most uploads one action (a request, a completion) may attach. */
export const maxAttachmentsPerAction = 10;
