// Starts the real binary once for the whole run: `ehc-hub serve` on a free
// port, a fresh temporary data directory, the built SPA; waits for /readyz and
// hands the base URL to the tests through EHC_E2E_BASE_URL. The function it
// returns is Playwright's teardown: it stops the server and removes the data.
import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, existsSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { LA_NAME } from "./constants";

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

export default async function globalSetup(): Promise<() => Promise<void>> {
  const bin = path.resolve(e2eDir, process.env.EHC_BIN ?? "../target/debug/ehc-hub");
  const spaDir = path.resolve(e2eDir, "../frontend/dist");
  if (!existsSync(bin)) {
    throw new Error(`No ehc-hub binary at ${bin}: build it (cargo build) or set EHC_BIN`);
  }
  if (!existsSync(path.join(spaDir, "index.html"))) {
    throw new Error(`No built SPA in ${spaDir}: run \`npm run build\` first`);
  }

  const port = await freePort();
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "ehc-hub-e2e-"));
  const logPath = path.join(dataDir, "ehc-hub.log");
  const log = createWriteStream(logPath);
  const baseUrl = `http://127.0.0.1:${port}`;

  const child = spawn(bin, ["serve"], {
    cwd: dataDir,
    env: {
      ...process.env,
      EHC__SERVER__HOST: "127.0.0.1",
      EHC__SERVER__PORT: String(port),
      EHC__DATA_DIR: dataDir,
      EHC__SERVER__SPA_DIR: spaDir,
      EHC__LA__NAME: LA_NAME,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
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
      console.log(`ehc-hub data and log kept in ${dataDir}`);
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
      `${String(error)}\n--- ehc-hub output (last 4000 chars) ---\n${output.slice(-4000)}`,
    );
  }

  process.env.EHC_E2E_BASE_URL = baseUrl;
  console.log(`ehc-hub serving ${baseUrl} (data in ${dataDir})`);
  return teardown;
}
