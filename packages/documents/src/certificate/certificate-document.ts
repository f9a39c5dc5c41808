// What a printed certificate or receipt shows: the payload frozen when it was issued (rendered in the
// reader's language) plus the number, the verification code and the place to check it.
// The payload's type is @citydesk/domain's; imported by path while this package does not list
// @citydesk/domain as a dependency (type only, so nothing of it is loaded at run time).
import type { IssuedDocumentPayload } from '@citydesk/domain';

export type { IssuedDocumentPayload };

export interface CertificateDocument {
  /** Title, service, applicant, request number, issuer and the facts it certifies. */
  payload: IssuedDocumentPayload;
  /** The document's number, e.g. KZN-2026-000123-1. */
  number: string;
  /** 10 characters, printed as XXXXX-XXXXX. */
  verificationCode: string;
  /** The public verification page, e.g. https://city.example/verify/ABCDE12345: the QR code encodes exactly this. */
  verifyUrl: string;
  issuedAt: Date;
  /** IANA time zone of the city: the issue date is the date there. */
  timeZone: string;
  /** The city's name in the document's language. */
  cityName: string;
}
