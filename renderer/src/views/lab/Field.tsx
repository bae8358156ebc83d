import type { ReactNode } from 'react';

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
  children(props: FieldInputProps): ReactNode;
}

/** A labelled input with its hint and, when the contract rejected it, its problem. */
export function Field({ id, label, hint, problem, children }: FieldProps) {
  const described = [hint ? `${id}-hint` : '', problem ? `${id}-problem` : ''].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children({
        id,
        'aria-invalid': !!problem,
        'aria-describedby': described || undefined,
        autoComplete: 'off',
        spellCheck: false,
      })}
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      {problem && (
        <p id={`${id}-problem`} className="field-error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
