/**
 * Generated from openapi/openapi.json by openapi-typescript. Do not edit by hand:
 * run `npm run gen:api` at the repository root to regenerate it.
 */

export interface paths {
    "/api/v1/admin/failed-messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Messages that failed for good, for an administrator to follow up. */
        get: operations["list_failed_messages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/letter-templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every letter and the plan's front page, with default and current wording. */
        get: operations["list_letter_templates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/letter-templates/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change a letter's wording; it applies from the next letter printed. */
        put: operations["update_letter_template"];
        post?: never;
        /** Go back to a letter's default wording. */
        delete: operations["reset_letter_template"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/letter-templates/{key}/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** How wording will read, filled with example values (nothing is saved). */
        post: operations["preview_letter_template"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/letter-templates/{key}/preview/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The same preview as a PDF, laid out as the family would get it. */
        post: operations["preview_letter_template_pdf"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/mailbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The local mailbox: the newest messages, so invitations and codes can be read on a laptop. Administrators only; audited. */
        get: operations["list_mailbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/message-templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every message type with its default and current wording. */
        get: operations["list_message_templates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/message-templates/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change a message's wording; it applies from the next message. */
        put: operations["update_message_template"];
        post?: never;
        /** Go back to the default wording. */
        delete: operations["reset_message_template"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/message-templates/{key}/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** How wording will read, filled with example values (nothing is saved or sent). */
        post: operations["preview_message_template"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/advice-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The requests for advice you answer: sent to you, allocated to you, or sent to a
         *     team you manage (including those awaiting allocation).
         */
        get: operations["list_my_advice_requests"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/advice-requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One request for advice: who was asked, the LA's note, when it is due, where it stands. */
        get: operations["get_advice_request"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/advice-requests/{id}/allocation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Allocate a team's request to one or more of its members (the team's managers).
         *     Allocating again replaces the members; the due date does not move.
         */
        post: operations["allocate_advice_request"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/advice-requests/{id}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The documents attached to an advice response: for whoever may read that advice. */
        get: operations["list_advice_documents"];
        put?: never;
        /**
         * Attach a document to your advice while you are writing it (a report, an
         *     assessment). Others see it when they may see your advice.
         */
        post: operations["upload_advice_document"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/advice-requests/{id}/not-known": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Answer "not known to the service": closes the request (the team's manager, or the person asked). */
        post: operations["decline_advice_request"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/advice-requests/{id}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reopen submitted (or declined) advice so it can be corrected (co-ordinators,
         *     while the case is at assessment). The completed date becomes the date it is
         *     submitted again.
         */
        post: operations["reopen_advice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/advice-requests/{id}/response": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The answer to a request: your own draft or submitted advice, or someone else's
         *     submitted advice once you have submitted yours. Drafts are seen only by those
         *     who hold the request.
         */
        get: operations["get_advice_response"];
        /**
         * Save a draft of the answer: anything may be missing, nothing is checked but
         *     length. Needs `If-Match` with the ETag from reading it; a stale one is 412
         *     and nothing is overwritten.
         */
        put: operations["save_advice_draft"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/advice-requests/{id}/response/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your own advice, draft or submitted, as a PDF to keep or print; or someone
         *     else's submitted advice once you may read it. Exactly who may download it is
         *     who may read `GET /advice-requests/{id}/response`: drafts only those who hold
         *     the request.
         */
        get: operations["download_advice_response_pdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/advice-requests/{id}/response/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit the saved answer. Every mandatory field must be there (the 422 names
         *     each one missing, and the draft is kept); then it cannot be changed unless
         *     the co-ordinator reopens it. Needs `If-Match`; a retry with the same
         *     `Idempotency-Key` gets the same answer and submits once.
         */
        post: operations["submit_advice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/advice-requests/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw an open request (co-ordinators): the adviser's access to the case goes with it. */
        post: operations["withdraw_advice_request"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-clients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The integration clients, newest first. */
        get: operations["list_api_clients"];
        put?: never;
        /** Create an integration client with scopes; the secret is returned once. */
        post: operations["create_api_client"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-clients/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke a client: its tokens are refused from its next call. */
        post: operations["revoke_api_client"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessment-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's requests: drafts and sent ones (settings), or those waiting to be registered (co-ordinators). */
        get: operations["list_assessment_requests"];
        put?: never;
        /** Start a draft request (settings) or record a received one (co-ordinators). */
        post: operations["create_assessment_request"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessment-requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One request: a draft for its authors; a submitted one for co-ordinators. */
        get: operations["get_assessment_request"];
        /** Save a draft (autosave): incomplete is fine; `If-Match` stops two authors overwriting each other. */
        put: operations["save_assessment_request"];
        post?: never;
        /** Delete a draft that is no longer needed. */
        delete: operations["delete_assessment_request"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessment-requests/{id}/co-authors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Invite a second author (e.g. the SENCo of a dual-registered child's other school). */
        post: operations["add_assessment_request_co_author"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessment-requests/{id}/co-authors/{person_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a co-author from a draft (its author), or stop being one (a co-author
         *     naming themself). They no longer see or change the draft.
         */
        delete: operations["remove_assessment_request_co_author"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessment-requests/{id}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The documents attached to a request for assessment: for its authors while a
         *     draft, then for those who see the case it becomes.
         */
        get: operations["list_request_documents"];
        put?: never;
        /** Attach a document to a draft request for assessment (its authors only). */
        post: operations["upload_request_document"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessment-requests/{id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A request for assessment as a PDF: a draft for its authors (marked as a
         *     draft on every page), a submitted one for those who may read it. Exactly who
         *     may download it is who may read `GET /assessment-requests/{id}`.
         */
        get: operations["download_assessment_request_pdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessment-requests/{id}/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Register a submitted request as a case with a reference; optionally allocate its co-ordinator. */
        post: operations["register_assessment_request"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessment-requests/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a draft to the local authority. Every mandatory field is checked and
         *     each missing one named; afterwards the authors see only its status.
         */
        post: operations["submit_assessment_request"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/invitations/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Registration: choose a password from an invitation link; setting up the second factor follows. */
        post: operations["accept_invitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/invitations/lookup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Look up an invitation link before choosing a password. */
        post: operations["get_invitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** "Forgot your password": the same answer whether or not an account exists. */
        post: operations["request_password_reset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-reset/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Choose a new password from a reset link. Every session of the account ends. */
        post: operations["complete_password_reset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/second-factor/authenticator-app": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Setting up an authenticator app, during sign-in, for an account without a second factor. */
        post: operations["begin_authenticator_app_setup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/second-factor/authenticator-app/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The first code from the app proves it works; the person is signed in and shown recovery codes once. */
        post: operations["confirm_authenticator_app"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/second-factor/text-message": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Setting up text messages, during sign-in: a code is sent to the phone. */
        post: operations["begin_text_message_setup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/second-factor/text-message/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The code from the first text proves the phone; the person is signed in and shown recovery codes once. */
        post: operations["confirm_text_message"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** When the session will end, without counting as activity (for the timeout warning). */
        get: operations["get_session"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/session/extend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** "Stay signed in": counts as activity and pushes the idle deadline back. */
        post: operations["extend_session"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sign-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Step one: email address and password. */
        post: operations["sign_in"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sign-in/code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Step two: the code from the authenticator app or text message. */
        post: operations["sign_in_with_code"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sign-in/recovery-code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Step two with a recovery code, when the phone or app is not to hand. */
        post: operations["sign_in_with_recovery_code"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sign-in/resend-code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** "Resend the text": a new code, throttled; the failure count is not reset. */
        post: operations["resend_sign_in_code"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sign-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out: the session ends at once on every replica and the browser is told to forget it. */
        post: operations["sign_out"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Client credentials: an integration client's id and secret for a bearer token that lives five minutes. */
        post: operations["issue_client_token"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A tray of cases: the caller's own by default. Co-ordinators also have "All
         *     cases" and "Unallocated", team managers "Team cases" and "Awaiting
         *     allocation", setting staff "Setting cases"; a family's own is "My children".
         *     Search, filters and order combine; pages follow by cursor.
         */
        get: operations["list_cases"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The case file's summary: stage bar, child, co-ordinator, next deadline. */
        get: operations["get_case"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/access": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who the case is granted to: family members, named people, settings. */
        get: operations["list_case_access"];
        put?: never;
        /** Grant the case to a family member, a named person or a setting (co-ordinators). */
        post: operations["grant_case_access"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/access/{kind}/{party_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Take the case away from someone (co-ordinators). They lose sight of it at once. */
        delete: operations["revoke_case_access"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/advice-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The requests for advice on a case that you may know about: all of them for a
         *     co-ordinator; for others their own, and other submitted advice once theirs is in.
         */
        get: operations["list_case_advice_requests"];
        put?: never;
        /** Send requests for advice: one to each person or team, sent today, each due six weeks later. */
        post: operations["create_advice_requests"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/child": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Correct the child's details (co-ordinators). The date of birth feeds the clock. */
        put: operations["update_case_child"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close a case outside the process, with the reason (co-ordinators). It can
         *     be reopened; its deadlines stop meanwhile.
         */
        post: operations["close_case"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/coordinator": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Allocate (or change) the case's co-ordinator. An unallocated case moves on to the decision whether to assess. */
        put: operations["allocate_case_coordinator"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/deadlines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every statutory deadline that applies to the case, with its legal source and days left. */
        get: operations["get_case_deadlines"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a decision: whether to assess, or whether to issue a plan (co-ordinators).
         *     "Not to" ends the pathway and records the family's right of appeal.
         */
        post: operations["record_case_decision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The case's own documents: the child's and parents' views and the evidence,
         *     with the request's documents once it is registered.
         */
        get: operations["list_case_documents"];
        put?: never;
        /**
         * Add a photo, video or document to the child's views, the parents' views or
         *     the case's evidence: the family, their setting or the co-ordinator (anyone
         *     but the family adding to views does so on their behalf, and it is recorded).
         *     The body is the file. PDF, DOCX, JPEG, PNG, GIF, WebP, HEIC, MP4, MOV, WebM.
         *     A co-ordinator sets the child's photo (`section=child_photo`: JPEG, PNG, GIF
         *     or WebP); the latest one shows in the child's details.
         */
        post: operations["upload_case_document"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/exceptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record an exception against the case's deadlines (co-ordinators). It never
         *     moves a statutory date; it says why a deadline was missed lawfully.
         */
        post: operations["record_case_exception"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/flags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set and clear a case's flags (co-ordinators). Each change goes on the
         *     timeline; looked-after is the child's own detail and changes there too.
         */
        put: operations["set_case_flags"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/letters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The letters sent to the family on the case, newest first (the family and
         *     co-ordinators).
         */
        get: operations["list_case_letters"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/letters/{letter_id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One letter as a PDF, with the LA's name, the case reference, the letter's
         *     date and "Page N of M" on every page.
         */
        get: operations["download_case_letter"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a note to the case's timeline: a draft that only you see, or with
         *     `"submit": true` added and submitted at once. Whoever may see the timeline
         *     adds notes; administrators do not.
         */
        post: operations["add_case_note"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The plan as you may see it: the draft (its author's, or shared), else the
         *     latest issued version. Co-ordinators also get the completeness panel, the
         *     provision flags and what stops issue.
         */
        get: operations["get_plan"];
        /**
         * Save the plan being written (autosave), under `If-Match`. Saves may be
         *     incomplete; text too long, ids repeated or links to nothing are refused
         *     with each field named. Section I stays blank until the family have the draft.
         */
        put: operations["save_plan"];
        /**
         * Start the draft plan (after the decision to issue), pre-populated from the
         *     submitted advice and the views; or, with an issued plan, start an amendment
         *     from it. Only its author sees it until it is shared. Editing the draft never
         *     changes the advice.
         */
        post: operations["start_plan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/plan/consultations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Consult a school or setting on being named in the plan (D6: an answer within
         *     15 days). The setting is given sight of the case to read the draft.
         */
        post: operations["consult_setting"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/plan/diff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What changed between two versions, section by section. */
        get: operations["diff_plan_versions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/plan/issue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Issue the final plan (D7), or the amended plan: its version is frozen with
         *     its issue date and the date of the next annual review (12 months). Section I
         *     must name the setting.
         */
        post: operations["issue_plan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/plan/representations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The family comment on a section of the shared draft, ask for a meeting, or
         *     name the school or setting they would like.
         */
        post: operations["add_plan_representation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/plan/share": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Share the draft with the family (it is served today: their 15 days for
         *     comments start, D5). An amendment is served as the notice of proposed
         *     amendments.
         */
        post: operations["share_plan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/plan/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every version of the plan you may see, oldest first: none (an empty list)
         *     before there is a plan you may see.
         */
        get: operations["list_plan_versions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/plan/versions/{version_no}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One version of the plan. */
        get: operations["get_plan_version"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/plan/versions/{version_no}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A version of the plan as a PDF, for whoever may see that version: the case
         *     reference, version and dates on every page, "Page N of M".
         */
        get: operations["download_plan_pdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reopen a case closed outside the process: it goes back to the stage it was
         *     closed at (co-ordinators).
         */
        post: operations["reopen_case"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Everything that happened on the case, newest first (the latest 200), with
         *     the text of each note; the reader's own draft notes come first.
         */
        get: operations["get_case_timeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/views": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The child's and the parents' views on the case. */
        get: operations["get_case_views"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/views/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Write the child's or the parents' views: the family, or a setting or the
         *     co-ordinator on their behalf (recorded as such). `If-Match` stops two people
         *     overwriting each other (`"0"` for the first writing).
         */
        put: operations["write_case_views"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What is known about one document. */
        get: operations["get_document"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/{id}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The file itself, as an attachment that never runs in this origin. */
        get: operations["download_document"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/{id}/redaction": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * An administrator redacts a document put where it should not be (the wrong
         *     child's report, say): the bytes go for good, the record and the reason stay,
         *     and the case's timeline says so. Nothing is ever deleted.
         */
        post: operations["redact_document"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/education-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Settings in name order, optionally only those whose name contains `q` or whose URN is `q`.
         *     Families may list them too, to name the school they would like in a draft plan.
         */
        get: operations["list_education_settings"];
        put?: never;
        /** Create an education setting. */
        post: operations["create_education_setting"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/education-settings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One education setting. */
        get: operations["get_education_setting"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a setting's name, URN or phase. Needs `If-Match` with the ETag from reading it. */
        patch: operations["update_education_setting"];
        trace?: never;
    };
    "/api/v1/education-settings/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The setting's staff, in name order. */
        get: operations["list_education_setting_members"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/education-settings/{id}/members/{user_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Add an education setting account (SENCo, headteacher) to a setting's staff, or change their title. */
        put: operations["put_education_setting_member"];
        post?: never;
        /** Take someone off a setting's staff. */
        delete: operations["remove_education_setting_member"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who is signed in. Counts as activity. */
        get: operations["get_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notification-preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How you get notifications. */
        get: operations["get_notification_preferences"];
        /** Choose whether notifications also come by email. Security messages always do. */
        put: operations["set_notification_preferences"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your notifications, newest first, a page at a time, with the unread count. */
        get: operations["list_my_notifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark all your notifications read. */
        post: operations["mark_all_notifications_read"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notifications/unread-count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * How many of your notifications are unread, for the header. Reading it is not
         *     activity: it does not put off the idle time-out.
         */
        get: operations["count_unread_notifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark one of your notifications read. */
        post: operations["mark_notification_read"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change your password: your other sessions end and you get an email saying so. */
        post: operations["change_password"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/second-factor/change": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change your second factor: after your password, the old one stops working and
         *     you set up a new one straight away (authenticator app or text messages).
         */
        post: operations["change_second_factor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A note: your own draft, or a submitted note on a timeline you may see. */
        get: operations["get_note"];
        /**
         * Change your draft note's text. Needs `If-Match` with its version; a stale
         *     one is 412 and nothing is overwritten. A submitted note never changes (409).
         */
        put: operations["update_note"];
        post?: never;
        /** Delete your draft note. A submitted note is never deleted (409). */
        delete: operations["delete_note"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notes/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit your draft note: it goes on the timeline of everyone who may see the
         *     case, and can no longer be changed or deleted. Needs `If-Match`, so what is
         *     submitted is what you last saw.
         */
        post: operations["submit_note"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/receipts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Delivery receipts from GOV.UK Notify, authenticated by our bearer token. Idempotent on the notification id. */
        post: operations["receive_delivery_receipt"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plan-consultations/{id}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A consulted setting answers: yes or no, with reasons (needed for "no"). */
        post: operations["answer_consultation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/assessment-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask for an EHC needs assessment without an account. The LA invites the sender to register. */
        post: operations["submit_public_assessment_request"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/assessment-requests/{id}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A family who asked without an account adds documents to their request (a
         *     report, a letter) with the token its receipt gave them, for 24 hours.
         */
        post: operations["upload_public_request_document"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
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
    "/api/v1/teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Teams in name order, optionally only those whose name contains `q`. */
        get: operations["list_teams"];
        put?: never;
        /** Create a team. */
        post: operations["create_team"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/teams/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One team. */
        get: operations["get_team"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a team's name, service or email. Needs `If-Match` with the ETag from reading it. */
        patch: operations["update_team"];
        trace?: never;
    };
    "/api/v1/teams/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The team's members, in name order. */
        get: operations["list_team_members"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/teams/{id}/members/{user_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Add a professional contributor to a team, or change whether they manage it. */
        put: operations["put_team_member"];
        post?: never;
        /** Take someone out of a team. */
        delete: operations["remove_team_member"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The combined list of accounts, in name order. */
        get: operations["list_users"];
        put?: never;
        /** Invite a person: the account is created as "invited" and an email with a link is queued. */
        post: operations["invite_user"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One account. */
        get: operations["get_user"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/reactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reactivate a suspended account. */
        post: operations["reactivate_user"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/resend-invitation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a new invitation link to someone who has not registered; the old link stops working. */
        post: operations["resend_invitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/reset-second-factor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reset an account's second factor: it is set up again at the next sign-in; sessions end. */
        post: operations["reset_second_factor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/suspend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Suspend an account: every session it has ends at once. */
        post: operations["suspend_user"];
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
        AccessGrant: {
            /** Format: date-time */
            granted_at: string;
            granted_by: components["schemas"]["Named"];
            /** @description A user id (family, person) or a setting id. */
            id: string;
            kind: components["schemas"]["PartyKind"];
            name: string;
        };
        AccessList: {
            items: components["schemas"]["AccessGrant"][];
        };
        /** @enum {string} */
        AccountStatus: "invited" | "active" | "suspended";
        AddCoAuthor: {
            /**
             * @description The other setting's SENCo or headteacher, who has an account.
             * @example jordan.reid@school.example.org
             */
            email: string;
        };
        /** @description What the caller may do with a request now, so screens offer only that. */
        AdviceActions: {
            /** @description Allocate a team's request to members. */
            allocate: boolean;
            /** @description Answer "not known to the service". */
            decline: boolean;
            /** @description Save a draft of the answer. */
            edit: boolean;
            /** @description Read the answer (a draft only its holders see; submitted advice as the rules allow). */
            read_response: boolean;
            /** @description Reopen submitted advice (co-ordinators, case at assessment). */
            reopen: boolean;
            submit: boolean;
            /** @description Withdraw an open request (co-ordinators). */
            withdraw: boolean;
        };
        AdviceAppendixDoc: {
            advice_request_id: string;
            author: string;
            from: string;
            /** Format: date */
            submitted_on?: string | null;
        };
        /**
         * @description The advice template. A draft may leave anything out; submitting needs every
         *     mandatory field, and the 422 names each one missing.
         */
        AdviceContentBody: {
            /**
             * @default {
             *       "cognition_and_learning": {
             *         "needs": "",
             *         "outcomes": [],
             *         "strengths": ""
             *       },
             *       "communication_and_interaction": {
             *         "needs": "",
             *         "outcomes": [],
             *         "strengths": ""
             *       },
             *       "health": {
             *         "needs": "",
             *         "outcomes": [],
             *         "strengths": ""
             *       },
             *       "sensory_and_physical": {
             *         "needs": "",
             *         "outcomes": [],
             *         "strengths": ""
             *       },
             *       "social_care": {
             *         "needs": "",
             *         "outcomes": [],
             *         "strengths": ""
             *       },
             *       "social_emotional_and_mental_health": {
             *         "needs": "",
             *         "outcomes": [],
             *         "strengths": ""
             *       }
             *     }
             */
            areas: components["schemas"]["AreasBody"];
            /**
             * @default {
             *       "discussions_with_child": "",
             *       "discussions_with_parents": "",
             *       "effect_of_support": "",
             *       "first_contact": "",
             *       "support_in_place": ""
             *     }
             */
            background: components["schemas"]["BackgroundBody"];
            /** @default null */
            on_behalf_of: null | components["schemas"]["OnBehalfOfBody"];
            /** @default null */
            will_provide: null | components["schemas"]["WillProvideAnswer"];
            /**
             * @description The details of that answer (the reason, for "No - other").
             * @default
             */
            will_provide_details: string;
        };
        /** @description One request for advice. */
        AdviceRequestBody: {
            /** @description Team members the request is allocated to. */
            allocated_to: components["schemas"]["PersonRef"][];
            case_id: string;
            /** @example EHC-2026-000042 */
            case_ref: string;
            /**
             * Format: date
             * @description Submitted or declined on; a resubmission replaces it.
             */
            completed_on?: string | null;
            /** @description Why it was answered "not known to the service". */
            declined_note?: string | null;
            /**
             * Format: date
             * @description The last day for the advice (D2: six weeks from `sent_on`, whoever answers it).
             */
            due_on: string;
            id: string;
            kind: components["schemas"]["RequestKindName"];
            /** @description The LA's note to the adviser. */
            note: string;
            /** @description Still open and past `due_on`. */
            overdue: boolean;
            recipient: components["schemas"]["RecipientBody"];
            requested_by: components["schemas"]["PersonRef"];
            /** Format: date */
            sent_on: string;
            state: components["schemas"]["AdviceStateName"];
            /** @description The state in words, e.g. "Awaiting allocation". */
            state_label: string;
            /** @description For a manager of the team asked: the members it may be allocated to. */
            team_members?: components["schemas"]["PersonRef"][] | null;
            /**
             * Format: int64
             * @description The answer's version: the ETag of its response.
             */
            version: number;
            you_may: components["schemas"]["AdviceActions"];
        };
        /** @description The answer to a request for advice, as saved or submitted. */
        AdviceResponseBody: {
            answered_by?: null | components["schemas"]["PersonRef"];
            case_id: string;
            /** @example EHC-2026-000042 */
            case_ref: string;
            /** Format: date */
            completed_on?: string | null;
            content: components["schemas"]["AdviceContentBody"];
            /** @description Why it was answered "not known to the service". */
            declined_note?: string | null;
            request_id: string;
            state: components["schemas"]["AdviceStateName"];
            state_label: string;
            /**
             * Format: int64
             * @description Also the ETag: send it back in If-Match to save or submit.
             */
            version: number;
        };
        /**
         * @description Where a request stands.
         * @enum {string}
         */
        AdviceStateName: "pending" | "awaiting_allocation" | "allocated" | "in_progress" | "submitted" | "declined" | "reopened" | "withdrawn";
        /** @description Team members to answer a team's request. */
        AllocationRequest: {
            /** @description Account ids of members of the team the request was sent to (at least one). */
            members: string[];
        };
        /** @description The authenticator app's key, as text and as a QR code drawn on this server. */
        AppSetupResponse: {
            /**
             * @description The key to type into the app, in groups of four.
             * @example JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP
             */
            key: string;
            /** @description The `otpauth://` link the QR code holds. */
            otpauth_uri: string;
            /** @description An SVG data URI of the QR code. */
            qr_code: string;
        };
        /** @description One area of need; left empty it means "not an area of need". */
        AreaBody: {
            /** @default  */
            needs: string;
            /** @default [] */
            outcomes: components["schemas"]["OutcomeBody"][];
            /** @default  */
            strengths: string;
        };
        /** @description The six areas of need. */
        AreasBody: {
            /**
             * @default {
             *       "needs": "",
             *       "outcomes": [],
             *       "strengths": ""
             *     }
             */
            cognition_and_learning: components["schemas"]["AreaBody"];
            /**
             * @default {
             *       "needs": "",
             *       "outcomes": [],
             *       "strengths": ""
             *     }
             */
            communication_and_interaction: components["schemas"]["AreaBody"];
            /**
             * @default {
             *       "needs": "",
             *       "outcomes": [],
             *       "strengths": ""
             *     }
             */
            health: components["schemas"]["AreaBody"];
            /**
             * @default {
             *       "needs": "",
             *       "outcomes": [],
             *       "strengths": ""
             *     }
             */
            sensory_and_physical: components["schemas"]["AreaBody"];
            /**
             * @default {
             *       "needs": "",
             *       "outcomes": [],
             *       "strengths": ""
             *     }
             */
            social_care: components["schemas"]["AreaBody"];
            /**
             * @default {
             *       "needs": "",
             *       "outcomes": [],
             *       "strengths": ""
             *     }
             */
            social_emotional_and_mental_health: components["schemas"]["AreaBody"];
        };
        /**
         * @description A request for assessment in full (for its authors while a draft, for
         *     co-ordinators after).
         */
        AssessmentRequestBody: {
            author?: null | components["schemas"]["Named"];
            /** @description The case it was registered as. */
            case_id?: string | null;
            co_authors: components["schemas"]["Named"][];
            content: components["schemas"]["RequestContentBody"];
            /**
             * Format: date
             * @description When the LA must decide whether to assess (D1), once received.
             */
            decision_due_on?: string | null;
            id: string;
            /**
             * Format: date
             * @description The day the LA received it: the statutory clock runs from here.
             */
            received_on?: string | null;
            received_via?: null | components["schemas"]["ReceivedViaName"];
            route: components["schemas"]["RequestRouteName"];
            setting?: null | components["schemas"]["Named"];
            /** @description The school, college or nursery it comes from (a SENCo who works in two chooses one). */
            setting_id?: string | null;
            status: components["schemas"]["RequestStatusName"];
            /** @example Draft */
            status_label: string;
            /** Format: date-time */
            submitted_at?: string | null;
            /** Format: date-time */
            updated_at: string;
            /**
             * Format: int64
             * @description Send back in `If-Match` (as `"<version>"`) when saving.
             */
            version: number;
        };
        /**
         * @description The requests the caller has to do with: their drafts and the ones they sent
         *     (settings), or those waiting to be registered (co-ordinators).
         */
        AssessmentRequestList: {
            drafts: components["schemas"]["AssessmentRequestSummary"][];
            sent: components["schemas"]["AssessmentRequestSummary"][];
            waiting: components["schemas"]["AssessmentRequestSummary"][];
        };
        /** @description One line of a list of requests. */
        AssessmentRequestSummary: {
            /** @description The child's name as the request gives it (its authors, co-ordinators). */
            child_name: string;
            /** Format: date */
            decision_due_on?: string | null;
            id: string;
            /** Format: date */
            received_on?: string | null;
            received_via?: null | components["schemas"]["ReceivedViaName"];
            route: components["schemas"]["RequestRouteName"];
            status: components["schemas"]["RequestStatusName"];
            status_label: string;
            /** Format: date-time */
            updated_at: string;
        };
        /** @description The five background questions; the first, fourth and fifth are needed to submit. */
        BackgroundBody: {
            /**
             * @description Discussions held with the child or young person (if relevant).
             * @default
             */
            discussions_with_child: string;
            /**
             * @description Discussions held with the parents or carers (if relevant).
             * @default
             */
            discussions_with_parents: string;
            /**
             * @description The effect of that support (needed to submit).
             * @default
             */
            effect_of_support: string;
            /**
             * @description When the child or young person first came into contact with the organisation (needed to submit).
             * @default
             */
            first_contact: string;
            /**
             * @description What the organisation has already put in place (needed to submit).
             * @default
             */
            support_in_place: string;
        };
        /** @description Requests for advice on one case. */
        CaseAdviceRequests: {
            case_id: string;
            /** @example EHC-2026-000042 */
            case_ref: string;
            /** @description In the order they were sent. */
            items: components["schemas"]["AdviceRequestBody"][];
        };
        /** @description The child a case is about. Correctable by a co-ordinator. */
        CaseChild: {
            /** Format: date */
            born_on?: string | null;
            family_name: string;
            given_names: string;
            looked_after: boolean;
            parental_responsibility: string;
            photo?: null | components["schemas"]["DocumentBody"];
            preferred_language: string;
            setting?: null | components["schemas"]["Named"];
            /**
             * Format: int64
             * @description Send back in `If-Match` (as `"<version>"`) when correcting the details.
             */
            version: number;
            /**
             * @description The school year group for their age in England, today: "Reception",
             *     "Year 4", "Early years (before Reception)"...; null when the date of birth is not known.
             * @example Year 4
             */
            year_group?: string | null;
        };
        CaseDeadlines: {
            case_id: string;
            /** @example EHC-2026-000042 */
            case_ref: string;
            items: components["schemas"]["DeadlineView"][];
            /**
             * Format: date
             * @description The day the figures are counted from (England).
             */
            today: string;
        };
        /** @description A flag on a case. */
        CaseFlag: {
            /** @example safeguarding */
            flag: string;
            /** @example Safeguarding */
            label: string;
        };
        /** @description One case in a tray. */
        CaseListItem: {
            /** @example EHC-2026-000042 */
            case_ref: string;
            /** @description The child's name; empty where the case has no child recorded. */
            child_name: string;
            /** @description `mediation`, `tribunal`, `safeguarding`, `eotas`, `looked_after`, `neet`. */
            flags: string[];
            id: string;
            next_deadline?: null | components["schemas"]["TrayDeadline"];
            /**
             * Format: date
             * @description The day the LA received the request.
             */
            request_received_on?: string | null;
            stage: string;
            stage_label: string;
            /** Format: date-time */
            updated_at: string;
        };
        CasePage: {
            items: components["schemas"]["CaseListItem"][];
            /** @description Pass as `cursor` for the next page; absent on the last. */
            next_cursor?: string | null;
            /** @description The tray shown. */
            tray: components["schemas"]["TrayLink"];
            /** @description Every tray the caller has, the one to land on first. */
            trays: components["schemas"]["TrayLink"][];
        };
        /** @description The case file's summary. */
        CaseSummary: {
            /** @example EHC-2026-000042 */
            case_ref: string;
            child?: null | components["schemas"]["CaseChild"];
            coordinator?: null | components["schemas"]["Named"];
            /** @description The flags a co-ordinator has set, shown in trays. */
            flags: components["schemas"]["CaseFlag"][];
            id: string;
            next_deadline?: null | components["schemas"]["NextDeadline"];
            /**
             * Format: date
             * @description The day the LA received the request: the 20 weeks run from here.
             */
            request_received_on?: string | null;
            /** @example awaiting_assessment_decision */
            stage: string;
            stage_bar: components["schemas"]["StageStep"][];
            /** @example Waiting for the decision whether to assess */
            stage_label: string;
            what_next: components["schemas"]["WhatNext"];
        };
        CaseViews: {
            /** @description The child's views, then the parents'. */
            items: components["schemas"]["ViewsBody"][];
        };
        ChangePassword: {
            current_password: string;
            /** @description Checked against the LA's policy; problems come back per rule on `new_password`. */
            new_password: string;
        };
        /** @description The child or young person the request is about. */
        ChildBody: {
            /**
             * Format: date
             * @default null
             */
            born_on: string | null;
            /**
             * @default
             * @example Smith
             */
            family_name: string;
            /**
             * @default
             * @example Alex
             */
            given_names: string;
            /**
             * @description Looked after by the local authority.
             * @default false
             */
            looked_after: boolean;
            /**
             * @description Who has parental responsibility.
             * @default
             */
            parental_responsibility: string;
            /**
             * @description The language the child and family prefer, if not English.
             * @default
             */
            preferred_language: string;
        };
        /** @description Corrections to the child's details. */
        ChildCorrection: {
            /** Format: date */
            born_on: string;
            family_name: string;
            given_names: string;
            looked_after: boolean;
            parental_responsibility?: string;
            preferred_language?: string;
            setting_id?: string | null;
        };
        ClientList: {
            items: components["schemas"]["ClientSummary"][];
        };
        /** @description An integration client as administrators see it (never its secret). */
        ClientSummary: {
            /** Format: date-time */
            created_at: string;
            /** @description The client id, used with the secret to get tokens. */
            id: string;
            /** Format: date-time */
            last_used_at?: string | null;
            name: string;
            /** Format: date-time */
            revoked_at?: string | null;
            /**
             * @example [
             *       "cases:read"
             *     ]
             */
            scopes: string[];
        };
        /** @description Why a case is closed outside the statutory process. */
        CloseRequest: {
            /** @description The explanation, kept with the closure and on the timeline. */
            note: string;
            /** @description `request_withdrawn`, `moved_out_of_area`, `duplicate`, `entered_in_error`, `other`. */
            reason: string;
        };
        CodeRequest: {
            /**
             * @description The six-digit code.
             * @example 123456
             */
            code: string;
        };
        /** @description Where a text message went. */
        CodeSent: {
            /** @description The last three digits of the phone. */
            phone_ending: string;
        };
        ConsultationAnswerRequest: {
            /**
             * @description yes or no.
             * @example yes
             */
            answer: string;
            reasons?: string;
        };
        ConsultationBody: {
            /** @description yes, no, or absent while waiting. */
            answer?: string | null;
            /**
             * Format: date
             * @description The day the answer is asked for (D6, 15 days).
             */
            answer_due: string;
            /** Format: date-time */
            answered_at?: string | null;
            answered_by?: null | components["schemas"]["Named"];
            id: string;
            reasons: string;
            /** Format: date */
            sent_on: string;
            setting: components["schemas"]["Named"];
        };
        CoordinatorChoice: {
            user_id: string;
        };
        /**
         * @description Start a draft (a setting), or record a request that reached the LA by post,
         *     email or on paper (a co-ordinator).
         */
        CreateAssessmentRequest: {
            /**
             * @default {
             *       "child": {
             *         "born_on": null,
             *         "family_name": "",
             *         "given_names": "",
             *         "looked_after": false,
             *         "parental_responsibility": "",
             *         "preferred_language": ""
             *       },
             *       "child_views": "",
             *       "concerns": "",
             *       "parent": {
             *         "address": "",
             *         "email": "",
             *         "name": "",
             *         "phone": "",
             *         "relationship": ""
             *       },
             *       "parent_agrees": null,
             *       "parent_views": "",
             *       "support_so_far": ""
             *     }
             */
            content: components["schemas"]["RequestContentBody"];
            /**
             * Format: date
             * @description Co-ordinators only: the day the LA received it (the clock runs from here).
             * @default null
             */
            received_on: string | null;
            /** @default null */
            received_via: null | components["schemas"]["ReceivedViaName"];
            /**
             * @description The setting the request comes from; defaults to the author's only setting.
             * @default null
             */
            setting_id: string | null;
        };
        /** @enum {string} */
        DatabaseKind: "sqlite" | "postgresql";
        /** @enum {string} */
        DeadlineState: "met" | "pending" | "overdue" | "window_closed" | "no_longer_applies";
        /** @description One statutory deadline of a case, with why it falls when it does. */
        DeadlineView: {
            /** @description A target from guidance rather than a legal duty. */
            advisory: boolean;
            /** @description What the deadline counts from, in plain English. */
            anchor: string;
            /** Format: date */
            anchor_on: string;
            /**
             * Format: int64
             * @description Days from today to the last day; negative once overdue.
             */
            days_left: number;
            /**
             * Format: date
             * @description The statutory last day. An exception never moves it.
             */
            due: string;
            /** @description The exception recorded against this deadline, if one applies, e.g. `10(4)(c)`. */
            exception_code?: string | null;
            /** @description What the exception means, in plain English. */
            exception_reason?: string | null;
            /**
             * @description The deadline's number in the statutory rules, e.g. `D1`.
             * @example D1
             */
            id: string;
            /** Format: date */
            met_on?: string | null;
            /** @description What must happen, in plain English. */
            name: string;
            /**
             * @description The law or guidance that sets the deadline.
             * @example SEND Regulations 2014, reg 5(4)
             */
            source: string;
            status: components["schemas"]["DeadlineState"];
            /** @description One sentence for people: "Decision whether to assess is due by 13 October 2025 (in 41 days)". */
            summary: string;
        };
        /**
         * @description The LA's decisions on the pathway.
         * @enum {string}
         */
        DecisionKind: "assess" | "not_to_assess" | "assess_overturned" | "issue" | "not_to_issue" | "issue_overturned";
        DecisionRequest: {
            /**
             * Format: date
             * @description The day the decision was notified to the family; defaults to today.
             */
            decided_on?: string | null;
            decision: components["schemas"]["DecisionKind"];
            /** @description Why; required for a decision not to assess or not to issue. */
            reasons?: string;
        };
        /** @description A delivery receipt as GOV.UK Notify posts it. Fields we do not use are allowed. */
        DeliveryReceipt: {
            /** @description Notify's id of the notification. */
            id: string;
            reference?: string | null;
            /** @description `delivered`, `permanent-failure`, `temporary-failure` or `technical-failure`. */
            status: string;
        };
        /**
         * @description One document: what it is and who added it. The bytes are at `content_url`
         *     (absent once redacted).
         */
        DocumentBody: {
            advice_request_id?: string | null;
            assessment_request_id?: string | null;
            /** Format: int64 */
            byte_size: number;
            case_id?: string | null;
            content_url?: string | null;
            /**
             * @description The name it was uploaded with (display only).
             * @example speech-therapy-report.pdf
             */
            file_name: string;
            id: string;
            kind: components["schemas"]["DocumentKindName"];
            /**
             * @description Read from the file's bytes, not from the uploader's claim.
             * @example application/pdf
             */
            media_type: string;
            /** @description Added by a setting or the co-ordinator on the family's behalf. */
            on_behalf: boolean;
            redaction?: null | components["schemas"]["RedactionBody"];
            section: components["schemas"]["DocumentSection"];
            /** @description SHA-256 of the bytes, lower-case hex. */
            sha256: string;
            /** Format: date-time */
            uploaded_at: string;
            uploaded_by?: null | components["schemas"]["Named"];
        };
        /** @enum {string} */
        DocumentKindName: "document" | "image" | "video";
        DocumentList: {
            /** @description Oldest first. */
            items: components["schemas"]["DocumentBody"][];
        };
        /**
         * @description What a document is attached to.
         * @enum {string}
         */
        DocumentSection: "child_views" | "parent_views" | "evidence" | "advice" | "request" | "child_photo";
        ExceptionRequest: {
            /** @description For an 8(2) exception: the one request for advice it excuses. */
            advice_request_id?: string | null;
            /**
             * @description The regulation that allows it: `10(4)(a)`-`10(4)(d)` for the 20 weeks,
             *     `8(2)(a)`-`8(2)(c)` for advice.
             * @example 10(4)(c)
             */
            code: string;
            /**
             * Format: date
             * @description When the circumstance began.
             */
            from: string;
            /** @description The explanation and evidence, told to the family. */
            note: string;
            /**
             * Format: date
             * @description When it ended, if it has.
             */
            to?: string | null;
        };
        /** @description One invalid input field. */
        FieldError: {
            /** @description A stable machine-readable code, e.g. `required`. */
            code: string;
            /** @description The field's name as sent, e.g. `email` or `child.date_of_birth`. */
            field: string;
            /** @description What to do about it, in plain English. */
            message: string;
        };
        /** @description The flags a case should carry: exactly these. */
        FlagsRequest: {
            /** @description `mediation`, `tribunal`, `safeguarding`, `eotas`, `looked_after`, `neet`. */
            flags: string[];
        };
        GrantRequest: {
            /** @description A user id (family: a family account; person: a setting's member of staff) or a setting id. */
            id: string;
            kind: components["schemas"]["PartyKind"];
        };
        /** @description The process is up. */
        Health: {
            status: components["schemas"]["HealthStatus"];
        };
        /** @enum {string} */
        HealthStatus: "ok";
        /** @description Who an invitation is for, to greet them. */
        InvitationDetails: {
            display_name: string;
            email: string;
            la_name: string;
            role_label: string;
        };
        InviteRequest: {
            /** @example Sam Patel */
            display_name: string;
            /** @example sam.patel@school.example.org */
            email: string;
            /** @description Fixed for the life of the account. */
            role: components["schemas"]["RoleName"];
            /**
             * @description The education setting they work at: only for the `setting` role, and
             *     only an administrator may send it.
             */
            setting_id?: string | null;
            /**
             * @description Their job title at `setting_id` ("SENCo", "Headteacher" or another);
             *     needed with it.
             * @example SENCo
             */
            setting_title?: string | null;
            /**
             * @description Teams they join: only for the `contributor` role, each team once, and
             *     only an administrator may send them.
             */
            teams?: components["schemas"]["InviteTeam"][];
        };
        /** @description A team an invited contributor joins. */
        InviteTeam: {
            /** @description Flag them as one of the team's managers. */
            manager?: boolean;
            team_id: string;
        };
        ItemChangeBody: {
            after?: string | null;
            before?: string | null;
            /**
             * @description added, removed or changed.
             * @example changed
             */
            change: string;
            /** @example f1 */
            id: string;
        };
        LetterList: {
            /** @description Newest first. */
            items: components["schemas"]["LetterSummary"][];
        };
        /** @description A letter rendered with example values. */
        LetterPreview: {
            blocks: components["schemas"]["LetterPreviewBlock"][];
            title: string;
        };
        /** @description A heading, a paragraph (its line breaks kept) or a list. */
        LetterPreviewBlock: {
            /** @enum {string} */
            kind: "heading";
            text: string;
        } | {
            /** @enum {string} */
            kind: "paragraph";
            text: string;
        } | {
            items: string[];
            /** @enum {string} */
            kind: "bullets";
        };
        /** @description One letter on a case. */
        LetterSummary: {
            /**
             * Format: date
             * @description The letter's date: the day the decision was notified, or the plan issued.
             */
            dated: string;
            /** @description Names the letter in its download address. */
            id: string;
            /** @example decision_not_to_assess */
            kind: string;
            /** @example Decision not to assess */
            name: string;
            /**
             * Format: int32
             * @description The plan version a covering letter goes with.
             */
            plan_version?: number | null;
        };
        LetterTemplateList: {
            items: components["schemas"]["LetterTemplateView"][];
        };
        /** @description One letter (or the plan's front page) and its wording. */
        LetterTemplateView: {
            /** @description The LA has changed the wording from the default. */
            customised: boolean;
            default_wording: components["schemas"]["LetterWording"];
            /** @example decision_not_to_assess */
            key: string;
            /** @example Decision not to assess */
            name: string;
            /** @description The values its wording may use. */
            placeholders: string[];
            wording: components["schemas"]["LetterWording"];
        };
        LetterWording: {
            /**
             * @description With `((value))` where values go; a line starting `## ` is a heading, lines
             *     starting `- ` a list, and a blank line starts a new paragraph.
             */
            body: string;
            /** @description The letter's title, on its first page. */
            title: string;
        };
        /** @description A message as the mailbox shows it. */
        MailboxMessage: {
            /** Format: int32 */
            attempts: number;
            body: string;
            /** @description `email` or `sms`. */
            channel: string;
            /** Format: date-time */
            created_at: string;
            id: string;
            last_error?: string | null;
            recipient: string;
            /** @description `pending`, `sending`, `sent`, `delivered` or `failed_permanently`. */
            status: string;
            subject: string;
            template_key: string;
        };
        MailboxPage: {
            items: components["schemas"]["MailboxMessage"][];
        };
        /** @description The signed-in person. */
        Me: {
            display_name: string;
            email: string;
            id: string;
            role: components["schemas"]["RoleName"];
            /** @description The role in plain English, e.g. "Case co-ordinator". */
            role_label: string;
            session: components["schemas"]["SessionTimes"];
            /**
             * @description The education settings the person works in (SENCos, headteachers), by
             *     name; empty for everyone else. A request for assessment comes from one.
             */
            settings: components["schemas"]["Named"][];
        };
        /** @description One message type and its wording. */
        MessageTemplate: {
            /** @description Security messages go whatever a person's preferences say. */
            always_sent: boolean;
            /** @description `email` or `sms`. */
            channel: string;
            /** @description The LA has changed the wording from the default. */
            customised: boolean;
            default_wording: components["schemas"]["Wording"];
            /** @example advice_requested */
            key: string;
            /** @description The placeholders this message may use. */
            placeholders: string[];
            wording: components["schemas"]["Wording"];
        };
        /** @description Requests for advice a person answers. */
        MyAdviceRequests: {
            /** @description Open requests first (soonest due first), then answered ones (latest first). */
            items: components["schemas"]["AdviceRequestBody"][];
        };
        /** @description A person, by id and name. */
        Named: {
            id: string;
            name: string;
        };
        NeedDoc: {
            /**
             * @description The area of need of the advice it came from.
             * @example communication_and_interaction
             */
            area?: string | null;
            /** @example b1 */
            id: string;
            text: string;
        };
        /** @description Requests for advice to send today: one to each recipient, with the same note. */
        NewAdviceRequests: {
            /**
             * @description The LA's note to the advisers: what is asked, anything they should know.
             * @example Please focus on communication in the classroom.
             */
            note?: string;
            /** @description One request goes to each (1 to 50). */
            recipients: components["schemas"]["RecipientChoice"][];
        };
        NewClientRequest: {
            /** @example Case management system */
            name: string;
            /** @description Any of `cases:read`, `users:read`, `organisations:read`. */
            scopes: string[];
        };
        /** @description The new client with its secret, shown this once. */
        NewClientResponse: {
            client: components["schemas"]["ClientSummary"];
            /** @description Store it now: only a hash is kept. */
            client_secret: string;
        };
        NewConsultation: {
            setting_id: string;
        };
        /** @description A new note. */
        NewNoteRequest: {
            /** @description Submit it at once (it goes on everyone's timeline) rather than keep it as a draft. */
            submit?: boolean;
            /** @description 1 to 5000 characters (spaces at either end are dropped). */
            text: string;
        };
        /** @description What the family say about a shared draft. */
        NewRepresentation: {
            body?: string;
            /**
             * @description comment (on a section), meeting (ask for one) or preferred_setting.
             * @example comment
             */
            kind: string;
            /** @description For a comment: "a" ... "k". */
            section?: string | null;
            /** @description For a preferred setting. */
            setting_id?: string | null;
        };
        NewSettingRequest: {
            /** @example Riverside Primary School */
            name: string;
            phase: components["schemas"]["PhaseName"];
            /** @example 123456 */
            urn: string;
        };
        NewTeamRequest: {
            /** @example paediatrics@nhs.example.org */
            email: string;
            /** @example Community Paediatrics */
            name: string;
            service: components["schemas"]["ServiceName"];
        };
        /** @enum {string} */
        NextAction: "enter_code" | "set_up_second_factor";
        NextDeadline: {
            /** Format: date */
            due: string;
            /** @example D1 */
            id: string;
        };
        NextStep: {
            /** Format: int64 */
            days_left: number;
            /** @example D5 */
            deadline: string;
            /** Format: date */
            due: string;
            /** @description That an exception to this deadline is recorded, and why. */
            exception?: string | null;
            overdue: boolean;
            /** @example Your comments on the draft plan are due by 17 March 2027 (in 9 days). */
            sentence: string;
            who: components["schemas"]["NextStepWho"];
            /** @example You */
            who_label: string;
        };
        /** @enum {string} */
        NextStepWho: "you" | "local_authority" | "advisers" | "settings";
        /** @description "Not known to the service": closes the request. */
        NotKnownRequest: {
            /** @description Why the child or young person is not known to the service. */
            details: string;
        };
        /** @description A note on a case's timeline. */
        NoteBody: {
            author: components["schemas"]["Named"];
            case_id: string;
            /** Format: date-time */
            created_at: string;
            id: string;
            /**
             * Format: date-time
             * @description When it was submitted; null while it is a draft, which only its author sees.
             */
            submitted_at?: string | null;
            /** @example Spoke to Alex's mother: the school has agreed a reduced timetable. */
            text: string;
            /** Format: date-time */
            updated_at: string;
            /**
             * Format: int64
             * @description Also the ETag: send it back in `If-Match` (as `"<version>"`) to change or submit the draft.
             */
            version: number;
        };
        /** @description A draft's new text. */
        NoteTextRequest: {
            /** @description 1 to 5000 characters (spaces at either end are dropped). */
            text: string;
        };
        Notification: {
            body: string;
            /** Format: date-time */
            created_at: string;
            id: string;
            /** @description The message type, e.g. `case_deadline_approaching`. */
            kind: string;
            /** @description Where in the app it is about. */
            link?: string | null;
            read: boolean;
            subject: string;
        };
        NotificationList: {
            items: components["schemas"]["Notification"][];
            /** @description Pass as `cursor` for the next (older) page; absent on the last page. */
            next_cursor?: string | null;
            /**
             * Format: int64
             * @description For the count in the header.
             */
            unread_count: number;
        };
        NotificationPreferences: {
            /** @description Also send non-security notifications by email (they always appear in the app). */
            email: boolean;
        };
        /** @description Completing the template for someone else. */
        OnBehalfOfBody: {
            /** @default  */
            job_title: string;
            /** @default  */
            name: string;
        };
        OutcomeBody: {
            /** @default  */
            description: string;
            /** @default [] */
            pfa: components["schemas"]["PfaTypeName"][];
            /** @default [] */
            provisions: components["schemas"]["ProvisionBody"][];
            /** @default [] */
            steps: components["schemas"]["StepBody"][];
        };
        OutcomeDoc: {
            description: string;
            /** @example e1 */
            id: string;
            /** @description The needs (B, C, D) it addresses. */
            need_ids: string[];
            /** @description Preparing for Adulthood: employment, independent_living, community_inclusion, health. */
            pfa: string[];
            steps: components["schemas"]["StepDoc"][];
        };
        /** @description How to reach the parent or carer (or the young person). */
        ParentBody: {
            /** @default  */
            address: string;
            /** @default  */
            email: string;
            /** @default  */
            name: string;
            /** @default  */
            phone: string;
            /**
             * @description Mother, father, carer, the young person, advocate...
             * @default
             */
            relationship: string;
        };
        /**
         * @description Someone the case is granted to.
         * @enum {string}
         */
        PartyKind: "family" | "person" | "setting";
        PasswordWithToken: {
            /** @description The new password; the policy's problems come back per rule on field `password`. */
            password: string;
            token: string;
        };
        /** @description A person, by account id and name. */
        PersonRef: {
            name: string;
            user_id: string;
        };
        /**
         * @description Preparing-for-Adulthood outcome type.
         * @enum {string}
         */
        PfaTypeName: "employment" | "independent_living" | "community_inclusion" | "health";
        /**
         * @description A setting's phase of education.
         * @enum {string}
         */
        PhaseName: "early_years" | "primary" | "secondary" | "all_through" | "special" | "post_16" | "alternative_provision" | "other";
        PhoneRequest: {
            /**
             * @description A mobile number: UK numbers as usually written, others with their + code.
             * @example 07700 900982
             */
            phone: string;
        };
        PlacementDoc: {
            name: string;
            setting_id?: string | null;
        };
        /** @description One version of the plan. */
        PlanBody: {
            /** @description An amendment of an earlier version. */
            amendment: boolean;
            author: components["schemas"]["Named"];
            case_id: string;
            checks?: null | components["schemas"]["PlanChecks"];
            /**
             * Format: date
             * @description The day the family's comments close (D5), once shared.
             */
            comments_due?: string | null;
            consultations: components["schemas"]["ConsultationBody"][];
            content: components["schemas"]["PlanContentDoc"];
            id: string;
            /** Format: date */
            issued_on?: string | null;
            /**
             * Format: date
             * @description The annual review is due by this day (12 months after issue).
             */
            next_review_on?: string | null;
            representations: components["schemas"]["RepresentationBody"][];
            /**
             * Format: date
             * @description The day it went to the family.
             */
            shared_on?: string | null;
            status: components["schemas"]["PlanStatusName"];
            /** Format: date-time */
            updated_at: string;
            /**
             * Format: int64
             * @description Send back in `If-Match` (as `"<version>"`) when saving.
             */
            version: number;
            /**
             * Format: int32
             * @description 1 for the first plan; each amendment adds one.
             */
            version_no: number;
        };
        /** @description What the editor shows beside the draft. */
        PlanChecks: {
            /** @description Provision that is not specific and quantified. */
            flagged: components["schemas"]["PlanWarning"][];
            /** @description Golden-thread gaps: needs with no provision, outcomes with none, loose ends. */
            gaps: components["schemas"]["PlanWarning"][];
            /** @description What stops the final plan being issued now. */
            issue_blockers: string[];
        };
        /** @description Sections A to K. Every field may be left out of a save (it is then empty). */
        PlanContentDoc: {
            /** @description K: the advice gathered. */
            advice: components["schemas"]["AdviceAppendixDoc"][];
            /** @description H1: social care provision under s.2 CSDPA 1970. */
            csdpa_provision: components["schemas"]["ProvisionDoc"][];
            /** @description B: special educational needs. */
            education_needs: components["schemas"]["NeedDoc"][];
            /** @description F: special educational provision. */
            education_provision: components["schemas"]["ProvisionDoc"][];
            /** @description C: health needs. */
            health_needs: components["schemas"]["NeedDoc"][];
            /** @description G: health provision. */
            health_provision: components["schemas"]["ProvisionDoc"][];
            /** @description H2: other social care provision. */
            other_social_care_provision: components["schemas"]["ProvisionDoc"][];
            /** @description E: outcomes. */
            outcomes: components["schemas"]["OutcomeDoc"][];
            /** @description J: personal budget. */
            personal_budget: string;
            placement?: null | components["schemas"]["PlacementDoc"];
            /** @description D: social care needs. */
            social_care_needs: components["schemas"]["NeedDoc"][];
            /** @description A: views, interests and aspirations. */
            views: string;
        };
        PlanDiff: {
            /** Format: int32 */
            from: number;
            /** @description The sections that changed, in order; empty when none did. */
            sections: components["schemas"]["SectionDiffBody"][];
            /** Format: int32 */
            to: number;
        };
        /** @enum {string} */
        PlanStatusName: "draft" | "shared" | "final";
        /** @description A version in the list. */
        PlanVersionItem: {
            /** Format: date */
            issued_on?: string | null;
            /** Format: date */
            next_review_on?: string | null;
            status: components["schemas"]["PlanStatusName"];
            /** Format: int32 */
            version_no: number;
        };
        PlanVersions: {
            /** @description Oldest first; a version still being written shows only to those who may see it. */
            items: components["schemas"]["PlanVersionItem"][];
        };
        /** @description A gap in the golden thread, or a flagged provision, with the reason. */
        PlanWarning: {
            /**
             * @description The need, outcome or provision it is about.
             * @example f1
             */
            item_id: string;
            /** @example "access to" is vague: provision must be specific and quantified so it can be checked */
            message: string;
            /**
             * @description The section it is in ("b", "f"...).
             * @example f
             */
            section: string;
        };
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
        ProvisionBody: {
            /** @default  */
            description: string;
        };
        ProvisionDoc: {
            how_long: string;
            how_often: string;
            /** @example f1 */
            id: string;
            /** @description The outcomes (E) it serves. */
            outcome_ids: string[];
            what: string;
            who: string;
        };
        /** @description A parent's or young person's request, from the public form. */
        PublicAssessmentRequest: {
            /**
             * @default {
             *       "child": {
             *         "born_on": null,
             *         "family_name": "",
             *         "given_names": "",
             *         "looked_after": false,
             *         "parental_responsibility": "",
             *         "preferred_language": ""
             *       },
             *       "child_views": "",
             *       "concerns": "",
             *       "parent": {
             *         "address": "",
             *         "email": "",
             *         "name": "",
             *         "phone": "",
             *         "relationship": ""
             *       },
             *       "parent_agrees": null,
             *       "parent_views": "",
             *       "support_so_far": ""
             *     }
             */
            content: components["schemas"]["RequestContentBody"];
        };
        /** @description What the public form's sender is told. */
        PublicRequestReceipt: {
            /**
             * Format: date
             * @description The day by which the LA must tell you whether it will assess.
             */
            decision_due_on?: string | null;
            message: string;
            /** Format: date */
            received_on: string;
            /** @description Quote this if you contact the local authority about the request. */
            reference: string;
            /**
             * @description Send as `X-Upload-Token` to add documents to this request
             *     (`POST /api/v1/public/assessment-requests/{reference}/documents`) until
             *     `upload_token_expires_at`. Keep it private: it is the only key.
             */
            upload_token: string;
            /** Format: date-time */
            upload_token_expires_at: string;
        };
        /** @description The service can serve requests: database reachable, migrations applied. */
        Readiness: {
            /** @description Which database backend is in use. */
            database: components["schemas"]["DatabaseKind"];
            status: components["schemas"]["ReadyStatus"];
        };
        /** @enum {string} */
        ReadyStatus: "ready";
        Reauthenticate: {
            current_password: string;
        };
        /** @enum {string} */
        ReceivedViaName: "online" | "email" | "post" | "paper";
        /** @description Who was asked. */
        RecipientBody: {
            id: string;
            kind: components["schemas"]["RecipientKind"];
            /** @description The person's or the team's name. */
            name: string;
        };
        /** @description One recipient of a request for advice. */
        RecipientChoice: {
            /** @description The person's account id or the team's id. */
            id: string;
            kind: components["schemas"]["RecipientKind"];
        };
        /**
         * @description Who a request goes to.
         * @enum {string}
         */
        RecipientKind: "person" | "team";
        RecoveryCodeRequest: {
            /**
             * @description One of the recovery codes given when the second factor was set up.
             * @example abcde-fghjk
             */
            recovery_code: string;
        };
        RedactDocument: {
            /** @description Why, in words people will read on the case timeline. */
            reason: string;
        };
        RedactionBody: {
            reason: string;
            /** Format: date-time */
            redacted_at: string;
            redacted_by: components["schemas"]["Named"];
        };
        RegisterAssessmentRequest: {
            /**
             * @description The case co-ordinator to allocate now; without one the case waits in "Unallocated".
             * @default null
             */
            coordinator_id: string | null;
        };
        /** @description The case a request became. */
        RegisteredCase: {
            case_id: string;
            /** @example EHC-2026-000123 */
            case_ref: string;
            /** Format: date */
            next_deadline_on?: string | null;
            stage: string;
            stage_label: string;
        };
        /** @description What a reopening says. */
        ReopenRequest: {
            /** @description Why the case is reopened. */
            note?: string;
        };
        RepresentationBody: {
            /** Format: date-time */
            at: string;
            body: string;
            by: components["schemas"]["Named"];
            id: string;
            /**
             * @description comment, meeting or preferred_setting.
             * @example comment
             */
            kind: string;
            /** @description For a comment: the section ("a" ... "k"). */
            section?: string | null;
            setting?: null | components["schemas"]["Named"];
        };
        /**
         * @description What a request for assessment says. Drafts may be incomplete; submission
         *     checks every mandatory field and names each one missing.
         */
        RequestContentBody: {
            /**
             * @default {
             *       "born_on": null,
             *       "family_name": "",
             *       "given_names": "",
             *       "looked_after": false,
             *       "parental_responsibility": "",
             *       "preferred_language": ""
             *     }
             */
            child: components["schemas"]["ChildBody"];
            /** @default  */
            child_views: string;
            /**
             * @description Why an assessment is needed.
             * @default
             */
            concerns: string;
            /**
             * @default {
             *       "address": "",
             *       "email": "",
             *       "name": "",
             *       "phone": "",
             *       "relationship": ""
             *     }
             */
            parent: components["schemas"]["ParentBody"];
            /**
             * @description A setting's request: the parents know about it and agree.
             * @default null
             */
            parent_agrees: boolean | null;
            /** @default  */
            parent_views: string;
            /**
             * @description What the setting has put in place and its effect (mandatory for a setting).
             * @default
             */
            support_so_far: string;
        };
        /**
         * @description Advice for an assessment, or views ahead of an annual review.
         * @enum {string}
         */
        RequestKindName: "advice" | "review_views";
        /** @enum {string} */
        RequestRouteName: "setting" | "parent" | "coordinator";
        /** @enum {string} */
        RequestStatusName: "draft" | "submitted" | "registered";
        ResetRequest: {
            email: string;
        };
        /** @enum {string} */
        RoleName: "family" | "setting" | "contributor" | "case_coordinator" | "administrator";
        /** @description A draft's autosave. */
        SaveAssessmentRequest: {
            /**
             * @default {
             *       "child": {
             *         "born_on": null,
             *         "family_name": "",
             *         "given_names": "",
             *         "looked_after": false,
             *         "parental_responsibility": "",
             *         "preferred_language": ""
             *       },
             *       "child_views": "",
             *       "concerns": "",
             *       "parent": {
             *         "address": "",
             *         "email": "",
             *         "name": "",
             *         "phone": "",
             *         "relationship": ""
             *       },
             *       "parent_agrees": null,
             *       "parent_views": "",
             *       "support_so_far": ""
             *     }
             */
            content: components["schemas"]["RequestContentBody"];
            /** @default null */
            setting_id: string | null;
        };
        /** @enum {string} */
        SecondFactorMethod: "authenticator_app" | "text_message";
        SectionDiffBody: {
            changes: components["schemas"]["ItemChangeBody"][];
            /** @example f */
            section: string;
            /** @example Section F: Special educational provision */
            title: string;
        };
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
        /**
         * @description The service a team belongs to.
         * @enum {string}
         */
        ServiceName: "health" | "social_care" | "education" | "other";
        /** @description When the session ends: after inactivity, and at the latest. */
        SessionTimes: {
            /**
             * Format: date-time
             * @description Signed out at this moment whatever happens (12 hours after signing in).
             */
            expires_at: string;
            /**
             * Format: date-time
             * @description Signed out at this moment unless there is activity before it.
             */
            idle_expires_at: string;
        };
        /** @description A school, nursery or college. */
        SettingBody: {
            /** Format: date-time */
            created_at: string;
            id: string;
            /** @example Riverside Primary School */
            name: string;
            phase: components["schemas"]["PhaseName"];
            /** Format: date-time */
            updated_at: string;
            /**
             * @description The Department for Education's Unique Reference Number: 6 digits.
             * @example 123456
             */
            urn: string;
            /**
             * Format: int64
             * @description Also the ETag: send it back in If-Match to change the setting.
             */
            version: number;
        };
        /** @description Only the fields sent change. */
        SettingChangesRequest: {
            name?: string | null;
            phase?: null | components["schemas"]["PhaseName"];
            urn?: string | null;
        };
        SettingPage: {
            items: components["schemas"]["SettingBody"][];
            /** @description Pass as `cursor` for the next page; absent on the last page. */
            next_cursor?: string | null;
        };
        SignInRequest: {
            /**
             * @description The email address the account was created with.
             * @example senco@school.example.org
             */
            email: string;
            password: string;
        };
        /** @description What to do after a correct password. */
        SignInStep: {
            method?: null | components["schemas"]["SecondFactorMethod"];
            next: components["schemas"]["NextAction"];
            /** @description For a text message: the last three digits of the phone it went to. */
            phone_ending?: string | null;
        };
        /** @description The person now signed in. `recovery_codes` is filled once, right after setting up a second factor. */
        SignedInResponse: {
            me: components["schemas"]["Me"];
            recovery_codes?: string[];
        };
        /** @description A member of a setting's staff. */
        StaffMemberBody: {
            /** Format: date-time */
            added_at: string;
            display_name: string;
            email: string;
            /** @description "SENCo", "Headteacher" or another title. */
            title: string;
            user_id: string;
        };
        StaffMemberList: {
            /** @description Every member of staff, in name order. */
            items: components["schemas"]["StaffMemberBody"][];
        };
        StaffMembershipRequest: {
            /**
             * @description "SENCo", "Headteacher" or another job title.
             * @example SENCo
             */
            title: string;
        };
        /** @description One step of the stage bar. */
        StageStep: {
            /** @example Decision to assess */
            label: string;
            /**
             * @description `done`, `current` or `not_reached`.
             * @example current
             */
            state: string;
        };
        StepBody: {
            /**
             * Format: date
             * @default null
             */
            target_date: string | null;
            /** @default  */
            text: string;
        };
        StepDoc: {
            /** Format: date */
            target_date?: string | null;
            text: string;
        };
        /** @description A team of professionals. */
        TeamBody: {
            /** Format: date-time */
            created_at: string;
            /**
             * @description The team's shared inbox.
             * @example paediatrics@nhs.example.org
             */
            email: string;
            id: string;
            /** @example Community Paediatrics */
            name: string;
            service: components["schemas"]["ServiceName"];
            /** Format: date-time */
            updated_at: string;
            /**
             * Format: int64
             * @description Also the ETag: send it back in If-Match to change the team.
             */
            version: number;
        };
        /** @description Only the fields sent change. */
        TeamChangesRequest: {
            email?: string | null;
            name?: string | null;
            service?: null | components["schemas"]["ServiceName"];
        };
        /** @description A team in a list, with how many members it has. */
        TeamListItem: components["schemas"]["TeamBody"] & {
            /** Format: int64 */
            member_count: number;
        };
        /** @description A member of a team. */
        TeamMemberBody: {
            /** Format: date-time */
            added_at: string;
            display_name: string;
            email: string;
            /** @description A manager sees the team's requests and allocates them. */
            manager: boolean;
            user_id: string;
        };
        TeamMemberList: {
            /** @description Every member, in name order. */
            items: components["schemas"]["TeamMemberBody"][];
        };
        TeamMembershipRequest: {
            /** @description Flag the member as one of the team's managers. */
            manager: boolean;
        };
        TeamPage: {
            items: components["schemas"]["TeamListItem"][];
            /** @description Pass as `cursor` for the next page; absent on the last page. */
            next_cursor?: string | null;
        };
        TemplateList: {
            items: components["schemas"]["MessageTemplate"][];
        };
        Timeline: {
            items: components["schemas"]["TimelineEntry"][];
        };
        TimelineEntry: {
            /** Format: date-time */
            at: string;
            by?: null | components["schemas"]["Named"];
            id: string;
            /**
             * @description What happened, as `group.event` (`case.decision`, `plan.issued`...):
             *     `note.added` for a submitted note, `note.draft` for one of the reader's
             *     own draft notes, which come first and which nobody else sees.
             * @example case.decision
             */
            kind: string;
            note?: null | components["schemas"]["NoteBody"];
            summary: string;
        };
        TokenRequest: {
            /** @description The token from the link's fragment (after `#`). */
            token: string;
        };
        TokenResponse: {
            /** @description Send as `Authorization: Bearer <access_token>`. */
            access_token: string;
            /**
             * Format: int64
             * @description Seconds the token lives.
             * @example 300
             */
            expires_in: number;
            /**
             * @description The client's scopes, space-separated.
             * @example cases:read
             */
            scope: string;
            /** @example Bearer */
            token_type: string;
        };
        /** @description A case's next statutory deadline, as a tray shows it. */
        TrayDeadline: {
            /**
             * Format: int64
             * @description Days from today: negative once overdue.
             */
            days_left: number;
            /** Format: date */
            due: string;
            /** @example D7 */
            id: string;
            /** @example Final EHC plan issued */
            name: string;
            overdue: boolean;
        };
        /** @description A tray the caller has. */
        TrayLink: {
            /** @example All cases */
            label: string;
            /** @example all */
            tray: string;
        };
        UnreadCount: {
            /** Format: int64 */
            unread_count: number;
        };
        UserPage: {
            items: components["schemas"]["UserSummary"][];
            /** @description Pass as `cursor` for the next page; absent on the last page. */
            next_cursor?: string | null;
        };
        /** @description An education setting a member of its staff works at. */
        UserSetting: {
            /** @example Riverside Primary School */
            name: string;
            setting_id: string;
            /**
             * @description Their job title there.
             * @example SENCo
             */
            title: string;
        };
        /** @description One account in the administrators' list. */
        UserSummary: {
            /** Format: date-time */
            created_at: string;
            display_name: string;
            email: string;
            id: string;
            /** Format: date-time */
            last_sign_in_at?: string | null;
            role: components["schemas"]["RoleName"];
            role_label: string;
            /** @description The education settings they work at, in name order (setting staff only). */
            settings: components["schemas"]["UserSetting"][];
            status: components["schemas"]["AccountStatus"];
            /** @description The teams they belong to, in name order (contributors only). */
            teams: components["schemas"]["UserTeam"][];
        };
        /** @description A team a contributor belongs to. */
        UserTeam: {
            /** @description They manage the team: they see its requests and allocate them. */
            manager: boolean;
            /** @example Community Paediatrics */
            name: string;
            team_id: string;
        };
        /** @description One kind of views, as last written. */
        ViewsBody: {
            /** @description Empty until someone writes them. */
            body: string;
            kind: components["schemas"]["ViewsKind"];
            /** @description Entered by a setting or the co-ordinator on the family's behalf. */
            on_behalf: boolean;
            title: string;
            /** Format: date-time */
            updated_at?: string | null;
            /**
             * Format: int64
             * @description Send back in `If-Match` (as `"<version>"`); 0 means none written yet.
             */
            version: number;
            written_by?: null | components["schemas"]["Named"];
        };
        /**
         * @description Whose views: the child's ("About me") or the parents' or carers'.
         * @enum {string}
         */
        ViewsKind: "child" | "parent";
        /**
         * @description Where the case is and what happens next, by when and who is doing it, in
         *     plain English for the family (and everyone else).
         */
        WhatNext: {
            next?: null | components["schemas"]["NextStep"];
            /** @example The draft EHC plan is with you for your comments, and schools or settings are being asked about a place. */
            where_now: string;
        };
        /**
         * @description "Will you provide information and advice for this child or young person?"
         * @enum {string}
         */
        WillProvideAnswer: "yes_known_meets_criteria" | "yes_allocated_worker_will_advise" | "yes_not_known_meets_criteria" | "no_known_does_not_meet_criteria" | "no_not_known_does_not_meet_criteria" | "no_other";
        Wording: {
            /** @description With `((placeholder))` where values go. */
            body: string;
            /** @description For emails; text messages have no subject. */
            subject: string;
        };
        WriteViews: {
            body: string;
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
    list_failed_messages: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Messages that will not be retried */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MailboxPage"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not an administrator */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    list_letter_templates: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every letter */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LetterTemplateList"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not an administrator */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    update_letter_template: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The letter, e.g. decision_not_to_assess */
                key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LetterWording"];
            };
        };
        responses: {
            /** @description Saved */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LetterTemplateView"];
                };
            };
            /** @description The body is not valid JSON of this shape, or has fields the API does not take */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not an administrator */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such letter */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Empty, too long, or a value this letter may not use */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    reset_letter_template: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The letter */
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Back to the default */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LetterTemplateView"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not an administrator */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such letter */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    preview_letter_template: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The letter */
                key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LetterWording"];
            };
        };
        responses: {
            /** @description The letter as the family would read it */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LetterPreview"];
                };
            };
            /** @description The body is not valid JSON of this shape, or has fields the API does not take */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not an administrator */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such letter */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Empty, too long, or a value this letter may not use */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    preview_letter_template_pdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The letter */
                key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LetterWording"];
            };
        };
        responses: {
            /** @description The letter with example values, as a PDF */
            200: {
                headers: {
                    /** @description attachment; filename="preview-<key>.pdf" */
                    "Content-Disposition"?: string;
                    /** @description sandbox */
                    "Content-Security-Policy"?: string;
                    /** @description nosniff */
                    "X-Content-Type-Options"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": unknown;
                };
            };
            /** @description The body is not valid JSON of this shape, or has fields the API does not take */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not an administrator */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such letter */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Empty, too long, or a value this letter may not use */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    list_mailbox: {
        parameters: {
            query?: {
                /** @description Only messages to this email address or phone number. */
                to?: string;
                /** @description How many, newest first (1 to 100, default 25). */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Newest messages first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MailboxPage"];
                };
            };
            /** @description The query string is not valid: an unknown parameter or a value of the wrong type */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not an administrator */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `limit` out of range */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    list_message_templates: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every message type */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplateList"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not an administrator */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    update_message_template: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The message type, e.g. advice_requested */
                key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Wording"];
            };
        };
        responses: {
            /** @description Saved */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageTemplate"];
                };
            };
            /** @description The body is not valid JSON of this shape, or has fields the API does not take */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not an administrator */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such message type */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Empty, or a placeholder this message may not use */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    reset_message_template: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The message type */
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Back to the default */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageTemplate"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not an administrator */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such message type */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    preview_message_template: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The message type */
                key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Wording"];
            };
        };
        responses: {
            /** @description The message as a person would get it */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Wording"];
                };
            };
            /** @description The body is not valid JSON of this shape, or has fields the API does not take */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not an administrator */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such message type */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Empty, or a placeholder this message may not use */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    list_my_advice_requests: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Your requests for advice */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyAdviceRequests"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    get_advice_request: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The request's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdviceRequestBody"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such request, or not one you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    allocate_advice_request: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The request's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AllocationRequest"];
            };
        };
        responses: {
            /** @description Allocated */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdviceRequestBody"];
                };
            };
            /** @description Malformed body or unknown field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You may see the request but do not manage the team it was sent to */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such request, or not one you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request went to a person, or it is closed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No members, or someone not in the team (named as `members[i]`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    list_advice_documents: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The advice request's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Oldest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentList"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such request, or advice you may not read yet */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    upload_advice_document: {
        parameters: {
            query?: {
                /** @description The file's name as the person chose it (shown, never used to store it). */
                name?: string | null;
            };
            header?: never;
            path: {
                /** @description The advice request's id */
                id: string;
            };
            cookie?: never;
        };
        /** @description The file's bytes */
        requestBody: {
            content: {
                "application/octet-stream": number[];
            };
        };
        responses: {
            /** @description Kept */
            201: {
                headers: {
                    /** @description The document's address */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentBody"];
                };
            };
            /** @description The query string is not valid: an unknown parameter or a value of the wrong type */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such request, or advice you may not add to (not yours, or already submitted) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too large for its kind */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not a type on the allow-list */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Empty, or the virus scanner found something */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The virus scanner cannot be asked */
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
    decline_advice_request: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The request's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NotKnownRequest"];
            };
        };
        responses: {
            /** @description Closed as not known to the service */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdviceRequestBody"];
                };
            };
            /** @description Malformed body or unknown field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You may see the request but do not answer it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such request, or not one you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is already closed or submitted */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `details` is missing or too long */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    reopen_advice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The request's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Reopened */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdviceRequestBody"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Only a case co-ordinator can reopen advice */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such request, or not one you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not submitted, or the case is no longer at assessment */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    get_advice_response: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The request's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The answer */
            200: {
                headers: {
                    /** @description The answer's version, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdviceResponseBody"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such request, or an answer you may not read */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    save_advice_draft: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag from reading the answer, e.g. "3" */
                "If-Match": string;
            };
            path: {
                /** @description The request's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AdviceContentBody"];
            };
        };
        responses: {
            /** @description Saved */
            200: {
                headers: {
                    /** @description The answer's new version */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdviceResponseBody"];
                };
            };
            /** @description Malformed body or unknown field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You may read this advice but do not answer the request */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such request, or not one you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Submitted, closed, or not yet allocated by the team's manager */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Someone saved since that ETag; nothing was changed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A field is too long (each named) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    download_advice_response_pdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The request's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The answer as a PDF, marked as a draft on every page until submitted */
            200: {
                headers: {
                    /** @description attachment; filename="advice-<case ref>-<from>-<state>.pdf" */
                    "Content-Disposition"?: string;
                    /** @description sandbox */
                    "Content-Security-Policy"?: string;
                    /** @description nosniff */
                    "X-Content-Type-Options"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": unknown;
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such request, or an answer you may not read */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    submit_advice: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag from reading or saving the answer */
                "If-Match": string;
                /** @description Any unique string (1-200 visible ASCII characters); a retry with the same key gets the first answer */
                "Idempotency-Key"?: string | null;
            };
            path: {
                /** @description The request's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Submitted */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdviceResponseBody"];
                };
            };
            /** @description A bad Idempotency-Key or If-Match */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You may read this advice but do not answer the request */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such request, or not one you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Already submitted, closed, or not yet allocated; or the Idempotency-Key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Someone saved since that ETag; nothing was submitted */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Mandatory fields are missing (each named); the draft is kept */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    withdraw_advice_request: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The request's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Withdrawn */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdviceRequestBody"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Only a case co-ordinator can withdraw a request */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such request, or not one you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Already submitted or closed, or the case is closed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    list_api_clients: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every client */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientList"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not an administrator */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    create_api_client: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewClientRequest"];
            };
        };
        responses: {
            /** @description Created; store the secret now */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NewClientResponse"];
                };
            };
            /** @description The body is not valid JSON of this shape, or has fields the API does not take */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not an administrator */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid name or unknown scope */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    revoke_api_client: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The client id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientSummary"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not an administrator */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such client */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    list_assessment_requests: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller's requests */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssessmentRequestList"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    create_assessment_request: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key returns the first answer and creates nothing more */
                "Idempotency-Key"?: string | null;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAssessmentRequest"];
            };
        };
        responses: {
            /** @description A draft (settings) or a submitted request (co-ordinators) */
            201: {
                headers: {
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssessmentRequestBody"];
                };
            };
            /** @description The body is not valid JSON of this shape, or has fields the API does not take */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Only settings start requests and co-ordinators record them */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used for a different request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A field is invalid (each is named); a recorded request is checked in full */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    get_assessment_request: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The request's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request */
            200: {
                headers: {
                    /** @description The request's version, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssessmentRequestBody"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such request, or not one you may see (a submitted request is the LA's until it grants you the case) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    save_assessment_request: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag from reading the draft, e.g. "3" */
                "If-Match": string;
            };
            path: {
                /** @description The request's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaveAssessmentRequest"];
            };
        };
        responses: {
            /** @description Saved */
            200: {
                headers: {
                    /** @description The draft's new version */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssessmentRequestBody"];
                };
            };
            /** @description The body is not valid JSON of this shape, or has fields the API does not take */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such draft, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Already submitted */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Someone saved the draft since that ETag; nothing was changed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A value cannot be right (each field named) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    delete_assessment_request: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The request's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such draft, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Already submitted: a submitted request is never deleted */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    add_assessment_request_co_author: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The request's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddCoAuthor"];
            };
        };
        responses: {
            /** @description They can now see and edit the draft */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssessmentRequestBody"];
                };
            };
            /** @description The body is not valid JSON of this shape, or has fields the API does not take */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such draft, or you did not start it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Already submitted */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No active education-setting account has that email */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    remove_assessment_request_co_author: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The request's id */
                id: string;
                /** @description The co-author's user id; your own to stop being a co-author */
                person_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed: they can no longer see or change the draft */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such draft; you did not start it (a co-author removes only themself); or that person is not a co-author */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Already submitted */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    list_request_documents: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The request's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Oldest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentList"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such request, or not one you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    upload_request_document: {
        parameters: {
            query?: {
                /** @description The file's name as the person chose it (shown, never used to store it). */
                name?: string | null;
            };
            header?: never;
            path: {
                /** @description The request's id */
                id: string;
            };
            cookie?: never;
        };
        /** @description The file's bytes */
        requestBody: {
            content: {
                "application/octet-stream": number[];
            };
        };
        responses: {
            /** @description Kept */
            201: {
                headers: {
                    /** @description The document's address */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentBody"];
                };
            };
            /** @description The query string is not valid: an unknown parameter or a value of the wrong type */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such request, or not a draft of yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request has been submitted */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too large for its kind */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not a type on the allow-list */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Empty, or the virus scanner found something */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The virus scanner cannot be asked */
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
    download_assessment_request_pdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The request's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request as a PDF */
            200: {
                headers: {
                    /** @description attachment; filename="request-for-assessment-<id>.pdf" */
                    "Content-Disposition"?: string;
                    /** @description sandbox */
                    "Content-Security-Policy"?: string;
                    /** @description nosniff */
                    "X-Content-Type-Options"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": unknown;
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such request, or not one you may see (a submitted request is the LA's until it grants you the case) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    register_assessment_request: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key returns the first answer and registers nothing more */
                "Idempotency-Key"?: string | null;
            };
            path: {
                /** @description The request's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterAssessmentRequest"];
            };
        };
        responses: {
            /** @description The new case */
            201: {
                headers: {
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegisteredCase"];
                };
            };
            /** @description The body is not valid JSON of this shape, or has fields the API does not take */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such request, or you are not a co-ordinator */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Still a draft, or already registered */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The co-ordinator named is not an active case co-ordinator */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    submit_assessment_request: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the draft as checked */
                "If-Match": string;
                /** @description Retrying with the same key returns the first answer */
                "Idempotency-Key"?: string | null;
            };
            path: {
                /** @description The request's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Submitted; received today */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssessmentRequestSummary"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such draft, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Already submitted */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The draft changed since that ETag */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Mandatory fields are missing (each named; `setting_id` when the author works in more than one setting and has not chosen one) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    accept_invitation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordWithToken"];
            };
        };
        responses: {
            /** @description Registered; a pending sign-in cookie is set for setting up the second factor */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignInStep"];
                };
            };
            /** @description The body is not valid JSON of this shape, or has fields the API does not take */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The password breaks a rule, or the link is no longer valid */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    get_invitation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TokenRequest"];
            };
        };
        responses: {
            /** @description The invitation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationDetails"];
                };
            };
            /** @description The body is not valid JSON of this shape, or has fields the API does not take */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The link has expired or has been used (field `token`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    request_password_reset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResetRequest"];
            };
        };
        responses: {
            /** @description If an active account has this email, a link is on its way */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The body is not valid JSON of this shape, or has fields the API does not take */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The email address is not valid */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    complete_password_reset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordWithToken"];
            };
        };
        responses: {
            /** @description Password changed; sign in with it and the second factor */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The body is not valid JSON of this shape, or has fields the API does not take */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The password breaks a rule, or the link is no longer valid */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    begin_authenticator_app_setup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A new key; confirm it with the first code */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppSetupResponse"];
                };
            };
            /** @description The sign-in timed out */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A second factor is already set up */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts from this address */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    confirm_authenticator_app: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CodeRequest"];
            };
        };
        responses: {
            /** @description Set up and signed in, with recovery codes */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignedInResponse"];
                };
            };
            /** @description The body is not valid JSON of this shape, or has fields the API does not take */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Wrong code, locked account, or the sign-in timed out */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No app set-up was started */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The code is not in the right format (nothing is counted) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts from this address */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    begin_text_message_setup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PhoneRequest"];
            };
        };
        responses: {
            /** @description A code is on its way to the phone */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CodeSent"];
                };
            };
            /** @description The body is not valid JSON of this shape, or has fields the API does not take */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The sign-in timed out */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A second factor is already set up */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not a mobile number (field `phone`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many texts or requests; wait for Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    confirm_text_message: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CodeRequest"];
            };
        };
        responses: {
            /** @description Set up and signed in, with recovery codes */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignedInResponse"];
                };
            };
            /** @description The body is not valid JSON of this shape, or has fields the API does not take */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Wrong code, locked account, or the sign-in timed out */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No text-message set-up was started */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The code is not in the right format (nothing is counted) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts from this address */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    get_session: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The session's deadlines */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionTimes"];
                };
            };
            /** @description Not signed in, or the session has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    extend_session: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The new deadlines; the session cookie is renewed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionTimes"];
                };
            };
            /** @description Not signed in, or the session has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    sign_in: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignInRequest"];
            };
        };
        responses: {
            /** @description Password accepted; a pending sign-in cookie is set */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignInStep"];
                };
            };
            /** @description The body is not valid JSON of this shape, or has fields the API does not take */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Wrong email or password (the same answer for unknown emails) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The email address is not valid */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts from this address */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    sign_in_with_code: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CodeRequest"];
            };
        };
        responses: {
            /** @description Signed in; the session cookie is set */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignedInResponse"];
                };
            };
            /** @description The body is not valid JSON of this shape, or has fields the API does not take */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Wrong code, locked account, or the sign-in timed out */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The code is not in the right format (nothing is counted) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts from this address */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    sign_in_with_recovery_code: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecoveryCodeRequest"];
            };
        };
        responses: {
            /** @description Signed in; that recovery code is used up */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignedInResponse"];
                };
            };
            /** @description The body is not valid JSON of this shape, or has fields the API does not take */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Wrong or used code, locked account, or the sign-in timed out */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The code is not in the right format (nothing is counted) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts from this address */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    resend_sign_in_code: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A new code is on its way */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CodeSent"];
                };
            };
            /** @description The sign-in timed out or the account is locked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description This account does not use text messages */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many texts; wait for Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    sign_out: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed out */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    issue_client_token: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TokenRequest"];
            };
        };
        responses: {
            /** @description A bearer token */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenResponse"];
                };
            };
            /** @description The body is not valid JSON of this shape, or has fields the API does not take */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown client, wrong secret, or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported grant_type */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    list_cases: {
        parameters: {
            query?: {
                /** @description `mine` (the default), `team`, `awaiting_allocation`, `all`, `unallocated`, `setting`. */
                tray?: string;
                /** @description Part of the child's name (any case, extra spaces ignored) or a case reference. */
                q?: string;
                /** @description Stages, comma-separated, e.g. `assessment,draft_plan`. */
                stage?: string;
                /** @description An education setting's id. */
                setting?: string;
                /** @description Changed on or after this day. */
                updated_since?: string;
                /** @description The next deadline falls within the LA's impending window. */
                impending?: boolean;
                /** @description The next deadline has passed. */
                overdue?: boolean;
                /** @description Flags every case must carry, comma-separated. */
                flags?: string;
                /** @description Only cases closed outside the process. */
                closed_outside_process?: boolean;
                /** @description Closed cases too. */
                include_closed?: boolean;
                /** @description `next_deadline` (the default), `last_updated`, `name`, `case_reference`, `request_date`. */
                sort?: string;
                /** @description 1 to 100; 25 by default. */
                limit?: number;
                /** @description From the previous page's `next_cursor`. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the tray */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CasePage"];
                };
            };
            /** @description The query string is not valid: an unknown parameter or a value of the wrong type */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unknown tray, stage, flag or order, a tray that is not yours, a cursor from another order, or limit out of range (each named) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    get_case: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The case's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The case */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseSummary"];
                };
            };
            /** @description Not signed in, or no valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An integration client without the cases:read scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such case, or not one you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    list_case_access: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The case's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Everyone the case is granted to */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessList"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such case, or not one you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    grant_case_access: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The case's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GrantRequest"];
            };
        };
        responses: {
            /** @description Granted (or already was) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessList"];
                };
            };
            /** @description The body is not valid JSON of this shape, or has fields the API does not take */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such case, or you may not grant it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such account or setting of that kind */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    revoke_case_access: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The case's id */
                id: string;
                /** @description family, person or setting */
                kind: components["schemas"]["PartyKind"];
                /** @description The user or setting id */
                party_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessList"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such case or grant, or you may not revoke it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    list_case_advice_requests: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The case's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The case's requests for advice, in the order they were sent */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseAdviceRequests"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such case, or not one you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    create_advice_requests: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (1-200 visible ASCII characters); a retry with the same key gets the first answer and sends nothing twice */
                "Idempotency-Key"?: string | null;
            };
            path: {
                /** @description The case's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewAdviceRequests"];
            };
        };
        responses: {
            /** @description Sent; the requests created */
            201: {
                headers: {
                    /** @description The case's requests for advice */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseAdviceRequests"];
                };
            };
            /** @description Malformed body, unknown field or bad Idempotency-Key */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You may see the case but not request advice on it (co-ordinators only) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such case, or not one you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The case is not at the assessment stage (or is closed), or the Idempotency-Key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A recipient is not valid (named as `recipients[i].id`), or the note is too long */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    update_case_child: {
        parameters: {
            query?: never;
            header: {
                /** @description The child's `version` from the case, e.g. "2" */
                "If-Match": string;
            };
            path: {
                /** @description The case's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChildCorrection"];
            };
        };
        responses: {
            /** @description Corrected */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseSummary"];
                };
            };
            /** @description The body is not valid JSON of this shape, or has fields the API does not take */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such case, or you may not correct it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Someone changed the details since; nothing was changed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A field is invalid (each named) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    close_case: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The case's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CloseRequest"];
            };
        };
        responses: {
            /** @description Closed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseSummary"];
                };
            };
            /** @description The body is not valid JSON of this shape, or has fields the API does not take */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such case, or you may not close it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Already closed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unknown reason, or no note (each named) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    allocate_case_coordinator: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The case's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CoordinatorChoice"];
            };
        };
        responses: {
            /** @description Allocated */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseSummary"];
                };
            };
            /** @description The body is not valid JSON of this shape, or has fields the API does not take */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such case, or you may not allocate it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The case is closed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not an active case co-ordinator */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    get_case_deadlines: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The case's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The case's deadlines */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDeadlines"];
                };
            };
            /** @description Not signed in, or no valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An integration client without the cases:read scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such case, or not one you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    record_case_decision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The case's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecisionRequest"];
            };
        };
        responses: {
            /** @description Recorded; the case moved on */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseSummary"];
                };
            };
            /** @description The body is not valid JSON of this shape, or has fields the API does not take */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such case, or you may not decide on it (nobody decides on a ceased or closed case) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not a decision the case can take at its stage (the reason says why) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Reasons missing, or a date in the future */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    list_case_documents: {
        parameters: {
            query?: {
                /** @description Only this section; all the case's own sections when absent. */
                section?: null | ("child_views" | "parent_views" | "evidence" | "child_photo");
            };
            header?: never;
            path: {
                /** @description The case's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Oldest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentList"];
                };
            };
            /** @description The query string is not valid: an unknown parameter or a value of the wrong type */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such case, or not one you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    upload_case_document: {
        parameters: {
            query: {
                /** @description Where on the case it goes. */
                section: "child_views" | "parent_views" | "evidence" | "child_photo";
                /** @description The file's name as the person chose it (shown, never used to store it). */
                name?: string | null;
            };
            header?: never;
            path: {
                /** @description The case's id */
                id: string;
            };
            cookie?: never;
        };
        /** @description The file's bytes */
        requestBody: {
            content: {
                "application/octet-stream": number[];
            };
        };
        responses: {
            /** @description Kept */
            201: {
                headers: {
                    /** @description The document's address */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentBody"];
                };
            };
            /** @description A bad query */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such case, or you may not add to it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Larger than its kind may be (the `file` error says how large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not a type on the allow-list, whatever its name says (or, for the child's photo, not a picture) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Empty, or the virus scanner found something */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The virus scanner cannot be asked, so nothing is kept */
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
    record_case_exception: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The case's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExceptionRequest"];
            };
        };
        responses: {
            /** @description Recorded; the case's deadlines now show it */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDeadlines"];
                };
            };
            /** @description The body is not valid JSON of this shape, or has fields the API does not take */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such case, or you may not record exceptions on it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown code, missing note, dates out of order (each named) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    set_case_flags: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The case's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FlagsRequest"];
            };
        };
        responses: {
            /** @description Set; the case as it now is */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseSummary"];
                };
            };
            /** @description The body is not valid JSON of this shape, or has fields the API does not take */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such case, or you may not flag it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unknown flag (named) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    list_case_letters: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The case's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The letters */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LetterList"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such case, or not one whose letters you may read */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    download_case_letter: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The case's id */
                id: string;
                /** @description The letter's id, from the list */
                letter_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The letter as a PDF; the same wording gives the same bytes */
            200: {
                headers: {
                    /** @description attachment; filename="<kind>-<case ref>-<date>.pdf" */
                    "Content-Disposition"?: string;
                    /** @description sandbox */
                    "Content-Security-Policy"?: string;
                    /** @description nosniff */
                    "X-Content-Type-Options"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": unknown;
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such letter you may read */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    add_case_note: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key returns the first answer and adds nothing more */
                "Idempotency-Key"?: string | null;
            };
            path: {
                /** @description The case's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewNoteRequest"];
            };
        };
        responses: {
            /** @description Added: a draft, or submitted */
            201: {
                headers: {
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NoteBody"];
                };
            };
            /** @description Malformed body, an unknown field or a bad Idempotency-Key */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such case, or not one whose timeline you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used for a different request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The text is empty or too long (the field named) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    get_plan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The case's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The plan */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanBody"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such case, no plan yet, or not one you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    save_plan: {
        parameters: {
            query?: never;
            header: {
                /** @description The plan's `version`, e.g. "3" */
                "If-Match": string;
            };
            path: {
                /** @description The case's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlanContentDoc"];
            };
        };
        responses: {
            /** @description Saved */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanBody"];
                };
            };
            /** @description The body is not valid JSON of this shape, or has fields the API does not take */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No plan being written that you may edit */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Section I before the family have the draft */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Someone saved since; nothing was changed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A field is invalid (each named) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    start_plan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The case's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The new draft */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanBody"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such case, or not yours to write a plan for */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not the stage for a draft, or one is already being written */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    consult_setting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The case's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewConsultation"];
            };
        };
        responses: {
            /** @description Consulted; the plan as it stands */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanBody"];
                };
            };
            /** @description The body is not valid JSON of this shape, or has fields the API does not take */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No shared draft you may consult on */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The draft is not shared yet, or that setting was consulted */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such setting */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    diff_plan_versions: {
        parameters: {
            query: {
                /** @description The earlier version. */
                from: number;
                /** @description The later version. */
                to: number;
            };
            header?: never;
            path: {
                /** @description The case's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The changes */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanDiff"];
                };
            };
            /** @description A bad query */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A version you may not see, or none such */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    issue_plan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The case's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Issued */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanBody"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No plan you may issue */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready: the reason says what is missing */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    add_plan_representation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The case's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewRepresentation"];
            };
        };
        responses: {
            /** @description Recorded; the plan as it stands */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanBody"];
                };
            };
            /** @description The body is not valid JSON of this shape, or has fields the API does not take */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No shared draft you may comment on */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A field is invalid (each named) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    share_plan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The case's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Shared */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanBody"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No draft you may share */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Already shared, or the case is not at that stage */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    list_plan_versions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The case's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The versions */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanVersions"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such case, or not one you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    get_plan_version: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The case's id */
                id: string;
                /** @description The version number, from 1 */
                version_no: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanBody"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such version you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    download_plan_pdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The case's id */
                id: string;
                /** @description The version number, from 1 */
                version_no: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The plan as a PDF; the same version always gives the same bytes */
            200: {
                headers: {
                    /** @description attachment; filename="ehc-plan-<case ref>-v<n>.pdf" */
                    "Content-Disposition"?: string;
                    /** @description sandbox */
                    "Content-Security-Policy"?: string;
                    /** @description nosniff */
                    "X-Content-Type-Options"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": unknown;
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such version you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    reopen_case: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The case's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReopenRequest"];
            };
        };
        responses: {
            /** @description Reopened */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseSummary"];
                };
            };
            /** @description The body is not valid JSON of this shape, or has fields the API does not take */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such case, or you may not reopen it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not closed outside the process */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    get_case_timeline: {
        parameters: {
            query?: {
                /**
                 * @description Kinds, comma-separated: the part of an entry's `kind` before the dot, e.g.
                 *     `case,plan` for `case.decision` and `plan.issued`, `note` for notes.
                 */
                kind?: string;
            };
            header?: never;
            path: {
                /** @description The case's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The timeline */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Timeline"];
                };
            };
            /** @description The query string is not valid: an unknown parameter or a value of the wrong type */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or no valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An integration client without the cases:read scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such case, or not one you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A kind that is not a word (named) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    get_case_views: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The case's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Both kinds of views */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseViews"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such case, or not one you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    write_case_views: {
        parameters: {
            query?: never;
            header: {
                /** @description The views' version, e.g. "0" for the first writing */
                "If-Match": string;
            };
            path: {
                /** @description The case's id */
                id: string;
                /** @description child or parent */
                kind: components["schemas"]["ViewsKind"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WriteViews"];
            };
        };
        responses: {
            /** @description Saved */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseViews"];
                };
            };
            /** @description The body is not valid JSON of this shape, or has fields the API does not take */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such case, or you may not add views to it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Someone saved them since that version; nothing was changed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too long */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    get_document: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The document's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The document */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentBody"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such document, or not one you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    download_document: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The document's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The bytes, with the type read from them when uploaded */
            200: {
                headers: {
                    /** @description attachment, with the file's name */
                    "Content-Disposition"?: string;
                    /** @description sandbox */
                    "Content-Security-Policy"?: string;
                    /** @description nosniff */
                    "X-Content-Type-Options"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": unknown;
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such document, or not one you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Redacted by an administrator (the reason is given) */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    redact_document: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The document's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RedactDocument"];
            };
        };
        responses: {
            /** @description Redacted */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentBody"];
                };
            };
            /** @description Malformed body or unknown field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such document, or you are not an administrator */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Already redacted */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No reason, or too long */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    list_education_settings: {
        parameters: {
            query?: {
                /** @description Part of the name, any case (for settings, also an exact URN). */
                q?: string;
                /** @description Page size, 1 to 100 (default 25). */
                limit?: number;
                /** @description From the previous page's `next_cursor`. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of settings */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SettingPage"];
                };
            };
            /** @description The query string is not valid: an unknown parameter or a value of the wrong type */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not an administrator, case co-ordinator or family member */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description limit or cursor is not valid */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    create_education_setting: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewSettingRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /** @description The setting's version, for If-Match */
                    ETag?: string;
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SettingBody"];
                };
            };
            /** @description Malformed body or unknown field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not an administrator */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A setting with this URN exists; names `urn` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A field is not valid */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    get_education_setting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The setting's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The setting */
            200: {
                headers: {
                    /** @description The setting's version, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SettingBody"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not an administrator or case co-ordinator */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such setting */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    update_education_setting: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag from reading the setting, e.g. "3" */
                "If-Match": string;
            };
            path: {
                /** @description The setting's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SettingChangesRequest"];
            };
        };
        responses: {
            /** @description Changed */
            200: {
                headers: {
                    /** @description The setting's new version */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SettingBody"];
                };
            };
            /** @description Malformed body or unknown field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not an administrator */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such setting */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Another setting has this URN; names `urn` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Someone changed the setting since that ETag; nothing was changed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A field is not valid */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    list_education_setting_members: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The setting's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every member of staff */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffMemberList"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not an administrator or case co-ordinator */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such setting */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    put_education_setting_member: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The setting's id */
                id: string;
                /** @description The staff member's account id */
                user_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StaffMembershipRequest"];
            };
        };
        responses: {
            /** @description Already on the staff; the title is as asked */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffMemberBody"];
                };
            };
            /** @description Added to the staff */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffMemberBody"];
                };
            };
            /** @description Malformed body or unknown field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not an administrator */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such setting */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid title, no such account, or not an education setting account (names `title` or `user_id`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    remove_education_setting_member: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The setting's id */
                id: string;
                /** @description The staff member's account id */
                user_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not an administrator */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such setting, or the person is not on its staff */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    get_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The signed-in person */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
            /** @description Not signed in, or the session has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    get_notification_preferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Your choice */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPreferences"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    set_notification_preferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NotificationPreferences"];
            };
        };
        responses: {
            /** @description Saved */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPreferences"];
                };
            };
            /** @description The body is not valid JSON of this shape, or has fields the API does not take */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    list_my_notifications: {
        parameters: {
            query?: {
                /** @description Only unread ones. */
                unread?: boolean;
                /** @description How many, newest first (1 to 100, default 25). */
                limit?: number;
                /** @description From the previous page's `next_cursor`. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Your notifications */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationList"];
                };
            };
            /** @description The query string is not valid: an unknown parameter or a value of the wrong type */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `limit` out of range, or a cursor this service did not give out */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    mark_all_notifications_read: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description All marked read */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    count_unread_notifications: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The unread count */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnreadCount"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    mark_notification_read: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The notification's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Marked read */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not one of your notifications */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    change_password: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePassword"];
            };
        };
        responses: {
            /** @description Changed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The body is not valid JSON of this shape, or has fields the API does not take */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the current password is wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The new password breaks a rule (field `new_password`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    change_second_factor: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Reauthenticate"];
            };
        };
        responses: {
            /** @description Signed out of this session; a pending sign-in cookie leads to setting up the new factor */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignInStep"];
                };
            };
            /** @description The body is not valid JSON of this shape, or has fields the API does not take */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the current password is wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    get_note: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The note's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The note */
            200: {
                headers: {
                    /** @description The note's version, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NoteBody"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such note, or not one you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    update_note: {
        parameters: {
            query?: never;
            header: {
                /** @description The note's `version`, e.g. "2" */
                "If-Match": string;
            };
            path: {
                /** @description The note's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NoteTextRequest"];
            };
        };
        responses: {
            /** @description Saved */
            200: {
                headers: {
                    /** @description The note's new version */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NoteBody"];
                };
            };
            /** @description Malformed body or an unknown field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such note, or not your draft */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Submitted: it can no longer be changed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Changed since that version; nothing was saved */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The text is empty or too long (the field named) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    delete_note: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The note's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such note, or not your draft */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Submitted: a submitted note is never deleted */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    submit_note: {
        parameters: {
            query?: never;
            header: {
                /** @description The note's `version`, e.g. "2" */
                "If-Match": string;
            };
            path: {
                /** @description The note's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Submitted */
            200: {
                headers: {
                    /** @description The note's new version */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NoteBody"];
                };
            };
            /** @description A malformed If-Match */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such note, or not your draft */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Already submitted */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Changed since that version; nothing was submitted */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    receive_delivery_receipt: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeliveryReceipt"];
            };
        };
        responses: {
            /** @description Recorded (or already recorded) */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The body is not valid JSON of this shape, or has fields the API does not take */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or wrong bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No message with that notification id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown status */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    answer_consultation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The consultation's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConsultationAnswerRequest"];
            };
        };
        responses: {
            /** @description Answered */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsultationBody"];
                };
            };
            /** @description The body is not valid JSON of this shape, or has fields the API does not take */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such consultation for your setting */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Already answered */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A field is invalid (each named) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    submit_public_assessment_request: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key returns the first answer and sends nothing more */
                "Idempotency-Key"?: string | null;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublicAssessmentRequest"];
            };
        };
        responses: {
            /** @description Received */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicRequestReceipt"];
                };
            };
            /** @description The body is not valid JSON of this shape, or has fields the API does not take */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used for a different request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Mandatory fields are missing (each named) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    upload_public_request_document: {
        parameters: {
            query?: {
                /** @description The file's name as the person chose it (shown, never used to store it). */
                name?: string | null;
            };
            header: {
                /** @description The upload_token from the receipt */
                "X-Upload-Token": string;
            };
            path: {
                /** @description The request's reference, from the receipt */
                id: string;
            };
            cookie?: never;
        };
        /** @description The file's bytes */
        requestBody: {
            content: {
                "application/octet-stream": number[];
            };
        };
        responses: {
            /** @description Kept */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentBody"];
                };
            };
            /** @description The query string is not valid: an unknown parameter or a value of the wrong type */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such request, or the token is wrong or has expired */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too large for its kind */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not a type on the allow-list */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Empty, or the virus scanner found something */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The virus scanner cannot be asked */
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
            /** @description The database cannot be reached; try again shortly */
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
    list_teams: {
        parameters: {
            query?: {
                /** @description Part of the name, any case (for settings, also an exact URN). */
                q?: string;
                /** @description Page size, 1 to 100 (default 25). */
                limit?: number;
                /** @description From the previous page's `next_cursor`. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of teams */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamPage"];
                };
            };
            /** @description The query string is not valid: an unknown parameter or a value of the wrong type */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not an administrator or case co-ordinator */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description limit or cursor is not valid */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    create_team: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewTeamRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /** @description The team's version, for If-Match */
                    ETag?: string;
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamBody"];
                };
            };
            /** @description Malformed body or unknown field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not an administrator */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A team with this name (in any case) exists; names `name` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A field is not valid */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    get_team: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The team's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The team */
            200: {
                headers: {
                    /** @description The team's version, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamBody"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not an administrator or case co-ordinator */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such team */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    update_team: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag from reading the team, e.g. "3" */
                "If-Match": string;
            };
            path: {
                /** @description The team's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TeamChangesRequest"];
            };
        };
        responses: {
            /** @description Changed */
            200: {
                headers: {
                    /** @description The team's new version */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamBody"];
                };
            };
            /** @description Malformed body or unknown field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not an administrator */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such team */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Another team has this name; names `name` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Someone changed the team since that ETag; nothing was changed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A field is not valid */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    list_team_members: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The team's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every member of the team */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamMemberList"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not an administrator or case co-ordinator */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such team */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    put_team_member: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The team's id */
                id: string;
                /** @description The contributor's account id */
                user_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TeamMembershipRequest"];
            };
        };
        responses: {
            /** @description Already a member; the manager flag is as asked */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamMemberBody"];
                };
            };
            /** @description Added to the team */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamMemberBody"];
                };
            };
            /** @description Malformed body or unknown field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not an administrator */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such team */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such account, or it is not a professional contributor; names `user_id` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    remove_team_member: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The team's id */
                id: string;
                /** @description The member's account id */
                user_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not an administrator */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such team, or the person is not in it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    list_users: {
        parameters: {
            query?: {
                /** @description Part of a name or email address, any case. */
                q?: string;
                /** @description Only this role: family, setting, contributor, case_coordinator, administrator. */
                role?: string;
                /** @description Only this status: invited, active, suspended. */
                status?: string;
                /** @description Page size, 1 to 100 (default 25). */
                limit?: number;
                /** @description From the previous page's `next_cursor`. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of accounts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserPage"];
                };
            };
            /** @description The query string is not valid: an unknown parameter or a value of the wrong type */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not an administrator or co-ordinator */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A filter is not valid */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    invite_user: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InviteRequest"];
            };
        };
        responses: {
            /** @description Invited, and in the setting and teams asked for; the invitation email is queued */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserSummary"];
                };
            };
            /** @description The body is not valid JSON of this shape, or has fields the API does not take */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description This role may not invite that role, or (not an administrator) may not add people to a setting or teams */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid or already used email, invalid name, or a setting or team that does not exist or does not suit the role (names `setting_id`, `setting_title`, `teams` or `teams.N.team_id`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    get_user: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The account's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The account */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserSummary"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not an administrator or co-ordinator */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such account */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    reactivate_user: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The account's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Reactivated */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserSummary"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such account */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not possible in the account's present state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    resend_invitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The account's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Sent */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserSummary"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such account */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not possible in the account's present state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    reset_second_factor: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The account's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Reset */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserSummary"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such account */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not possible in the account's present state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
    suspend_user: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The account's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Suspended */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserSummary"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such account */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not possible in the account's present state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again shortly */
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
            /** @description The database cannot be reached; try again shortly */
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
