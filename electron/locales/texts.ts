/** The shape another language's texts must have: the English keys, each with a string. */
export type Texts<English> = { [K in keyof English]: English[K] extends string ? string : Texts<English[K]> };
