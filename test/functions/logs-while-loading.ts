/** Logs while its module loads, before the runtime has an invocation. */
console.log('loading', { step: 1 });

export const handler = async (): Promise<string> => 'loaded';
