import { z } from 'zod';

// The Content-Security-Policy forbids eval. Unless told otherwise, zod probes `new Function`
// whenever an object schema is created, and the browser reports each probe as a CSP violation.
// Schemas are created when their modules load, so main.tsx imports this module first.
z.config({ jitless: true });
