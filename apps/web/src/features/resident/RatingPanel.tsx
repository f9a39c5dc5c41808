import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { RateRequestDocument, type ResidentRequestDetailFragment } from '../../gql/resident/graphql.ts';
import { describeError, validationMessage } from '../../lib/errors.ts';
import { useFormat } from '../../lib/format.ts';
import { Button, Card, FormAlert, TextArea, useToast } from '../../ui/index.ts';

const scale = [1, 2, 3, 4, 5] as const;

function Stars({ value }: { value: number }) {
  return (
    <span className="stars" aria-hidden="true">
      {scale.map((n) => (
        <span key={n} className={n <= value ? 'stars__star stars__star--on' : 'stars__star'}>
          ★
        </span>
      ))}
    </span>
  );
}

/** After closing: a 1–5 star rating (a radio group) with a comment, once; then the rating given. */
export function RatingPanel({ request }: { request: ResidentRequestDetailFragment }) {
  const { t } = useTranslation();
  const format = useFormat();
  const toast = useToast();
  const [rating, setRating] = useState(0);
  const [hover, setHover] = useState(0);
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);
  const [rate, { loading }] = useMutation(RateRequestDocument);

  if (request.rating != null) {
    return (
      <Card title={t('resident.detail.yourRating')} data-testid="rating-given" data-rating={request.rating}>
        <div className="rating__given">
          <Stars value={request.rating} />
          <span className="visually-hidden">
            {t('request.ratingValue', { rating: format.number(request.rating) })}
          </span>
          {request.ratingComment ? (
            <blockquote className="timeline__comment" dir="auto">
              {request.ratingComment}
            </blockquote>
          ) : null}
        </div>
      </Card>
    );
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    if (rating < 1) {
      setMissing(true);
      return;
    }
    try {
      await rate({
        variables: { input: { requestId: request.id, rating, comment: comment.trim() || null } },
      });
      toast.show({ tone: 'success', message: t('resident.detail.rated') });
    } catch (caught) {
      setError(describeError(caught, t).message);
    }
  };

  return (
    <Card title={t('resident.detail.rateTitle')}>
      <form className="rating" data-testid="rating-form" noValidate onSubmit={(e) => void submit(e)}>
        {error ? <FormAlert>{error}</FormAlert> : null}
        <p className="resident-actions__text">{t('resident.detail.rateIntro')}</p>
        <fieldset className="stars" onMouseLeave={() => setHover(0)}>
          <legend className="field__label">{t('resident.detail.stars')}</legend>
          {scale.map((n) => (
            <label key={n} className="stars__option" onMouseEnter={() => setHover(n)}>
              <input
                type="radio"
                name="rating"
                className="stars__input"
                value={n}
                checked={rating === n}
                aria-invalid={missing ? true : undefined}
                onChange={() => {
                  setRating(n);
                  setMissing(false);
                }}
              />
              <span
                className={n <= (hover || rating) ? 'stars__star stars__star--on' : 'stars__star'}
                aria-hidden="true"
              >
                ★
              </span>
              <span className="visually-hidden">
                {t('request.ratingValue', { rating: format.number(n) })}
              </span>
            </label>
          ))}
        </fieldset>
        {missing ? (
          <p className="field__error" role="alert">
            <span>{validationMessage('required', t)}</span>
          </p>
        ) : null}
        <TextArea
          label={t('resident.detail.rateComment')}
          optional
          rows={3}
          maxLength={2000}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
        />
        <div>
          <Button type="submit" loading={loading}>
            {t('resident.detail.rateSubmit')}
          </Button>
        </div>
      </form>
    </Card>
  );
}
