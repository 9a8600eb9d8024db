// Starts the real binary for the whole run: `ehc-hub seed-demo` then `ehc-hub
// serve` on a free port, each in a fresh temporary data directory with the
// built SPA; waits for /readyz and hands the base URLs to the tests through
// EHC_E2E_BASE_URL (the default settings) and EHC_E2E_SHORT_IDLE_BASE_URL (a
// 3-minute idle time-out, for the time-out warning). The function it returns
// is Playwright's teardown: it stops the servers and removes their data.
import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, existsSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { DEMO_AUTHENTICATOR_KEY, LA_NAME, SHORT_IDLE_TIMEOUT_MINUTES } from "./constants";

const e2eDir = path.resolve(import.meta.dirname, "..");
const READY_TIMEOUT_MS = 60_000;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === "object") resolve(address.port);
        else reject(new Error("could not find a free port"));
      });
    });
  });
}

async function waitUntilReady(baseUrl: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  let last = "no answer yet";
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`ehc-hub exited (${child.exitCode ?? child.signalCode}) before it was ready`);
    }
    try {
      const response = await fetch(`${baseUrl}/readyz`);
      if (response.status === 200) return;
      last = `${response.status} ${await response.text()}`;
    } catch (error) {
      last = String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`ehc-hub was not ready after ${READY_TIMEOUT_MS / 1000}s: ${last}`);
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
  await exited;
  clearTimeout(timer);
}

/** Runs `ehc-hub <args>` to completion with `env`; throws with its output if it fails. */
function runToCompletion(bin: string, args: string[], env: NodeJS.ProcessEnv, cwd: string) {
  return new Promise<void>((resolve, reject) => {
    const child = spawn(bin, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code) => {
      if (code === 0) resolve();
      else reject(new Error(`ehc-hub ${args.join(" ")} exited ${code}:\n${output.slice(-4000)}`));
    });
  });
}

interface Server {
  baseUrl: string;
  dataDir: string;
  teardown: () => Promise<void>;
}

/**
 * A fresh data directory, the demo accounts (`seed-demo`: password
 * "violet harbour lantern", no second factor yet), then `serve` on a free port.
 */
async function startServer(
  bin: string,
  spaDir: string,
  name: string,
  extraEnv: Record<string, string>,
  seedArgs: string[] = [],
): Promise<Server> {
  const port = await freePort();
  const dataDir = await mkdtemp(path.join(os.tmpdir(), `ehc-hub-e2e-${name}-`));
  const logPath = path.join(dataDir, "ehc-hub.log");
  const baseUrl = `http://127.0.0.1:${port}`;
  const env = {
    ...process.env,
    EHC__SERVER__HOST: "127.0.0.1",
    EHC__SERVER__PORT: String(port),
    EHC__DATA_DIR: dataDir,
    EHC__SERVER__SPA_DIR: spaDir,
    EHC__LA__NAME: LA_NAME,
    // Every test signs in from 127.0.0.1, two browsers at a time: the per-address
    // limit on /api/v1/auth (60 a minute by default) is for attackers, not for us.
    EHC__AUTH__RATE_LIMIT_PER_MINUTE: "1000",
    ...extraEnv,
  };

  await runToCompletion(bin, ["seed-demo", ...seedArgs], env, dataDir);

  const log = createWriteStream(logPath);
  const child = spawn(bin, ["serve"], { cwd: dataDir, env, stdio: ["ignore", "pipe", "pipe"] });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  // If the runner dies without running teardown, do not leave the server behind.
  const killOnExit = () => child.kill("SIGKILL");
  process.once("exit", killOnExit);

  const teardown = async () => {
    process.removeListener("exit", killOnExit);
    await stop(child);
    log.end();
    if (process.env.EHC_E2E_KEEP_DATA) {
      console.log(`ehc-hub (${name}) data and log kept in ${dataDir}`);
    } else {
      await rm(dataDir, { recursive: true, force: true });
    }
  };

  try {
    await waitUntilReady(baseUrl, child);
  } catch (error) {
    await stop(child);
    const output = await readFile(logPath, "utf8").catch(() => "");
    await teardown();
    throw new Error(
      `${String(error)}\n--- ehc-hub (${name}) output (last 4000 chars) ---\n${output.slice(-4000)}`,
    );
  }
  return { baseUrl, dataDir, teardown };
}

export default async function globalSetup(): Promise<() => Promise<void>> {
  const bin = path.resolve(e2eDir, process.env.EHC_BIN ?? "../target/debug/ehc-hub");
  const spaDir = path.resolve(e2eDir, "../frontend/dist");
  if (!existsSync(bin)) {
    throw new Error(`No ehc-hub binary at ${bin}: build it (cargo build) or set EHC_BIN`);
  }
  if (!existsSync(path.join(spaDir, "index.html"))) {
    throw new Error(`No built SPA in ${spaDir}: run \`npm run build\` first`);
  }

  // The server most tests use, with the default 30-minute idle time-out.
  const main = await startServer(bin, spaDir, "main", {});
  // A second server whose sessions time out after 3 minutes, so the time-out
  // warning (2 minutes before the deadline) shows after about a minute.
  let shortIdle: Server;
  // A third whose demo accounts already have an authenticator app
  // (DEMO_AUTHENTICATOR_KEY), for journeys that are not about setting one up.
  let enrolled: Server;
  try {
    shortIdle = await startServer(bin, spaDir, "short-idle", {
      EHC__SIGN_IN__IDLE_TIMEOUT_MINUTES: String(SHORT_IDLE_TIMEOUT_MINUTES),
    });
  } catch (error) {
    await main.teardown();
    throw error;
  }
  try {
    enrolled = await startServer(bin, spaDir, "enrolled", {}, [
      "--authenticator-key",
      DEMO_AUTHENTICATOR_KEY,
    ]);
  } catch (error) {
    await Promise.all([main.teardown(), shortIdle.teardown()]);
    throw error;
  }

  process.env.EHC_E2E_BASE_URL = main.baseUrl;
  // For `ehc-hub mailbox` (the text messages the server "sent"): see support/mailbox.ts.
  process.env.EHC_E2E_BIN = bin;
  process.env.EHC_E2E_DATA_DIR = main.dataDir;
  process.env.EHC_E2E_SHORT_IDLE_BASE_URL = shortIdle.baseUrl;
  process.env.EHC_E2E_ENROLLED_BASE_URL = enrolled.baseUrl;
  process.env.EHC_E2E_ENROLLED_DATA_DIR = enrolled.dataDir;
  console.log(`ehc-hub serving ${main.baseUrl} (data in ${main.dataDir})`);
  console.log(`ehc-hub with enrolled demo accounts serving ${enrolled.baseUrl}`);
  console.log(
    `ehc-hub with a ${SHORT_IDLE_TIMEOUT_MINUTES}-minute idle time-out serving ${shortIdle.baseUrl}`,
  );
  return async () => {
    await Promise.all([main.teardown(), shortIdle.teardown(), enrolled.teardown()]);
  };
}
