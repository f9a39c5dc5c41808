// @citydesk/documents: printable PDF documents in every citydesk language: work orders, and the issued
// documents (certificates, receipts) of e-services, with the same writer, fonts and QR codes.
export { renderWorkOrderPdf } from './work-order/render-work-order-pdf.ts';
export type { WorkOrderDocument, WorkOrderPlace } from './work-order/work-order-document.ts';
export { workOrderLabels, type WorkOrderLabels } from './work-order/labels.ts';
export { renderCertificatePdf } from './certificate/render-certificate-pdf.ts';
export type { CertificateDocument } from './certificate/certificate-document.ts';
export { certificateLabels, type CertificateLabels } from './certificate/labels.ts';
