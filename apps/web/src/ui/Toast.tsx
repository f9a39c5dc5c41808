import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { useTranslation } from 'react-i18next';
import { IconAlert, IconCheck, IconInbox, IconX } from './icons.tsx';
import './Toast.css';

export type ToastTone = 'info' | 'success' | 'danger';

export interface ToastInput {
  message: string;
  tone?: ToastTone;
}

interface ToastItem extends Required<ToastInput> {
  id: number;
}

interface ToastApi {
  show(toast: ToastInput): void;
}

const ToastContext = createContext<ToastApi | null>(null);

export function useToast(): ToastApi {
  const api = useContext(ToastContext);
  if (!api) throw new Error('useToast must be used inside <ToastProvider>');
  return api;
}

const icons: Record<ToastTone, ReactNode> = {
  info: <IconInbox size={18} />,
  success: <IconCheck size={18} />,
  danger: <IconAlert size={18} />,
};

/** Short notifications in a polite live region at the end edge of the screen; they dismiss themselves. */
export function ToastProvider({ children, duration = 6000 }: { children: ReactNode; duration?: number }) {
  const { t } = useTranslation();
  const [toasts, setToasts] = useState<ToastItem[]>([]);
  const nextId = useRef(1);
  const timers = useRef(new Map<number, ReturnType<typeof setTimeout>>());

  const dismiss = useCallback((id: number) => {
    setToasts((list) => list.filter((toast) => toast.id !== id));
    const timer = timers.current.get(id);
    if (timer) clearTimeout(timer);
    timers.current.delete(id);
  }, []);

  const show = useCallback(
    ({ message, tone = 'info' }: ToastInput) => {
      const id = nextId.current++;
      // Keep the stack short: the oldest goes when a fifth arrives.
      setToasts((list) => [...list.slice(-3), { id, message, tone }]);
      timers.current.set(
        id,
        setTimeout(() => dismiss(id), duration),
      );
    },
    [dismiss, duration],
  );

  useEffect(() => {
    const pending = timers.current;
    return () => pending.forEach((timer) => clearTimeout(timer));
  }, []);

  const api = useMemo(() => ({ show }), [show]);

  return (
    <ToastContext.Provider value={api}>
      {children}
      <section className="toast-viewport" aria-label={t('common.notifications')}>
        <ol className="toast-list" aria-live="polite" aria-relevant="additions">
          {toasts.map((toast) => (
            <li key={toast.id} className={`toast toast--${toast.tone}`} data-testid="toast">
              <span className="toast__icon">{icons[toast.tone]}</span>
              <p className="toast__message">{toast.message}</p>
              <button
                type="button"
                className="toast__close"
                aria-label={t('common.dismiss')}
                onClick={() => dismiss(toast.id)}
              >
                <IconX size={16} />
              </button>
            </li>
          ))}
        </ol>
      </section>
    </ToastContext.Provider>
  );
}
