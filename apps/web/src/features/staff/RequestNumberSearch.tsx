import { useApolloClient } from '@apollo/client/react';
import { parseRequestNumber } from '@citydesk/domain';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { FindRequestByNumberDocument } from '../../gql/staff/graphql.ts';
import { isolate } from '../../lib/bidi.ts';
import { describeError, validationMessage } from '../../lib/errors.ts';
import { toLatinDigits } from '../../lib/format.ts';
import { IconSearch } from '../../ui/index.ts';
import './RequestNumberSearch.css';

/** The search box of every staff shell: a request's number (as a caller dictates it) opens that request. */
export function RequestNumberSearch() {
  const { t, i18n } = useTranslation();
  const client = useApolloClient();
  const navigate = useNavigate();
  const id = useId();
  const [value, setValue] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const number = toLatinDigits(value).trim();
    if (!parseRequestNumber(number)) return setProblem(validationMessage('invalid_format', t));
    setBusy(true);
    setProblem(null);
    try {
      const { data } = await client.query({
        query: FindRequestByNumberDocument,
        variables: { number },
        fetchPolicy: 'network-only',
      });
      const found = data?.requestByNumber;
      if (found) {
        setValue('');
        await navigate(`/requests/${found.id}`);
      } else setProblem(t('staffSearch.notFound', { number: isolate(number.toUpperCase()) }));
    } catch (error) {
      setProblem(describeError(error, t).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="request-search"
      role="search"
      // Request numbers are Latin, left to right, whatever the page's direction: the box is too.
      dir="ltr"
      onSubmit={(event) => void onSubmit(event)}
      data-testid="request-search"
    >
      <label className="visually-hidden" htmlFor={`${id}-number`}>
        {t('staffSearch.label')}
      </label>
      <input
        id={`${id}-number`}
        className="request-search__input"
        type="search"
        dir="ltr"
        autoComplete="off"
        spellCheck={false}
        placeholder={t('staffSearch.placeholder')}
        value={value}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-problem` : undefined}
        onChange={(event) => {
          setValue(event.target.value);
          setProblem(null);
        }}
      />
      <button
        type="submit"
        className="request-search__button"
        aria-label={t('staffSearch.submit')}
        disabled={busy}
      >
        <IconSearch size={16} />
      </button>
      {problem ? (
        <p className="request-search__problem" id={`${id}-problem`} role="alert" dir={i18n.dir()}>
          {problem}
        </p>
      ) : null}
    </form>
  );
}
