import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { IconX } from './icons.tsx';
import './Dialog.css';

export interface DialogProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  'data-testid'?: string;
}

/**
 * A modal dialog (render it only while open): focus moves in, Escape and the backdrop close it,
 * focus returns to where it was, Tab stays inside.
 */
export function Dialog({ title, onClose, children, 'data-testid': testId }: DialogProps) {
  const { t } = useTranslation();
  const titleId = `dialog${useId().replace(/:/g, '')}`;
  const panel = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    const first = panel.current?.querySelector<HTMLElement>(
      'textarea, input, select, button:not(.dialog__close)',
    );
    (first ?? panel.current)?.focus();
    return () => previous?.focus?.();
  }, []);

  return (
    <div className="dialog__backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div
        ref={panel}
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        tabIndex={-1}
        data-testid={testId}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.stopPropagation();
            onClose();
          }
          if (event.key === 'Tab' && panel.current) {
            const focusable = [
              ...panel.current.querySelectorAll<HTMLElement>(
                'a[href], button:not(:disabled), textarea, input, select',
              ),
            ];
            const first = focusable[0];
            const last = focusable[focusable.length - 1];
            if (event.shiftKey && document.activeElement === first) {
              event.preventDefault();
              last?.focus();
            } else if (!event.shiftKey && document.activeElement === last) {
              event.preventDefault();
              first?.focus();
            }
          }
        }}
      >
        <header className="dialog__header">
          <h2 className="dialog__title" id={titleId}>
            {title}
          </h2>
          <button type="button" className="dialog__close" aria-label={t('common.close')} onClick={onClose}>
            <IconX size={18} />
          </button>
        </header>
        <div className="dialog__body">{children}</div>
      </div>
    </div>
  );
}
