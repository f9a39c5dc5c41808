import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  AddRequestNoteDocument,
  ChangeRequestCategoryDocument,
  DispatcherRequestDocument,
  IntakeOptionsDocument,
  QueueDocument,
  SetRequestPriorityDocument,
  type DispatcherRequestDetailFragment,
  type RequestPriority,
} from '../../gql/dispatcher/graphql.ts';
import { isolate } from '../../lib/bidi.ts';
import { describeError, hasErrorCode } from '../../lib/errors.ts';
import { Button, FormAlert, Select, TextArea, useToast } from '../../ui/index.ts';
import './RequestEdits.css';

type Edit = 'note' | 'category' | 'priority';
const priorities: RequestPriority[] = ['NORMAL', 'HIGH', 'EMERGENCY'];

/** The dispatcher's edits besides lifecycle steps: a note, another category (new SLA deadline), a priority. */
export function RequestEdits({ request }: { request: DispatcherRequestDetailFragment }) {
  const { t } = useTranslation();
  const toast = useToast();
  const [open, setOpen] = useState<Edit | null>(null);
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const options = useQuery(IntakeOptionsDocument, { skip: open !== 'category' });
  const refetchQueries = [QueueDocument, DispatcherRequestDocument];
  const [addNote] = useMutation(AddRequestNoteDocument, { refetchQueries });
  const [changeCategory] = useMutation(ChangeRequestCategoryDocument, { refetchQueries });
  const [setPriority] = useMutation(SetRequestPriorityDocument, { refetchQueries });
  const step = { requestId: request.id, version: request.version };
  const number = isolate(request.number);

  const start = (edit: Edit) => {
    setOpen(open === edit ? null : edit);
    setValue(edit === 'priority' ? request.priority : edit === 'category' ? request.category.id : '');
    setError(null);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!value.trim()) {
      setError(t('validation.required'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      if (open === 'note') await addNote({ variables: { input: { ...step, comment: value } } });
      if (open === 'category') await changeCategory({ variables: { input: { ...step, categoryId: value } } });
      if (open === 'priority')
        await setPriority({ variables: { input: { ...step, priority: value as RequestPriority } } });
      toast.show({ tone: 'success', message: t(`dispatcher.edits.${open!}Done`, { number }) });
      setOpen(null);
    } catch (caught) {
      setError(
        hasErrorCode(caught, 'STALE_VERSION') ? t('errors.STALE_VERSION') : describeError(caught, t).message,
      );
    } finally {
      setBusy(false);
    }
  };

  const buttons: { edit: Edit; label: string }[] = [
    { edit: 'note', label: t('dispatcher.edits.note') },
    { edit: 'category', label: t('dispatcher.edits.category') },
    { edit: 'priority', label: t('dispatcher.edits.priority') },
  ];

  return (
    <div className="request-edits" data-testid="request-edits">
      <div className="request-edits__buttons">
        {buttons.map((b) => (
          <Button
            key={b.edit}
            size="sm"
            variant={open === b.edit ? 'primary' : 'ghost'}
            aria-expanded={open === b.edit}
            data-testid={`edit-${b.edit}`}
            onClick={() => start(b.edit)}
          >
            {b.label}
          </Button>
        ))}
      </div>
      {open ? (
        <form
          className="request-edits__form"
          data-testid={`edit-${open}-form`}
          noValidate
          onSubmit={(e) => void submit(e)}
        >
          {error ? <FormAlert>{error}</FormAlert> : null}
          {open === 'note' ? (
            <TextArea
              label={t('dispatcher.edits.noteLabel')}
              hint={t('dispatcher.edits.noteHint')}
              name="comment"
              rows={3}
              value={value}
              onChange={(e) => setValue(e.target.value)}
            />
          ) : open === 'category' ? (
            <Select
              label={t('dispatcher.edits.categoryLabel')}
              hint={t('dispatcher.edits.categoryHint')}
              name="categoryId"
              value={value}
              onChange={(e) => setValue(e.target.value)}
            >
              {(options.data?.serviceCategories ?? [request.category]).map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </Select>
          ) : (
            <Select
              label={t('dispatcher.edits.priorityLabel')}
              name="priority"
              value={value}
              onChange={(e) => setValue(e.target.value)}
            >
              {priorities.map((p) => (
                <option key={p} value={p}>
                  {t(`priority.${p}`)}
                </option>
              ))}
            </Select>
          )}
          <div className="request-edits__submit">
            <Button type="submit" size="sm" loading={busy}>
              {t('dispatcher.edits.save')}
            </Button>
          </div>
        </form>
      ) : null}
    </div>
  );
}
