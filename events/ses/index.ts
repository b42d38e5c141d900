export { isSesEvent, SesEvent, SesMessage, SesRecord } from './ses-event.js';
export { SesCommonHeaders, SesMail, SesMailHeader } from './ses-mail.js';
export { isSesReceiptAction, SesReceipt, SesVerdict } from './ses-receipt.js';
