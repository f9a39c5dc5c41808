// The dispatcher's edits besides lifecycle steps: notes, category (re-computes the SLA deadline), priority.
import {
  addRequestNote,
  changeRequestCategory,
  setRequestPriority,
} from '../../../services/requests/edit-request.ts';
import { builder, policyField } from '../../builder.ts';
import { RequestPriorityEnum } from '../../enums.ts';
import { RequestType } from './request-type.ts';

const RequestNoteInput = builder.inputType('RequestNoteInput', {
  subGraphs: ['dispatcher'],
  fields: (t) => ({
    requestId: t.id({ required: true }),
    version: t.int({ required: true }),
    comment: t.string({ required: true }),
  }),
});

const ChangeCategoryInput = builder.inputType('ChangeCategoryInput', {
  subGraphs: ['dispatcher'],
  fields: (t) => ({
    requestId: t.id({ required: true }),
    version: t.int({ required: true }),
    categoryId: t.id({ required: true }),
    comment: t.string(),
  }),
});

const SetPriorityInput = builder.inputType('SetPriorityInput', {
  subGraphs: ['dispatcher'],
  fields: (t) => ({
    requestId: t.id({ required: true }),
    version: t.int({ required: true }),
    priority: t.field({ type: RequestPriorityEnum, required: true }),
    comment: t.string(),
  }),
});

builder.mutationFields((t) => ({
  addRequestNote: t.field({
    ...policyField('request:edit'),
    type: RequestType,
    description: 'Adds a note to the timeline (the resident and contractor see it).',
    args: { input: t.arg({ type: RequestNoteInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      addRequestNote(ctx.deps, ctx.viewer!, {
        requestId: String(input.requestId),
        version: input.version,
        comment: input.comment,
      }),
  }),
  changeRequestCategory: t.field({
    ...policyField('request:edit'),
    type: RequestType,
    description: 'Re-categorises the request; its SLA deadline is recomputed from the filing time.',
    args: { input: t.arg({ type: ChangeCategoryInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      changeRequestCategory(ctx.deps, ctx.viewer!, {
        requestId: String(input.requestId),
        version: input.version,
        categoryId: String(input.categoryId),
        comment: input.comment ?? null,
      }),
  }),
  setRequestPriority: t.field({
    ...policyField('request:edit'),
    type: RequestType,
    args: { input: t.arg({ type: SetPriorityInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      setRequestPriority(ctx.deps, ctx.viewer!, {
        requestId: String(input.requestId),
        version: input.version,
        priority: input.priority,
        comment: input.comment ?? null,
      }),
  }),
}));
