//! Table definitions shared by both backends. Only portable column types:
//! ids as Text, instants as Timestamp holding UTC, JSON as Text.

diesel::table! {
    users (id) {
        id -> Text,
        email -> Text,
        display_name -> Text,
        role -> Text,
        status -> Text,
        password_hash -> Nullable<Text>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        last_sign_in_at -> Nullable<Timestamp>,
        version -> BigInt,
        failed_attempts -> Integer,
        locked_until -> Nullable<Timestamp>,
        email_notifications -> Bool,
    }
}

diesel::table! {
    audit_events (seq) {
        seq -> BigInt,
        occurred_at -> Timestamp,
        actor_kind -> Text,
        actor_id -> Nullable<Text>,
        action -> Text,
        object_type -> Nullable<Text>,
        object_id -> Nullable<Text>,
        outcome -> Text,
        request_id -> Nullable<Text>,
        detail -> Nullable<Text>,
    }
}

diesel::table! {
    audit_seals (seq) {
        seq -> BigInt,
        seal -> Text,
        sealed_at -> Timestamp,
    }
}

diesel::joinable!(audit_seals -> audit_events (seq));
diesel::table! {
    second_factors (user_id) {
        user_id -> Text,
        kind -> Text,
        totp_secret -> Nullable<Text>,
        totp_last_step -> Nullable<BigInt>,
        phone -> Nullable<Text>,
        confirmed_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    pending_sign_ins (token_hash) {
        token_hash -> Text,
        user_id -> Text,
        created_at -> Timestamp,
        expires_at -> Timestamp,
        sms_code_hash -> Nullable<Text>,
        sms_code_expires_at -> Nullable<Timestamp>,
        sms_sent_at -> Text,
        completed_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    sessions (id) {
        id -> Text,
        user_id -> Text,
        created_at -> Timestamp,
        last_seen_at -> Timestamp,
        revoked_at -> Nullable<Timestamp>,
        revoked_reason -> Nullable<Text>,
    }
}

diesel::table! {
    recovery_codes (user_id, code_hash) {
        user_id -> Text,
        code_hash -> Text,
        created_at -> Timestamp,
        used_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    invitations (token_hash) {
        token_hash -> Text,
        user_id -> Text,
        invited_by -> Nullable<Text>,
        created_at -> Timestamp,
        expires_at -> Timestamp,
        used_at -> Nullable<Timestamp>,
        revoked_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    password_resets (token_hash) {
        token_hash -> Text,
        user_id -> Text,
        created_at -> Timestamp,
        expires_at -> Timestamp,
        used_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    cases (id) {
        id -> Text,
        case_ref -> Text,
        stage -> Text,
        stage_before_closure -> Nullable<Text>,
        coordinator_id -> Nullable<Text>,
        child_born_on -> Nullable<Date>,
        request_received_on -> Nullable<Date>,
        next_deadline_id -> Nullable<Text>,
        next_deadline_on -> Nullable<Date>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        version -> BigInt,
        child_name -> Text,
        child_name_key -> Text,
        setting_id -> Nullable<Text>,
        deadline_sort -> Date,
        flag_mediation -> Bool,
        flag_tribunal -> Bool,
        flag_safeguarding -> Bool,
        flag_eotas -> Bool,
        flag_looked_after -> Bool,
        flag_neet -> Bool,
        listings_version -> Integer,
    }
}

diesel::table! {
    case_listings (listed_to, case_id) {
        listed_to -> Text,
        case_id -> Text,
        grace_from -> Date,
    }
}

diesel::table! {
    case_children (case_id) {
        case_id -> Text,
        given_names -> Text,
        family_name -> Text,
        looked_after -> Bool,
        parental_responsibility -> Text,
        preferred_language -> Text,
        setting_id -> Nullable<Text>,
        updated_at -> Timestamp,
        version -> BigInt,
    }
}

diesel::table! {
    assessment_requests (id) {
        id -> Text,
        status -> Text,
        route -> Text,
        author_id -> Nullable<Text>,
        setting_id -> Nullable<Text>,
        content -> Text,
        received_on -> Nullable<Date>,
        received_via -> Nullable<Text>,
        submitted_at -> Nullable<Timestamp>,
        case_id -> Nullable<Text>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        version -> BigInt,
    }
}

diesel::table! {
    request_co_authors (request_id, user_id) {
        request_id -> Text,
        user_id -> Text,
        added_at -> Timestamp,
    }
}

diesel::table! {
    case_views (case_id, kind) {
        case_id -> Text,
        kind -> Text,
        body -> Text,
        written_by -> Text,
        on_behalf -> Bool,
        updated_at -> Timestamp,
        version -> BigInt,
    }
}

diesel::table! {
    case_access (case_id, party_kind, party_id) {
        case_id -> Text,
        party_kind -> Text,
        party_id -> Text,
        granted_by -> Text,
        granted_at -> Timestamp,
    }
}

diesel::table! {
    advice_requests (id) {
        id -> Text,
        case_id -> Text,
        kind -> Text,
        recipient_kind -> Text,
        recipient_id -> Text,
        state -> Text,
        note -> Text,
        sent_on -> Date,
        completed_on -> Nullable<Date>,
        content -> Nullable<Text>,
        declined_note -> Nullable<Text>,
        answered_by -> Nullable<Text>,
        requested_by -> Text,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        version -> BigInt,
    }
}

diesel::table! {
    advice_notices (request_id, kind) {
        request_id -> Text,
        kind -> Text,
        sent_at -> Timestamp,
    }
}

diesel::table! {
    advice_allocations (request_id, user_id) {
        request_id -> Text,
        user_id -> Text,
        allocated_by -> Text,
        allocated_at -> Timestamp,
    }
}

diesel::table! {
    case_timeline (id) {
        id -> Text,
        case_id -> Text,
        at -> Timestamp,
        actor_id -> Nullable<Text>,
        kind -> Text,
        summary -> Text,
        object_kind -> Nullable<Text>,
        object_id -> Nullable<Text>,
    }
}

diesel::table! {
    case_notes (id) {
        id -> Text,
        case_id -> Text,
        author_id -> Text,
        text -> Text,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        submitted_at -> Nullable<Timestamp>,
        version -> BigInt,
    }
}

diesel::table! {
    idempotency_keys (principal, idempotency_key) {
        principal -> Text,
        idempotency_key -> Text,
        operation -> Text,
        request_hash -> Text,
        status -> Integer,
        location -> Nullable<Text>,
        body -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    case_events (id) {
        id -> Text,
        case_id -> Text,
        occurred_on -> Date,
        event -> Text,
        recorded_at -> Timestamp,
        recorded_by -> Nullable<Text>,
        note -> Nullable<Text>,
    }
}

diesel::table! {
    case_exceptions (id) {
        id -> Text,
        case_id -> Text,
        code -> Text,
        from_on -> Date,
        to_on -> Nullable<Date>,
        note -> Text,
        advice_request_id -> Nullable<Text>,
        recorded_by -> Text,
        recorded_at -> Timestamp,
    }
}

diesel::joinable!(case_events -> cases (case_id));
diesel::joinable!(case_listings -> cases (case_id));
diesel::joinable!(case_exceptions -> cases (case_id));
diesel::table! {
    api_clients (id) {
        id -> Text,
        name -> Text,
        secret_hash -> Text,
        scopes -> Text,
        created_by -> Text,
        created_at -> Timestamp,
        revoked_at -> Nullable<Timestamp>,
        last_used_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    inbox_items (id) {
        id -> Text,
        user_id -> Text,
        reference -> Text,
        template_key -> Text,
        subject -> Text,
        body -> Text,
        link -> Nullable<Text>,
        created_at -> Timestamp,
        read_at -> Nullable<Timestamp>,
    }
}

diesel::joinable!(inbox_items -> users (user_id));
diesel::joinable!(sessions -> users (user_id));
diesel::joinable!(second_factors -> users (user_id));
diesel::joinable!(pending_sign_ins -> users (user_id));
diesel::table! {
    outbox_messages (id) {
        id -> Text,
        reference -> Text,
        channel -> Text,
        recipient -> Text,
        template_key -> Text,
        personalisation -> Text,
        subject -> Text,
        body -> Text,
        status -> Text,
        attempts -> Integer,
        next_attempt_at -> Timestamp,
        claimed_until -> Nullable<Timestamp>,
        last_error -> Nullable<Text>,
        provider_id -> Nullable<Text>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    notification_templates (template_key) {
        template_key -> Text,
        subject -> Text,
        body -> Text,
        updated_at -> Timestamp,
        updated_by -> Nullable<Text>,
    }
}

diesel::table! {
    teams (id) {
        id -> Text,
        name -> Text,
        name_key -> Text,
        service -> Text,
        email -> Text,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        version -> BigInt,
    }
}

diesel::table! {
    team_members (team_id, user_id) {
        team_id -> Text,
        user_id -> Text,
        manager -> Bool,
        added_at -> Timestamp,
    }
}

diesel::table! {
    education_settings (id) {
        id -> Text,
        name -> Text,
        name_key -> Text,
        urn -> Text,
        phase -> Text,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        version -> BigInt,
    }
}

diesel::table! {
    setting_members (setting_id, user_id) {
        setting_id -> Text,
        user_id -> Text,
        title -> Text,
        added_at -> Timestamp,
    }
}

diesel::table! {
    documents (id) {
        id -> Text,
        section -> Text,
        case_id -> Nullable<Text>,
        advice_request_id -> Nullable<Text>,
        assessment_request_id -> Nullable<Text>,
        file_name -> Text,
        media_type -> Text,
        byte_size -> BigInt,
        sha256 -> Text,
        storage_key -> Text,
        uploaded_by -> Nullable<Text>,
        on_behalf -> Bool,
        uploaded_at -> Timestamp,
        redacted_at -> Nullable<Timestamp>,
        redacted_by -> Nullable<Text>,
        redaction_reason -> Nullable<Text>,
    }
}

diesel::table! {
    request_upload_tokens (request_id) {
        request_id -> Text,
        token_hash -> Text,
        expires_at -> Timestamp,
    }
}

diesel::joinable!(team_members -> teams (team_id));
diesel::joinable!(team_members -> users (user_id));
diesel::joinable!(setting_members -> education_settings (setting_id));
diesel::joinable!(setting_members -> users (user_id));

diesel::table! {
    plans (id) {
        id -> Text,
        case_id -> Text,
        version_no -> Integer,
        status -> Text,
        content -> Text,
        author_id -> Text,
        shared_on -> Nullable<Date>,
        issued_on -> Nullable<Date>,
        next_review_on -> Nullable<Date>,
        issued_by -> Nullable<Text>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        version -> BigInt,
    }
}

diesel::table! {
    plan_representations (id) {
        id -> Text,
        plan_id -> Text,
        author_id -> Text,
        kind -> Text,
        section -> Nullable<Text>,
        body -> Text,
        setting_id -> Nullable<Text>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    plan_consultations (id) {
        id -> Text,
        plan_id -> Text,
        setting_id -> Text,
        sent_by -> Text,
        sent_on -> Date,
        answer -> Nullable<Text>,
        reasons -> Text,
        answered_by -> Nullable<Text>,
        answered_at -> Nullable<Timestamp>,
    }
}

diesel::joinable!(plan_representations -> plans (plan_id));
diesel::joinable!(plan_consultations -> plans (plan_id));
diesel::joinable!(plan_consultations -> education_settings (setting_id));

diesel::allow_tables_to_appear_in_same_query!(
    plans,
    plan_representations,
    plan_consultations,
    documents,
    request_upload_tokens,
    assessment_requests,
    request_co_authors,
    case_children,
    case_views,
    case_access,
    advice_requests,
    advice_allocations,
    advice_notices,
    case_timeline,
    case_notes,
    idempotency_keys,
    inbox_items,
    api_clients,
    cases,
    case_listings,
    case_events,
    case_exceptions,
    teams,
    team_members,
    education_settings,
    setting_members,
    invitations,
    password_resets,
    outbox_messages,
    notification_templates,
    audit_events,
    audit_seals,
    users,
    second_factors,
    pending_sign_ins,
    sessions,
    recovery_codes,
);
