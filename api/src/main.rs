//! The `ehc-hub` binary: the HTTP service and the operator's commands.

use std::process::ExitCode;

use api::{commands, config, telemetry};
use clap::{Parser, Subcommand};

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(
    name = "ehc-hub",
    version,
    about = "EHC hub: Education, Health and Care needs assessments, plans and reviews"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Apply migrations, then serve the API and the web app.
    Serve,
    /// Apply pending database migrations and exit.
    Migrate,
    /// Create an administrator account (prompts for what is not given).
    CreateAdmin(commands::create_admin::Args),
    /// Fill the database with a demonstration local authority.
    SeedDemo(commands::seed_demo::Args),
    /// Fill an empty database with a large generated data set for load tests.
    SeedBench(commands::seed_bench::Args),
    /// Print a session cookie for an account seed-bench made (load tests only).
    #[command(hide = true)]
    BenchSession(commands::seed_bench::SessionArgs),
    /// Check the audit trail's seal chain; exits 1 naming the first altered entry.
    AuditVerify,
    /// Print the latest messages in the outbox (the local mailbox), newest first.
    Mailbox(commands::mailbox::Args),
    /// Print the OpenAPI contract as JSON.
    Openapi,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    if let Command::Openapi = cli.command {
        return commands::print_openapi();
    }
    let settings = match config::Settings::load() {
        Ok(s) => s,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    telemetry::init(&settings.log);
    let result = match cli.command {
        Command::Serve => commands::serve::run(settings),
        Command::Migrate => commands::migrate(&settings).map(|_| ()),
        Command::CreateAdmin(args) => commands::create_admin::run(&settings, args),
        Command::SeedDemo(args) => commands::seed_demo::run(&settings, &args),
        Command::SeedBench(args) => commands::seed_bench::run(&settings, &args),
        Command::BenchSession(args) => commands::seed_bench::session(&settings, &args),
        Command::AuditVerify => commands::audit_verify::run(&settings),
        Command::Mailbox(args) => commands::mailbox::run(&settings, &args),
        Command::Openapi => Ok(()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}
