/**
 * Generated from openapi/openapi.json by openapi-typescript. Do not edit by hand:
 * run `npm run gen:api` at the repository root to regenerate it.
 */

export interface paths {
    "/api/v1/service": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The service's name, the local authority's name and the software version. */
        get: operations["get_service_info"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: answers while the process runs, whatever the database is doing. */
        get: operations["healthz"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: the database answers and its schema is up to date. */
        get: operations["readyz"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @enum {string} */
        DatabaseKind: "sqlite" | "postgresql";
        /** @description One invalid input field. */
        FieldError: {
            /** @description A stable machine-readable code, e.g. `required`. */
            code: string;
            /** @description The field's name as sent, e.g. `email` or `child.date_of_birth`. */
            field: string;
            /** @description What to do about it, in plain English. */
            message: string;
        };
        /** @description The process is up. */
        Health: {
            status: components["schemas"]["HealthStatus"];
        };
        /** @enum {string} */
        HealthStatus: "ok";
        /** @description RFC 9457 problem details. */
        Problem: {
            /** @description What went wrong this time, in plain English. */
            detail?: string | null;
            /** @description Each invalid field, for validation problems. */
            errors?: components["schemas"]["FieldError"][];
            /** @description The request id (also in the `X-Request-Id` header) to quote to support. */
            request_id?: string | null;
            /**
             * Format: int32
             * @description The HTTP status code.
             */
            status: number;
            /** @description Short, human-readable summary of the kind of problem. */
            title: string;
            /** @description A URI reference naming the kind of problem (`about:blank` for plain HTTP statuses). */
            type: string;
        };
        /** @description The service can serve requests: database reachable, migrations applied. */
        Readiness: {
            /** @description Which database backend is in use. */
            database: components["schemas"]["DatabaseKind"];
            status: components["schemas"]["ReadyStatus"];
        };
        /** @enum {string} */
        ReadyStatus: "ready";
        /** @description What the web app shows in its header and footer. */
        ServiceInfo: {
            /**
             * @description The local authority running this service.
             * @example Exampleshire County Council
             */
            la_name: string;
            /**
             * @description The service's name.
             * @example EHC hub
             */
            service_name: string;
            /**
             * @description The software version.
             * @example 0.1.0
             */
            version: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    get_service_info: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description About this service */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceInfo"];
                };
            };
        };
    };
    healthz: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The process is up */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
        };
    };
    readyz: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ready to serve */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Readiness"];
                };
            };
            /** @description Database unreachable or migrations pending */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
