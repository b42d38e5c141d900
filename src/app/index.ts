export type { AppOptions } from './app-options.js';
export { App, type AppHandler, createApp, createHandler } from './create-app.js';
