// Links in our emails carry their one-time token after "#" (never sent to the
// server in a request line, never in its logs). The page takes it once, then
// removes it from the address bar so that it is not left in the history or
// seen over someone's shoulder. Held in memory only.
import { useState } from "react";

export function useTokenFromLink(): string {
  const [token] = useState(() => {
    const value = decodeURIComponent(window.location.hash.replace(/^#/, ""));
    if (value) {
      window.history.replaceState(
        window.history.state,
        "",
        `${window.location.pathname}${window.location.search}`,
      );
    }
    return value;
  });
  return token;
}
