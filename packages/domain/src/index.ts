// Public API of @citydesk/domain: pure rules shared by the API and the web, no I/O.
export * from './roles.ts';
export * from './issues.ts';
export * from './error-codes.ts';
export * from './text.ts';
export * from './phone.ts';

export * from './requests/status.ts';
export * from './requests/state-machine.ts';
export * from './requests/reasons.ts';
export * from './requests/reopen-window.ts';
export * from './requests/request-number.ts';
export * from './requests/validation.ts';

export * from './sla/types.ts';
export * from './sla/local-date.ts';
export * from './sla/time-of-day.ts';
export * from './sla/time-zone.ts';
export * from './sla/working-days.ts';
export * from './sla/deadline.ts';
export * from './sla/calendars.ts';
export * from './sla/holiday-calendar.ts';
export * from './notifications/recipients.ts';
export * from './attachments.ts';
export * from './attachments/upload-quota.ts';

export * from './e-services/definition.ts';
export * from './e-services/outcome-assertions.ts';
export * from './e-services/answers.ts';
export * from './documents/issued-document.ts';
export * from './documents/document-status.ts';

export * from './lifecycle/transition.ts';
export * from './e-services/application-status.ts';
export * from './e-services/application-machine.ts';
export * from './e-services/verification-code.ts';
export * from './e-services/content-hash.ts';
export * from './e-services/signing-codes.ts';
export * from './e-services/household-change.ts';
export * from './meters/reading-window.ts';
export * from './meters/reading-checks.ts';
export * from './meters/verification.ts';
export * from './meters/meter-register.ts';
export * from './dashboards/period.ts';
export * from './dashboards/figures.ts';
export * from './audit/audit-actions.ts';
export * from './city/city-setup.ts';
export * from './imports/import-report.ts';
export * from './imports/housing-stock.ts';
export * from './policy/index.ts';
