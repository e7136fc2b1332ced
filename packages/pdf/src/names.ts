// Names the appendix writes and the reader looks for: one definition for both sides.

/** The file name of the attached assessment JSON. */
export const ATTACHMENT_NAME = 'osallisuusarvio.json';

/** The XMP namespace of the appendix's own properties (the SHA-256 of the attached JSON). */
export const APPENDIX_NAMESPACE = 'https://osallisuusarvio.fi/ns/appendix/1.0/';
