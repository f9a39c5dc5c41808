// @citydesk/documents: printable PDF documents in every citydesk language (work orders now; the
// certificates of e-services next, with the same writer, fonts and QR codes).
export { renderWorkOrderPdf } from './work-order/render-work-order-pdf.ts';
export type { WorkOrderDocument, WorkOrderPlace } from './work-order/work-order-document.ts';
export { workOrderLabels, type WorkOrderLabels } from './work-order/labels.ts';
