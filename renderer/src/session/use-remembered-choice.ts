import { useState } from 'react';
import { pageStorage, rememberChoice, rememberedChoice } from './remembered-choice';

/** useState for a choice that survives a reload and is shared with new tabs. */
export function useRememberedChoice<T extends string>(
  key: string,
  allowed: readonly T[],
  fallback: T,
): [T, (choice: T) => void] {
  const [choice, setChoice] = useState(() => rememberedChoice(pageStorage(), key, allowed, fallback));
  const choose = (next: T) => {
    rememberChoice(pageStorage(), key, next);
    setChoice(next);
  };
  return [choice, choose];
}
