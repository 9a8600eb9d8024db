// Where to go after signing in. Only a path on this site is accepted: anything
// else (another origin, "//evil.example", "/\\evil.example", a javascript: URL)
// falls back to the home page, so a link cannot send someone elsewhere.

const AUTH_PATHS = ["/sign-in", "/signed-out", "/timed-out"];

export function safeReturnPath(candidate: string | null | undefined): string {
  if (!candidate || !candidate.startsWith("/") || candidate.startsWith("//")) return "/";
  if (candidate.includes("\\")) return "/";
  const base = "https://ehc-hub.invalid";
  let url: URL;
  try {
    url = new URL(candidate, base);
  } catch {
    return "/";
  }
  if (url.origin !== base) return "/";
  if (AUTH_PATHS.some((p) => url.pathname === p || url.pathname.startsWith(`${p}/`))) return "/";
  return `${url.pathname}${url.search}${url.hash}`;
}

/** `/sign-in/code?next=%2Faccount`, or just the path when going home. */
export function withReturnTo(path: string, returnTo: string): string {
  const safe = safeReturnPath(returnTo);
  return safe === "/" ? path : `${path}?next=${encodeURIComponent(safe)}`;
}
