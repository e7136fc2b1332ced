export { noticeOf, otherLanguageNote, safeUrl } from './notice.js';
export type { Notice, NoticeItem, NoticeOptions, NoticeSectionId, NoticeText } from './notice.js';
export { feedbackHtml } from './html.js';
export type { FeedbackHtmlOptions } from './html.js';
export { noticeLocales, noticeOrganiser } from './languages.js';
export type { NoticeLocaleOptions } from './languages.js';
