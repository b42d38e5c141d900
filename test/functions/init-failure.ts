export {};

throw new Error('cannot connect to the database at init');
