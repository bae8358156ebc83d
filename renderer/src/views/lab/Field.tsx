import type { ReactNode } from 'react';
import controls from '../../styles/controls.module.css';
import notice from '../../styles/notice.module.css';

interface FieldInputProps {
  id: string;
  'aria-invalid': boolean;
  'aria-describedby': string | undefined;
  autoComplete: 'off';
  spellCheck: false;
}

export interface FieldProps {
  id: string;
  label: string;
  hint?: string;
  problem: string | undefined;
  /** Where the form places this field. */
  className?: string;
  children(props: FieldInputProps): ReactNode;
}

/** A labelled input with its hint and, when the contract rejected it, its problem. */
export function Field({ id, label, hint, problem, className, children }: FieldProps) {
  const described = [hint ? `${id}-hint` : '', problem ? `${id}-problem` : ''].filter(Boolean).join(' ');
  return (
    <div className={className ? `${controls.field} ${className}` : controls.field}>
      <label htmlFor={id}>{label}</label>
      {children({
        id,
        'aria-invalid': !!problem,
        'aria-describedby': described || undefined,
        autoComplete: 'off',
        spellCheck: false,
      })}
      {hint && (
        <p id={`${id}-hint`} className={notice.hint}>
          {hint}
        </p>
      )}
      {problem && (
        <p id={`${id}-problem`} className={notice.error} role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
