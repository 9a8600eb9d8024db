//! The HTTP surface, one module per capability. Every route is registered
//! through utoipa-actix-web, so a route cannot exist outside the OpenAPI contract.

pub mod advice;
pub mod api_clients;
pub mod auth;
pub mod cases;
pub mod documents;
pub mod downloads;
pub mod education_settings;
pub mod inbox;
pub mod letters;
pub mod me;
pub mod meta;
pub mod notes;
pub mod notifications;
pub mod plans;
pub mod requests;
pub mod teams;
pub mod templates;
pub mod trays;
pub mod users;

use actix_web::middleware::from_fn;
use utoipa_actix_web::service_config::ServiceConfig;

/// Everything under the contract: probes at the root, the API under `/api/v1`.
pub fn configure(cfg: &mut ServiceConfig) {
    cfg.service(meta::healthz).service(meta::readyz).service(
        utoipa_actix_web::scope("/api/v1")
            .wrap(actix_web::middleware::DefaultHeaders::new().add(("Cache-Control", "no-store")))
            .service(meta::get_service_info)
            .service(me::get_me)
            .service(inbox::list_my_notifications)
            .service(inbox::count_unread_notifications)
            .service(inbox::mark_all_notifications_read)
            .service(inbox::mark_notification_read)
            .service(inbox::get_notification_preferences)
            .service(inbox::set_notification_preferences)
            .service(me::change_password)
            .service(me::change_second_factor)
            .service(api_clients::list_api_clients)
            .service(api_clients::create_api_client)
            .service(api_clients::revoke_api_client)
            .service(notifications::receive_delivery_receipt)
            .service(notifications::list_mailbox)
            .service(notifications::list_failed_messages)
            .service(templates::list_message_templates)
            .service(templates::update_message_template)
            .service(templates::reset_message_template)
            .service(templates::preview_message_template)
            .service(cases::get_case_deadlines)
            .service(trays::list_cases)
            .service(cases::set_case_flags)
            .service(cases::close_case)
            .service(cases::reopen_case)
            .service(cases::get_case)
            .service(cases::update_case_child)
            .service(cases::allocate_case_coordinator)
            .service(cases::list_case_access)
            .service(cases::grant_case_access)
            .service(cases::revoke_case_access)
            .service(cases::record_case_decision)
            .service(cases::get_case_timeline)
            .service(notes::add_case_note)
            .service(notes::get_note)
            .service(notes::update_note)
            .service(notes::submit_note)
            .service(notes::delete_note)
            .service(cases::record_case_exception)
            .service(cases::get_case_views)
            .service(cases::write_case_views)
            .service(documents::upload_case_document)
            .service(documents::list_case_documents)
            .service(documents::upload_advice_document)
            .service(documents::list_advice_documents)
            .service(documents::upload_request_document)
            .service(documents::list_request_documents)
            .service(documents::get_document)
            .service(documents::download_document)
            .service(documents::redact_document)
            .service(plans::get_plan)
            .service(plans::start_plan)
            .service(plans::save_plan)
            .service(plans::share_plan)
            .service(plans::add_plan_representation)
            .service(plans::consult_setting)
            .service(plans::answer_consultation)
            .service(plans::issue_plan)
            .service(plans::list_plan_versions)
            .service(plans::get_plan_version)
            .service(plans::diff_plan_versions)
            .service(plans::download_plan_pdf)
            .service(letters::list_case_letters)
            .service(letters::download_case_letter)
            .service(letters::list_letter_templates)
            .service(letters::update_letter_template)
            .service(letters::reset_letter_template)
            .service(letters::preview_letter_template)
            .service(letters::preview_letter_template_pdf)
            .service(requests::create_assessment_request)
            .service(requests::list_assessment_requests)
            .service(requests::get_assessment_request)
            .service(downloads::download_assessment_request_pdf)
            .service(requests::save_assessment_request)
            .service(requests::delete_assessment_request)
            .service(requests::add_assessment_request_co_author)
            .service(requests::remove_assessment_request_co_author)
            .service(requests::submit_assessment_request)
            .service(requests::register_assessment_request)
            .service(
                utoipa_actix_web::scope("/public")
                    .wrap(from_fn(auth::rate_limit))
                    .service(requests::submit_public_assessment_request)
                    .service(documents::upload_public_request_document),
            )
            .service(advice::list_my_advice_requests)
            .service(advice::create_advice_requests)
            .service(advice::list_case_advice_requests)
            .service(advice::get_advice_request)
            .service(advice::allocate_advice_request)
            .service(advice::decline_advice_request)
            .service(advice::get_advice_response)
            .service(downloads::download_advice_response_pdf)
            .service(advice::save_advice_draft)
            .service(advice::submit_advice)
            .service(advice::reopen_advice)
            .service(advice::withdraw_advice_request)
            .service(teams::list_teams)
            .service(teams::create_team)
            .service(teams::get_team)
            .service(teams::update_team)
            .service(teams::list_team_members)
            .service(teams::put_team_member)
            .service(teams::remove_team_member)
            .service(education_settings::list_education_settings)
            .service(education_settings::create_education_setting)
            .service(education_settings::get_education_setting)
            .service(education_settings::update_education_setting)
            .service(education_settings::list_education_setting_members)
            .service(education_settings::put_education_setting_member)
            .service(education_settings::remove_education_setting_member)
            .service(users::list_users)
            .service(users::invite_user)
            .service(users::get_user)
            .service(users::suspend_user)
            .service(users::reactivate_user)
            .service(users::reset_second_factor)
            .service(users::resend_invitation)
            .service(
                utoipa_actix_web::scope("/auth")
                    .wrap(from_fn(auth::rate_limit))
                    .service(api_clients::issue_client_token)
                    .service(auth::sign_in)
                    .service(auth::sign_in_with_code)
                    .service(auth::sign_in_with_recovery_code)
                    .service(auth::begin_authenticator_app_setup)
                    .service(auth::confirm_authenticator_app)
                    .service(auth::begin_text_message_setup)
                    .service(auth::confirm_text_message)
                    .service(auth::resend_sign_in_code)
                    .service(auth::sign_out)
                    .service(auth::get_session)
                    .service(auth::extend_session)
                    .service(auth::get_invitation)
                    .service(auth::accept_invitation)
                    .service(auth::request_password_reset)
                    .service(auth::complete_password_reset),
            ),
    );
}
