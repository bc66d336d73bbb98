interface NoticeProps {
  tone: 'error' | 'warning' | 'info';
  message: string;
  onDismiss?: () => void;
  /** A passing confirmation ("Revision saved."): it fades after a few seconds and is dismissed. Default false. */
  transient?: boolean;
  children?: React.ReactNode;
}

/** A message bar; errors are announced to screen readers as alerts. */
export function Notice({ tone, message, onDismiss, transient = false, children }: NoticeProps) {
  return (
    <div
      className={`notice notice-${tone}${transient ? ' notice-transient' : ''}`}
      role={tone === 'error' ? 'alert' : 'status'}
      // The fade is a CSS animation (styles.css): it ends once, and the notice goes with it.
      onAnimationEnd={transient ? (event) => event.target === event.currentTarget && onDismiss?.() : undefined}
    >
      <span className="notice-message">{message}</span>
      {children}
      {onDismiss && (
        <button type="button" className="notice-dismiss" onClick={onDismiss} aria-label="Dismiss message">
          ×
        </button>
      )}
    </div>
  );
}
