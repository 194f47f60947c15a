// The home page is a plain form: it needs no JavaScript at all.
export const csr = false;
