// The text messages the server "sent": with no GOV.UK Notify key configured the
// outbox is a local mailbox, which `ehc-hub mailbox` prints. The tests read the
// sign-in code from it, as a person reads it off their phone.
import { execFile } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(execFile);

/**
 * The newest message to `recipient` (an email address, or a phone as
 * +447700900982), as printed, from the main server's mailbox or the one in `dataDir`.
 */
async function latestMessageTo(
  recipient: string,
  dataDir = process.env.EHC_E2E_DATA_DIR,
): Promise<string> {
  const bin = process.env.EHC_E2E_BIN;
  if (!bin || !dataDir) {
    throw new Error("EHC_E2E_BIN / EHC_E2E_DATA_DIR not set: global-setup did not run");
  }
  const { stdout } = await run(bin, ["mailbox", "--to", recipient, "--limit", "1"], {
    cwd: dataDir,
    env: { ...process.env, EHC__DATA_DIR: dataDir },
  });
  return stdout;
}

/** Asks the mailbox until `pattern` matches the newest message (for up to 5 seconds). */
async function waitForMessage(
  recipient: string,
  pattern: RegExp,
  dataDir?: string,
): Promise<[RegExpExecArray | null, string]> {
  const deadline = Date.now() + 5_000;
  for (;;) {
    const message = await latestMessageTo(recipient, dataDir);
    const match = pattern.exec(message);
    if (match || Date.now() > deadline) return [match, message];
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** The code in the newest text message to `phone`. */
export async function latestTextCode(phone: string): Promise<string> {
  const [match, message] = await waitForMessage(phone, /\b(\d{6}) is your EHC hub sign-in code/);
  if (!match?.[1]) throw new Error(`no sign-in code in the mailbox for ${phone}:\n${message}`);
  return match[1];
}

/**
 * The path and fragment of the link in the newest email to `email` whose path is
 * `path` (from the main server's mailbox, or the one in `dataDir`).
 */
export async function latestEmailLink(
  email: string,
  path: string,
  dataDir?: string,
): Promise<string> {
  const pattern = new RegExp(`https?://[^\\s/]+(${path}#[^\\s]+)`);
  const [match, message] = await waitForMessage(email, pattern, dataDir);
  if (!match?.[1]) throw new Error(`no ${path} link in the mailbox for ${email}:\n${message}`);
  return match[1];
}
