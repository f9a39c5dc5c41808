// Printing a request's work order: the contractor takes it to the job, the resident signs it there.
// Whoever may print it — the contractor the order was given to, the dispatchers of the request's
// company, the city's administrators — gets a PDF in their language; everyone else, and a request
// without a work order, gets NOT_FOUND (never "forbidden", which would confirm the request exists).
import { renderWorkOrderPdf, type WorkOrderDocument, type WorkOrderPlace } from '@citydesk/documents';
import { messages, type Locale } from '@citydesk/i18n';
import type { Prisma } from '../../generated/prisma/client.ts';
import { notFound } from '../../errors.ts';
import { isUuid } from '../attachments/attachment-rules.ts';
import type { Actor, ServiceDeps } from '../context.ts';
import { requestsVisibleTo } from '../requests/visibility.ts';
import { workOrdersVisibleTo } from './visibility.ts';

export interface WorkOrderPdfInput {
  requestId: string;
  /** Where users reach the web app; the QR code opens `<publicUrl>/requests/<id>`. */
  publicUrl: string;
  /** The language to print in; the actor's own by default. */
  locale?: Locale;
}

export interface WorkOrderPdf {
  /** `<work-order-number>.pdf` */
  fileName: string;
  bytes: Buffer;
}

const include = {
  workOrder: {
    include: {
      contractorOrganization: { select: { name: true } },
      assignee: { select: { displayName: true } },
    },
  },
  building: { select: { street: true, houseNumber: true } },
  premises: { select: { number: true, kind: true } },
  category: { select: { name: true } },
  city: { select: { name: true, timeZone: true } },
  organization: { select: { name: true } },
} satisfies Prisma.RequestInclude;

type PrintableRequest = Prisma.RequestGetPayload<{ include: typeof include }>;

/** The requests whose work order the actor may print (residents print none). */
function printableBy(actor: Actor): Prisma.RequestWhereInput | null {
  // A contractor only what is given to its organization, not one it was taken from (the policy's scope).
  const workOrders = workOrdersVisibleTo(actor);
  if (!workOrders) return null;
  return Object.keys(workOrders).length === 0 ? { workOrder: { isNot: null } } : { workOrder: workOrders };
}

export async function workOrderPdf(
  deps: Pick<ServiceDeps, 'db' | 'clock'>,
  actor: Actor,
  input: WorkOrderPdfInput,
): Promise<WorkOrderPdf> {
  const printable = printableBy(actor);
  if (!printable || !isUuid(input.requestId)) throw notFound();
  const request = await deps.db.request.findFirst({
    where: { AND: [{ id: input.requestId, kind: 'REPAIR' }, requestsVisibleTo(actor), printable] },
    include,
  });
  if (!request?.workOrder || !request.building) throw notFound();

  const locale = input.locale ?? actor.locale;
  const document = workOrderDocument({ ...request, building: request.building }, request.workOrder, locale, {
    requestUrl: `${input.publicUrl.replace(/\/+$/, '')}/requests/${request.id}`,
    printedAt: deps.clock(),
  });
  return { fileName: `${request.workOrder.number}.pdf`, bytes: await renderWorkOrderPdf(document, locale) };
}

/** A `{ az, fa, ru, kk, en }` JSON name in the reader's language, falling back to en, then ru. */
function localized(value: Prisma.JsonValue, locale: Locale): string {
  const names = (value ?? {}) as Partial<Record<Locale, string>>;
  return names[locale] ?? names.en ?? names.ru ?? '';
}

function placeOf(request: PrintableRequest, locale: Locale): WorkOrderPlace | null {
  if (request.premises)
    return {
      kind: request.premises.kind === 'APARTMENT' ? 'apartment' : 'nonResidential',
      number: request.premises.number,
    };
  if (request.commonArea)
    return { kind: 'commonArea', name: messages[locale].commonArea[request.commonArea] };
  return null;
}

function workOrderDocument(
  request: PrintableRequest & { building: NonNullable<PrintableRequest['building']> },
  workOrder: NonNullable<PrintableRequest['workOrder']>,
  locale: Locale,
  extra: { requestUrl: string; printedAt: Date },
): WorkOrderDocument {
  return {
    requestNumber: request.number,
    workOrderNumber: workOrder.number,
    requestUrl: extra.requestUrl,
    priority: request.priority,
    issuedAt: workOrder.issuedAt,
    deadlineAt: request.deadlineAt,
    printedAt: extra.printedAt,
    timeZone: request.city.timeZone,
    cityName: localized(request.city.name, locale),
    managementCompany: request.organization?.name ?? null,
    contractor: workOrder.contractorOrganization.name,
    worker: workOrder.assignee?.displayName ?? null,
    address: {
      street: request.building.street,
      house: request.building.houseNumber,
      place: placeOf(request, locale),
    },
    resident: { name: request.contactName, phone: request.contactPhone },
    category: localized(request.category.name, locale),
    description: request.description ?? '',
  };
}
