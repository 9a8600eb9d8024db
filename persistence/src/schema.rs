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
diesel::allow_tables_to_appear_in_same_query!(audit_events, audit_seals, users);
