import type { AttemptObserver } from '@loyalty-gateway/http-runtime';
import type { Plugin } from 'graphql-yoga';
import type { Step } from '../front-door/step.js';

/** A started tracing runtime (tracing/sdk.ts), as the gateway plugs it in. */
export interface Tracing {
  /** Front-door step: continues an incoming `traceparent` for everything the request does. */
  step: Step;
  /** Yoga plugin: a span per GraphQL operation (type, name, root fields, outcome, error codes). */
  plugin: Plugin;
  /** Vendor clients' observer: a client span per attempt, and its `traceparent` header. */
  observer: AttemptObserver;
  /** Exports every ended span now. */
  flush(): Promise<void>;
  /** Exports what is left and stops. */
  shutdown(): Promise<void>;
}
