import 'reflect-metadata';

export type { ClassType } from './class-type.js';
export { Controller, type ControllerOptions, controllerOf } from './controller.js';
export { Ctx, Event, Record } from './event-params.js';
export { type BatchSpec, EventSource, type EventSourceSpec, eventSourceOf } from './event-source.js';
export {
  Extension,
  type ExtensionEvent,
  type ExtensionOptions,
  type ExtensionRegistration,
  extensionOf,
} from './extension.js';
export { Handler, type HandlerOptions, handlersOf } from './handler.js';
export { Http, type HttpRouteSpec, httpRoutesOf } from './http.js';
export { Body, Cookie, Header, type HttpParamOptions, Param, Query, Req } from './http-params.js';
export { Inject, Injectable, type Token } from './injectable.js';
export {
  OnLogs,
  OnTelemetry,
  type TelemetryBuffering,
  type TelemetryStream,
  type TelemetrySubscription,
  type TelemetrySubscriptionOptions,
  telemetrySubscriptionsOf,
} from './on-telemetry.js';
export { defineParam, type Invocation, type ParamResolver } from './params.js';
export { middlewareOf, UseMiddleware } from './use-middleware.js';
