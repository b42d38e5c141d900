console.info('loading configuration');

export const handler = async () => 'ok';
