import fc from 'fast-check';

// The seed the global setup chose and printed (see property-seed.global.ts).
fc.configureGlobal({ seed: Number(process.env.FC_SEED) });
