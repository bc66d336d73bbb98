interface NoticeProps {
  tone: 'error' | 'warning' | 'info';
  message: string;
  onDismiss?: () => void;
  children?: React.ReactNode;
}

/** A message bar; errors are announced to screen readers as alerts. */
export function Notice({ tone, message, onDismiss, children }: NoticeProps) {
  return (
    <div className={`notice notice-${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
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
