// Helpers for e-service integration tests: uploads made directly as unclaimed rows (the upload path
// itself is tested in attachments/), answers that satisfy each demo service, and refusal checks.
import { randomBytes } from 'node:crypto';
import { expect } from 'vitest';
import type { Db } from '../../infra/db/database.ts';
import type { Actor } from '../context.ts';

/** An unclaimed DOCUMENT upload of `actor`, as POST /files?kind=DOCUMENT leaves it. */
export async function uploadedDocument(
  db: Db,
  actor: Actor,
  options: { mimeType?: string; sizeBytes?: number; kind?: 'DOCUMENT' | 'PHOTO' } = {},
): Promise<string> {
  const sha256 = randomBytes(32).toString('hex');
  const row = await db.attachment.create({
    data: {
      uploadedById: actor.userId,
      kind: options.kind ?? 'DOCUMENT',
      fileName: 'scan.pdf',
      mimeType: options.mimeType ?? 'application/pdf',
      sizeBytes: options.sizeBytes ?? 2048,
      sha256,
      storageKey: sha256,
    },
  });
  return row.id;
}

/** Runs a refused step and proves nothing about the application changed. */
export async function refusedWithoutChange(
  db: Db,
  step: () => Promise<unknown>,
  requestId: string,
  code: string,
) {
  const before = await db.request.findUniqueOrThrow({
    where: { id: requestId },
    include: { application: true },
  });
  const events = await db.requestEvent.count({ where: { requestId } });
  await expect(step()).rejects.toMatchObject({ code });
  expect(
    await db.request.findUniqueOrThrow({ where: { id: requestId }, include: { application: true } }),
  ).toEqual(before);
  expect(await db.requestEvent.count({ where: { requestId } })).toBe(events);
}

/** `email` must be the applicant's account address or one they confirmed (see contacts/confirm-contact.ts). */
export const noDebtAnswers = (subscriberCode = '100000000001', email = 'resident@demo.citydesk') => ({
  subscriberCode,
  idPin: 'AB12C34',
  email,
  phone: '+7 917 234-56-01',
});

export const waitingListAnswers = (iin = '900101300123') => ({
  iin,
  employer: 'МБОУ «Гимназия № 7»',
  jobTitle: 'Учитель',
  familySize: 3,
  currentHousing: 'renting',
  personalDataConsent: true,
});

export const householdAnswers = (residentsCount = 3) => ({
  residentsCount,
  changeReason: 'birth',
});

/** The one-time code of the newest signing SMS sent for application `number` (read from the outbox). */
export async function signingCodeFromOutbox(db: Db, recipientId: string, number: string): Promise<string> {
  const sms = await db.notification.findFirstOrThrow({
    where: { recipientId, channel: 'SMS', template: 'signing.code' },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
  });
  expect(sms.body).toContain(number);
  const codes = sms.body.replace(number, '').match(/(?<!\d)\d{6}(?!\d)/g) ?? [];
  expect(codes).toHaveLength(1);
  return codes[0]!;
}

/** A different 6-digit code than `code`. */
export const wrongCode = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0');
